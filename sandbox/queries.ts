import { CODES, DEFAULT_PAGE_LIMIT, GAP, MSG, STATUS_WINDOW_S } from './constants';
import type { Ctx } from './context';
import { nowS } from './context';
import type { Answer } from './envelope';
import { httpError, ok, refused } from './envelope';
import type { PaymentRecord, PaymentStatus } from './model';
import type { PrepareBody, Sorting } from './schemas';

/** Lookups, listings and amount pre-registration (portone-v1.md §6.1, §6.3). */

function sortValue(r: PaymentRecord, by: string): number {
  switch (by) {
    case 'paid':
      return r.payment.paid_at;
    case 'updated':
      return r.updated_at;
    default:
      return r.payment.started_at;
  }
}

/** Seconds are coarse: ties fall back to insertion order, in the same direction. */
function comparator(sorting: Sorting): (a: PaymentRecord, b: PaymentRecord) => number {
  const desc = sorting.startsWith('-');
  const by = desc ? sorting.slice(1) : sorting;
  return (a, b) => {
    const d = sortValue(a, by) - sortValue(b, by) || a.seq - b.seq;
    return desc ? -d : d;
  };
}

export function getPayment(ctx: Ctx, impUid: string, includeSandbox: boolean): Answer {
  const rec = ctx.store.payment(impUid);
  if (!rec || (GAP.lookupHidesSandboxByDefault && rec.payment.sandbox && !includeSandbox)) return httpError(404, MSG.notFound);
  return ok(rec.payment);
}

function matching(ctx: Ctx, merchantUid: string, status: PaymentStatus | undefined, sorting: Sorting): PaymentRecord[] {
  return ctx.store
    .byMerchantUid(merchantUid)
    .filter((r) => status === undefined || r.payment.status === status)
    .sort(comparator(sorting));
}

export function findOne(ctx: Ctx, merchantUid: string, status: PaymentStatus | undefined, sorting: Sorting = '-started'): Answer {
  const first = matching(ctx, merchantUid, status, sorting)[0];
  return first ? ok(first.payment) : httpError(404, MSG.notFound);
}

interface Paging {
  page?: number | undefined;
  limit?: number | undefined;
  sorting?: Sorting | undefined;
}

function paged(all: PaymentRecord[], page: number, limit: number): Answer {
  const pages = Math.max(1, Math.ceil(all.length / limit));
  if (page > pages) return httpError(400, `page 가 데이터 범위(1~${pages})를 벗어났습니다.`);
  const list = all.slice((page - 1) * limit, page * limit).map((r) => r.payment);
  return ok({ total: all.length, previous: page > 1 ? page - 1 : 0, next: page < pages ? page + 1 : 0, list });
}

export function findAll(ctx: Ctx, merchantUid: string, status: PaymentStatus | undefined, q: Paging): Answer {
  const all = matching(ctx, merchantUid, status, q.sorting ?? '-started');
  if (all.length === 0) return httpError(404, MSG.notFound);
  return paged(all, q.page ?? 1, q.limit ?? DEFAULT_PAGE_LIMIT);
}

/**
 * Which timestamp a status listing's from/to window applies to (OAS): the time of the payment's
 * own status (paid → paid_at, cancelled → cancelled_at, failed → failed_at, ready → started_at),
 * for `all` too (issue 18 #2).
 */
function windowTime(p: PaymentRecord['payment']): number {
  switch (p.status) {
    case 'paid':
      return p.paid_at;
    case 'cancelled':
      return p.cancelled_at;
    case 'failed':
      return p.failed_at;
    default:
      return p.started_at;
  }
}

export function byStatus(ctx: Ctx, status: PaymentStatus | 'all', q: Paging & { from?: number | undefined; to?: number | undefined }): Answer {
  const to = q.to ?? nowS(ctx);
  const from = q.from ?? to - STATUS_WINDOW_S;
  if (from > to) return httpError(400, 'from 은 to 보다 클 수 없습니다.');
  if (to - from > STATUS_WINDOW_S) return httpError(400, '검색기간은 최대 90일입니다.');
  const all: PaymentRecord[] = [];
  for (const r of ctx.store.allPayments()) {
    if (status !== 'all' && r.payment.status !== status) continue;
    const t = windowTime(r.payment);
    if (t >= from && t <= to) all.push(r);
  }
  all.sort(comparator(q.sorting ?? '-started'));
  return paged(all, q.page ?? 1, q.limit ?? DEFAULT_PAGE_LIMIT);
}

export function prepare(ctx: Ctx, body: PrepareBody, mode: 'create' | 'update'): Answer {
  const existing = ctx.store.prepare(body.merchant_uid);
  if (mode === 'update' && !existing) return httpError(404, MSG.prepareNotFound);
  if (mode === 'create' && existing && GAP.refuseDuplicatePrepare) return refused(CODES.duplicatePrepare, MSG.prepareDuplicate);
  const p = { merchant_uid: body.merchant_uid, amount: body.amount, currency: body.currency ?? existing?.currency ?? null };
  ctx.store.savePrepared(p);
  return ok(p);
}

export function getPrepared(ctx: Ctx, merchantUid: string): Answer {
  const p = ctx.store.prepare(merchantUid);
  return p ? ok(p) : httpError(404, MSG.prepareNotFound);
}

export function getCustomer(ctx: Ctx, uid: string): Answer {
  const c = ctx.store.customer(uid);
  return c ? ok(c.customer) : httpError(404, MSG.customerNotFound);
}

export function deleteCustomer(ctx: Ctx, uid: string): Answer {
  const c = ctx.store.customer(uid);
  if (!c) return httpError(404, MSG.customerNotFound);
  ctx.store.deleteCustomer(uid);
  return ok(c.customer);
}

/** `GET /subscribe/customers?customer_uid[]=…`: 200 all found, 207 some, 404 none. */
export function getCustomers(ctx: Ctx, uids: readonly string[]): Answer {
  const found = uids.flatMap((u) => {
    const c = ctx.store.customer(u);
    return c ? [c.customer] : [];
  });
  if (found.length === 0) return httpError(404, MSG.customersNoneFound);
  return ok(found, found.length === uids.length ? 200 : 207);
}

/** `GET /payments?imp_uid[]=…&merchant_uid[]=…` (≤ 100 ids): 200 all found, 207 some, 404 none. */
export function getPayments(ctx: Ctx, impUids: readonly string[], merchantUids: readonly string[]): Answer {
  const asked = impUids.length + merchantUids.length;
  if (asked === 0) return httpError(400, 'imp_uid[] 또는 merchant_uid[] 가 필요합니다.');
  if (asked > 100) return httpError(400, '한 번에 최대 100개까지 조회할 수 있습니다.');
  const found: PaymentRecord['payment'][] = [];
  for (const id of impUids) {
    const r = ctx.store.payment(id);
    if (r) found.push(r.payment);
  }
  for (const m of merchantUids) {
    const r = matching(ctx, m, undefined, '-started')[0];
    if (r) found.push(r.payment);
  }
  if (found.length === 0) return httpError(404, '해당되는 결제건을 찾지 못하였습니다.');
  return ok(found, found.length === asked ? 200 : 207);
}

/** `GET /subscribe/customers/{uid}/payments?page=`: payments made with (or issuing) this key, newest first. */
export function customerPayments(ctx: Ctx, uid: string, page: number): Answer {
  const all: PaymentRecord[] = [];
  for (const r of ctx.store.allPayments()) if (r.payment.customer_uid === uid) all.push(r);
  if (all.length === 0 && !ctx.store.customer(uid)) return httpError(404, MSG.customerNotFound);
  all.sort(comparator('-started'));
  return paged(all, page, DEFAULT_PAGE_LIMIT);
}
