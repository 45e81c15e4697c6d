import { again, issueKey } from './charges';
import { CODES, MSG } from './constants';
import type { Ctx } from './context';
import { nowS } from './context';
import type { Answer } from './envelope';
import { httpError, ok, refused } from './envelope';
import type { ScheduleRecord, ScheduleStatus } from './schedule-model';
import type { ScheduleBody, ScheduleItem } from './schedule-schemas';

/**
 * Scheduled payments (portone-v1.md §12): a schedule is an `again` the sandbox runs itself at
 * `schedule_at` on its clock, recorded with `customer_uid_usage: payment.scheduled`.
 */

/** GAP: "at most 3 months" for the list window, read as three calendar months (UTC) from `from`. */
export function windowEnd(fromS: number): number {
  const d = new Date(fromS * 1000);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return Math.floor(d.getTime() / 1000);
}

/** The answer item (OAS `ScheduleResultAnnotation`); a refund after the run shows as `cancelled`. */
export function scheduleView(ctx: Ctx, r: ScheduleRecord) {
  const payment = r.imp_uid === null ? undefined : ctx.store.payment(r.imp_uid)?.payment;
  const paymentStatus = r.payment_status === 'paid' && payment?.status === 'cancelled' ? 'cancelled' : r.payment_status;
  return {
    customer_uid: r.customer_uid,
    merchant_uid: r.merchant_uid,
    imp_uid: r.imp_uid,
    pg_provider: 'settle',
    pg_id: r.pg_id,
    customer_id: null,
    schedule_at: r.schedule_at,
    executed_at: r.executed_at,
    revoked_at: r.revoked_at,
    amount: r.amount,
    currency: r.currency,
    name: r.name,
    buyer_name: r.buyer_name,
    buyer_email: r.buyer_email,
    buyer_tel: r.buyer_tel,
    buyer_addr: r.buyer_addr,
    buyer_postcode: r.buyer_postcode,
    custom_data: r.custom_data,
    schedule_status: r.schedule_status,
    payment_status: paymentStatus,
    fail_reason: r.fail_reason,
  };
}

function merchantUidTaken(ctx: Ctx, merchantUid: string): boolean {
  return ctx.store.schedule(merchantUid) !== undefined || ctx.store.byMerchantUid(merchantUid).length > 0;
}

function hasCardFields(b: ScheduleBody): b is ScheduleBody & { card_number: string; expiry: string } {
  return b.card_number !== undefined && b.expiry !== undefined;
}

/** `POST /subscribe/payments/schedule`: all items or none. */
export function schedule(ctx: Ctx, body: ScheduleBody): Answer {
  const now = nowS(ctx);
  const seen = new Set<string>();
  for (const item of body.schedules) {
    if (seen.has(item.merchant_uid) || merchantUidTaken(ctx, item.merchant_uid))
      return refused(CODES.scheduleDuplicate, MSG.scheduleDuplicate(item.merchant_uid));
    seen.add(item.merchant_uid);
    if (item.schedule_at <= now) return httpError(400, MSG.schedulePast('schedule_at'));
  }
  if (!ctx.store.customer(body.customer_uid)) {
    if (!hasCardFields(body)) return refused(CODES.scheduleNoCustomer, MSG.scheduleNoCustomer);
    if (!ctx.billingKeyOnlyIssuance) return refused(CODES.issueRefused, MSG.issueUnsupported);
    const issued = issueKey(ctx, body.customer_uid, body);
    if (issued.body.code !== 0) return issued;
  }
  const key = ctx.store.customer(body.customer_uid);
  if (!key) return refused(CODES.scheduleNoCustomer, MSG.scheduleNoCustomer);
  const c = key.customer;
  const created = body.schedules.map((item: ScheduleItem) => {
    const r: ScheduleRecord = {
      seq: ctx.store.seq(),
      customer_uid: body.customer_uid,
      merchant_uid: item.merchant_uid,
      imp_uid: null,
      pg_id: c.pg_id,
      schedule_at: item.schedule_at,
      executed_at: 0,
      revoked_at: 0,
      amount: item.amount,
      tax_free: item.tax_free ?? 0,
      card_quota: item.card_quota ?? 0,
      currency: item.currency,
      name: item.name,
      buyer_name: item.buyer_name ?? c.customer_name,
      buyer_email: item.buyer_email ?? c.customer_email,
      buyer_tel: item.buyer_tel ?? c.customer_tel,
      buyer_addr: item.buyer_addr ?? c.customer_addr,
      buyer_postcode: item.buyer_postcode ?? c.customer_postcode,
      custom_data: item.custom_data ?? null,
      schedule_status: 'scheduled',
      payment_status: null,
      fail_reason: null,
    };
    ctx.store.saveSchedule(r);
    return scheduleView(ctx, r);
  });
  return ok(created);
}

/** `POST /subscribe/payments/unschedule`: revokes what is still `scheduled`; nothing to revoke is `code 1`. */
export function unschedule(ctx: Ctx, customerUid: string | undefined, merchantUids: readonly string[] | undefined): Answer {
  if (!customerUid && (merchantUids === undefined || merchantUids.length === 0))
    return httpError(400, 'customer_uid 또는 merchant_uid 중 하나는 필수입니다.');
  const now = nowS(ctx);
  const candidates = merchantUids?.length
    ? merchantUids.map((m) => ctx.store.schedule(m)).filter((r) => r !== undefined)
    : [...ctx.store.allSchedules()];
  const revoked = candidates
    .filter((r) => r.schedule_status === 'scheduled' && (!customerUid || r.customer_uid === customerUid))
    .map((r) => {
      const next: ScheduleRecord = { ...r, schedule_status: 'revoked', revoked_at: now };
      ctx.store.saveSchedule(next);
      return scheduleView(ctx, next);
    });
  return revoked.length === 0 ? refused(CODES.unscheduleNothing, MSG.unscheduleNothing) : ok(revoked);
}

export function getSchedule(ctx: Ctx, merchantUid: string): Answer {
  const r = ctx.store.schedule(merchantUid);
  return r ? ok(scheduleView(ctx, r)) : httpError(404, MSG.scheduleNotFound);
}

/** `PUT /subscribe/payments/schedule/{merchant_uid}`: a new time, only while `scheduled` and only in the future. */
export function changeTime(ctx: Ctx, merchantUid: string, scheduleAt: number): Answer {
  const r = ctx.store.schedule(merchantUid);
  if (!r) return httpError(404, MSG.scheduleNotFound);
  if (r.schedule_status !== 'scheduled') return httpError(400, MSG.scheduleNotChangeable(r.schedule_status));
  if (scheduleAt <= nowS(ctx)) return httpError(400, MSG.schedulePast('schedule_at'));
  const next: ScheduleRecord = { ...r, schedule_at: scheduleAt };
  ctx.store.saveSchedule(next);
  return ok(scheduleView(ctx, next));
}

/** Failed or revoked items only (a paid one, or one that has not run yet, is 400). */
function rerunnable(ctx: Ctx, merchantUid: string): ScheduleRecord | Answer {
  const r = ctx.store.schedule(merchantUid);
  if (!r) return httpError(404, MSG.scheduleNotFound);
  const failed = r.schedule_status === 'executed' && r.payment_status === 'failed';
  if (!failed && r.schedule_status !== 'revoked') return httpError(400, MSG.scheduleNotRerunnable);
  return r;
}

/** `POST …/{merchant_uid}/reschedule`: a failed or revoked item is scheduled again for a future time. */
export function reschedule(ctx: Ctx, merchantUid: string, scheduleAt: number): Answer {
  const r = rerunnable(ctx, merchantUid);
  if ('body' in r) return r;
  if (scheduleAt <= nowS(ctx)) return httpError(400, MSG.schedulePast('schedule_at'));
  const next: ScheduleRecord = {
    ...r,
    schedule_at: scheduleAt,
    schedule_status: 'scheduled',
    imp_uid: null,
    executed_at: 0,
    revoked_at: 0,
    payment_status: null,
    fail_reason: null,
  };
  ctx.store.saveSchedule(next);
  return ok(scheduleView(ctx, next));
}

/** Runs one schedule as an `again` at `atS` and records the outcome; answers what `again` answered. */
function execute(ctx: Ctx, r: ScheduleRecord, atS: number): Answer {
  const at: Ctx = { ...ctx, nowMs: () => atS * 1000 };
  const before = ctx.store.byMerchantUid(r.merchant_uid).length;
  const answer = again(
    at,
    {
      customer_uid: r.customer_uid,
      merchant_uid: r.merchant_uid,
      amount: r.amount,
      tax_free: r.tax_free,
      card_quota: r.card_quota,
      name: r.name,
      buyer_name: r.buyer_name ?? undefined,
      buyer_email: r.buyer_email ?? undefined,
      buyer_tel: r.buyer_tel ?? undefined,
      buyer_addr: r.buyer_addr ?? undefined,
      buyer_postcode: r.buyer_postcode ?? undefined,
      custom_data: r.custom_data ?? undefined,
    },
    'payment.scheduled',
  );
  const attempts = ctx.store.byMerchantUid(r.merchant_uid);
  const latest = attempts[attempts.length - 1]?.payment;
  // A refusal before the PG (e.g. the key was deleted) leaves no payment.
  const ran = attempts.length > before ? latest : undefined;
  const paid = answer.body.code === 0 && ran?.status === 'paid';
  ctx.store.saveSchedule({
    ...r,
    schedule_status: 'executed',
    executed_at: atS,
    revoked_at: 0,
    imp_uid: ran?.imp_uid ?? null,
    payment_status: paid ? 'paid' : 'failed',
    fail_reason: paid ? null : (ran?.fail_reason ?? answer.body.message ?? MSG.scheduleFailed),
  });
  return answer;
}

/** `POST …/{merchant_uid}/retry`: runs a failed or revoked item now; answers the Payment. */
export function retry(ctx: Ctx, merchantUid: string): Answer {
  const r = rerunnable(ctx, merchantUid);
  if ('body' in r) return r;
  return execute(ctx, r, nowS(ctx));
}

/** Runs every schedule whose time has come, oldest first, each at its own `schedule_at`. */
export function runDueSchedules(ctx: Ctx): string[] {
  const now = nowS(ctx);
  const due = [...ctx.store.allSchedules()]
    .filter((r) => r.schedule_status === 'scheduled' && r.schedule_at <= now)
    .sort((a, b) => a.schedule_at - b.schedule_at || a.seq - b.seq);
  for (const r of due) execute(ctx, r, r.schedule_at);
  return due.map((r) => r.merchant_uid);
}

export interface ScheduleFilter {
  customerUid?: string;
  fromS: number;
  toS: number;
  status?: ScheduleStatus | undefined;
  page: number;
  limit: number;
  oldestFirst: boolean;
}

/** The lists: `from ≤ schedule_at < to`, at most three months, newest first, `{total, previous, next, list}` (GAP). */
export function listSchedules(ctx: Ctx, f: ScheduleFilter): Answer {
  if (f.toS <= f.fromS) return httpError(400, MSG.scheduleWindowOrder);
  if (f.toS > windowEnd(f.fromS)) return httpError(400, MSG.scheduleWindowTooLong);
  const all = [...ctx.store.allSchedules()]
    .filter(
      (r) =>
        (f.customerUid === undefined || r.customer_uid === f.customerUid) &&
        (f.status === undefined || r.schedule_status === f.status) &&
        r.schedule_at >= f.fromS &&
        r.schedule_at < f.toS,
    )
    .sort((a, b) => (f.oldestFirst ? 1 : -1) * (a.schedule_at - b.schedule_at || a.seq - b.seq));
  const pages = Math.max(1, Math.ceil(all.length / f.limit));
  if (f.page > pages) return httpError(400, `page 가 데이터 범위(1~${pages})를 벗어났습니다.`);
  const list = all.slice((f.page - 1) * f.limit, f.page * f.limit).map((r) => scheduleView(ctx, r));
  return ok({ total: all.length, previous: f.page > 1 ? f.page - 1 : 0, next: f.page < pages ? f.page + 1 : 0, list });
}
