import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context';
import { send, withParsed } from '../http';
import { getPrepared, prepare } from '../queries';
import { PrepareBody } from '../schemas';

export function registerPrepare(app: FastifyInstance, ctx: Ctx): void {
  app.post('/payments/prepare', async (req, reply) =>
    send(reply, withParsed(PrepareBody, req.body, (b) => prepare(ctx, b, 'create'))),
  );
  app.put('/payments/prepare', async (req, reply) =>
    send(reply, withParsed(PrepareBody, req.body, (b) => prepare(ctx, b, 'update'))),
  );
  app.get('/payments/prepare/:merchant_uid', async (req, reply) =>
    send(reply, getPrepared(ctx, (req.params as Record<string, string>).merchant_uid ?? '')),
  );
}
