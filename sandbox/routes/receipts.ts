import type { FastifyInstance } from 'fastify';
import { MSG } from '../constants';
import type { Ctx } from '../context';
import { httpError, ok } from '../envelope';
import { send, withParsed } from '../http';
import { ExternalReceiptBody, PaymentReceiptBody } from '../receipt-bodies';
import { cancelReceipt, getReceipt, issueExternal, issueForPayment } from '../receipts';
import { cashReceiptPage } from '../sdk/pages';

type P = Record<string, string>;

/** The six 현금영수증 endpoints (portone-v1.md §13); authenticated like every V1 API route. */
export function registerReceipts(api: FastifyInstance, ctx: Ctx): void {
  api.post('/receipts/external/:merchant_uid', async (req, reply) => {
    const merchantUid = (req.params as P).merchant_uid ?? '';
    return send(reply, withParsed(ExternalReceiptBody, req.body, (b) => issueExternal(ctx, merchantUid, b)));
  });
  api.get('/receipts/external/:merchant_uid', async (req, reply) =>
    send(reply, getReceipt(ctx, 'external', (req.params as P).merchant_uid ?? '')),
  );
  api.delete('/receipts/external/:merchant_uid', async (req, reply) =>
    send(reply, cancelReceipt(ctx, 'external', (req.params as P).merchant_uid ?? '')),
  );

  api.post('/receipts/:imp_uid', async (req, reply) => {
    const impUid = (req.params as P).imp_uid ?? '';
    return send(reply, withParsed(PaymentReceiptBody, req.body, (b) => issueForPayment(ctx, impUid, b)));
  });
  api.get('/receipts/:imp_uid', async (req, reply) => send(reply, getReceipt(ctx, 'payment', (req.params as P).imp_uid ?? '')));
  api.delete('/receipts/:imp_uid', async (req, reply) =>
    send(reply, cancelReceipt(ctx, 'payment', (req.params as P).imp_uid ?? '')),
  );
}

/**
 * Unauthenticated pages beside them: what `receipt_url` shows, and the sandbox-only listing a test
 * reads the identifier from (the V1 answer does not carry it).
 */
export function registerReceiptPages(app: FastifyInstance, ctx: Ctx): void {
  app.get('/sandbox/cash-receipts/:receipt_tid', async (req, reply) => {
    const tid = (req.params as P).receipt_tid ?? '';
    const r = [...ctx.store.allReceipts()].find((x) => x.receipt.receipt_tid === tid);
    if (!r) return send(reply, httpError(404, MSG.receiptNotFound));
    return reply.header('content-type', 'text/html; charset=utf-8').send(cashReceiptPage(r));
  });
  app.get('/__sandbox/receipts', async (_req, reply) => send(reply, ok([...ctx.store.allReceipts()])));
}
