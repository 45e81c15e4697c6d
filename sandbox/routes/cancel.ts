import type { FastifyInstance } from 'fastify';
import { cancel } from '../cancel';
import type { Ctx } from '../context';
import { send, withParsed } from '../http';
import { CancelBody } from '../schemas';

export function registerCancel(app: FastifyInstance, ctx: Ctx): void {
  app.post('/payments/cancel', async (req, reply) => send(reply, withParsed(CancelBody, req.body, (b) => cancel(ctx, b))));
}
