import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Answer } from './envelope';
import { badRequest } from './envelope';
import { koreanIssue } from './issue-text';

/** Copies a pure Answer onto the reply. */
export function send(reply: FastifyReply, a: Answer): FastifyReply {
  return reply.code(a.status).send(a.body);
}

/** zod at the request boundary: a parse failure becomes the 400 envelope. */
export function withParsed<S extends z.ZodType>(schema: S, input: unknown, run: (data: z.output<S>) => Answer): Answer {
  const r = schema.safeParse(input ?? {}, { error: koreanIssue });
  return r.success ? run(r.data) : badRequest(r.error);
}
