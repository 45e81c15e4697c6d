import type { FastifyInstance } from 'fastify';
import { again, issueKey, onetime } from '../charges';
import { CODES, MSG } from '../constants';
import type { Ctx } from '../context';
import { httpError, refused } from '../envelope';
import { send, withParsed } from '../http';
import { customerPayments, deleteCustomer, getCustomer, getCustomers } from '../queries';
import { listParam } from './payments';
import { AgainBody, IssueBody, ListQuery, OnetimeBody } from '../schemas';

type P = Record<string, string>;

export function registerSubscribe(app: FastifyInstance, ctx: Ctx): void {
  app.post('/subscribe/payments/onetime', async (req, reply) =>
    send(reply, withParsed(OnetimeBody, req.body, (b) => onetime(ctx, b))),
  );
  app.post('/subscribe/payments/again', async (req, reply) =>
    send(reply, withParsed(AgainBody, req.body, (b) => again(ctx, b))),
  );

  app.get('/subscribe/customers', async (req, reply) => {
    const uids = listParam(req.query, 'customer_uid');
    if (uids.length === 0) return send(reply, httpError(400, 'customer_uid[] 는 필수입니다.'));
    return send(reply, getCustomers(ctx, uids));
  });
  app.get('/subscribe/customers/:customer_uid', async (req, reply) =>
    send(reply, getCustomer(ctx, (req.params as P).customer_uid ?? '')),
  );
  app.get('/subscribe/customers/:customer_uid/payments', async (req, reply) => {
    const uid = (req.params as P).customer_uid ?? '';
    return send(reply, withParsed(ListQuery.pick({ page: true }), req.query, (q) => customerPayments(ctx, uid, q.page ?? 1)));
  });
  app.delete('/subscribe/customers/:customer_uid', async (req, reply) =>
    send(reply, deleteCustomer(ctx, (req.params as P).customer_uid ?? '')),
  );
  app.post('/subscribe/customers/:customer_uid', async (req, reply) => {
    // settle without a separate contract: the API exists but the PG does not support it (GAP shape).
    if (!ctx.billingKeyOnlyIssuance) return send(reply, refused(CODES.issueRefused, MSG.issueUnsupported));
    const uid = (req.params as P).customer_uid ?? '';
    return send(reply, withParsed(IssueBody, req.body, (b) => issueKey(ctx, uid, b)));
  });
}
