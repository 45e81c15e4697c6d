import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Ctx } from '../context';
import { httpError } from '../envelope';
import { send, withParsed } from '../http';
import type { SdkFlow } from '../sdk/flow';
import { SdkCompleteBody, SdkStartBody } from '../sdk/flow';
import { authPage, receiptPage } from '../sdk/pages';
import { IAMPORT_JS } from '../sdk/script';

/**
 * The JS SDK and its pages. The merchant page runs on another origin (app://, a dev server…), so
 * the SDK endpoints answer CORS, including the preflight of a JSON POST.
 */
export function registerSdk(app: FastifyInstance, ctx: Ctx, flow: SdkFlow): void {
  const serveScript = async (_req: unknown, reply: FastifyReply) =>
    reply.header('content-type', 'application/javascript; charset=utf-8').header('cache-control', 'no-store').send(IAMPORT_JS);
  app.get('/sdk/iamport.js', serveScript);
  app.get('/v1/iamport.js', serveScript);

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/sdk/v1/')) {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-allow-headers', 'content-type');
      reply.header('access-control-allow-methods', 'POST, OPTIONS');
    }
  });
  app.options('/sdk/v1/*', async (_req, reply) => reply.code(204).send());

  app.post('/sdk/v1/payments', async (req, reply) => send(reply, withParsed(SdkStartBody, req.body, (b) => flow.start(b))));
  app.post('/sdk/v1/payments/:imp_uid/complete', async (req, reply) => {
    const impUid = (req.params as Record<string, string>).imp_uid ?? '';
    return send(reply, withParsed(SdkCompleteBody, req.body, (b) => flow.complete(impUid, b)));
  });

  app.get('/sdk/auth/:imp_uid', async (req, reply) => {
    const impUid = (req.params as Record<string, string>).imp_uid ?? '';
    const secret = String((req.query as Record<string, unknown>).secret ?? '');
    const session = flow.session(impUid, secret);
    const rec = ctx.store.payment(impUid);
    if (!session || !rec) return send(reply, httpError(404, '결제 세션을 찾을 수 없습니다.'));
    return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(authPage(rec.payment, secret, session.origin));
  });

  app.get('/sandbox/receipts/:imp_uid', async (req, reply) => {
    const rec = ctx.store.payment((req.params as Record<string, string>).imp_uid ?? '');
    if (!rec) return send(reply, httpError(404, '존재하지 않는 결제정보입니다'));
    const cid = (req.query as Record<string, unknown>).cancellation_id;
    return reply.header('content-type', 'text/html; charset=utf-8').send(receiptPage(rec.payment, typeof cid === 'string' ? cid : null));
  });
}
