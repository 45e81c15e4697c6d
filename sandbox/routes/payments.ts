import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../context';
import { send, withParsed } from '../http';
import { byStatus, findAll, findOne, getPayment, getPayments } from '../queries';
import { FindQuery, ListQuery, LookupQuery, StatusAllParam, StatusParam } from '../schemas';

type P = Record<string, string>;

/** `a[]=x&a[]=y` (or `a=x`) from fastify's query object, as a list of non-empty strings. */
export function listParam(query: unknown, name: string): string[] {
  const q = (query ?? {}) as Record<string, unknown>;
  const raw = q[`${name}[]`] ?? q[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

const asObject = (query: unknown): Record<string, unknown> =>
  typeof query === 'object' && query !== null ? (query as Record<string, unknown>) : {};

/** Lookups: `/payments/{imp_uid}`, `/payments/find…`, `/payments/findAll…`, `/payments/status/{status}`. */
export function registerPaymentLookups(app: FastifyInstance, ctx: Ctx): void {
  app.get('/payments', async (req, reply) =>
    send(reply, getPayments(ctx, listParam(req.query, 'imp_uid'), listParam(req.query, 'merchant_uid'))),
  );

  app.get('/payments/:imp_uid', async (req, reply) => {
    const { imp_uid } = req.params as P;
    return send(reply, withParsed(LookupQuery, req.query, (q) => getPayment(ctx, imp_uid ?? '', q.include_sandbox ?? false)));
  });

  // An empty status segment (`/payments/find/{uid}/`) means "every status", the OAS default "".
  const statusOf = (segment: string | undefined) => (segment === '' ? undefined : segment);

  const findSchema = FindQuery.extend({ payment_status: StatusParam.optional() });
  const find = (merchantUid: string, status: string | undefined, query: unknown) =>
    withParsed(findSchema, { ...asObject(query), payment_status: statusOf(status) }, (q) =>
      findOne(ctx, merchantUid, q.payment_status, q.sorting),
    );
  app.get('/payments/find/:merchant_uid', async (req, reply) =>
    send(reply, find((req.params as P).merchant_uid ?? '', undefined, req.query)),
  );
  app.get('/payments/find/:merchant_uid/:payment_status', async (req, reply) => {
    const p = req.params as P;
    return send(reply, find(p.merchant_uid ?? '', p.payment_status, req.query));
  });

  const allSchema = ListQuery.extend({ payment_status: StatusParam.optional() });
  const all = (merchantUid: string, status: string | undefined, query: unknown) =>
    withParsed(allSchema, { ...asObject(query), payment_status: statusOf(status) }, (q) =>
      findAll(ctx, merchantUid, q.payment_status, q),
    );
  app.get('/payments/findAll/:merchant_uid', async (req, reply) =>
    send(reply, all((req.params as P).merchant_uid ?? '', undefined, req.query)),
  );
  app.get('/payments/findAll/:merchant_uid/:payment_status', async (req, reply) => {
    const p = req.params as P;
    return send(reply, all(p.merchant_uid ?? '', p.payment_status, req.query));
  });

  const statusSchema = ListQuery.extend({ payment_status: StatusAllParam });
  app.get('/payments/status/:payment_status', async (req, reply) =>
    send(
      reply,
      withParsed(statusSchema, { ...asObject(req.query), payment_status: (req.params as P).payment_status }, (q) =>
        byStatus(ctx, q.payment_status, q),
      ),
    ),
  );
}
