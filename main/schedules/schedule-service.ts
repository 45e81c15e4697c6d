import { randomBytes } from 'node:crypto';
import type { ManagerApproval } from '../../contract/schemas';
import { AppError } from '../../contract/result';
import type { PollView, ScheduleInput, ScheduleView } from '../../contract/schedules';
import { KST_OFFSET_MS, planOccurrences } from '../../domain/schedule-dates';
import type { AccessControl, Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { CustomerStore } from '../customers/customer-store';
import type { Ledger } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { newMerchantUid } from '../payments/merchant-uid';
import { settlementOf } from '../payments/settlement';
import type { CallFailure } from '../portone/outcomes';
import type { RequestGrace } from '../portone/request-grace';
import { ScheduleApi, type PortOneSchedule } from '../portone/schedule-api';
import type { ScheduleStore, StoredSchedule } from './schedule-store';

/** PortOne keeps schedules "within a window": the till sends the next three months, the rest as time passes. */
/** How often the till asks PortOne about schedules while it runs (none reach it by webhook). */
export const DEFAULT_SCHEDULE_POLL_MS = 5 * 60_000;

export const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;

export interface ScheduleServiceDeps {
  store: ScheduleStore;
  customers: CustomerStore;
  ledger: Ledger;
  backend: () => Backend | null;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  now: () => number;
  /** Whether an unanswered schedule request can no longer be arriving at PortOne (keyed by merchant_uid). */
  grace: RequestGrace;
  windowMs?: number;
}

const toSeconds = (ms: number) => Math.floor(ms / 1000);

/** `YYYY-MM-DD` + `HH:MM` in Korean time → Unix ms. */
function kstInstant(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00Z`) - KST_OFFSET_MS;
}

function failureText(f: CallFailure): string {
  switch (f.kind) {
    case 'api_error':
      return f.message ?? `code ${f.code ?? '?'}`;
    case 'unauthorized':
      return 'PortOne did not accept the API key or secret.';
    case 'not_found':
      return f.message ?? 'PortOne does not know this schedule.';
    case 'unreachable':
      return `PortOne could not be reached (${f.cause}).`;
  }
}

function portoneError(f: CallFailure, what: string): AppError {
  if (f.kind === 'unreachable') {
    return new AppError('unavailable', `${what}: PortOne could not be reached; nothing changed here. Try again.`, { reason: 'schedules.unreachable' });
  }
  const message = failureText(f);
  return new AppError('portone_rejected', `${what}: PortOne refused: ${message}`, { reason: 'schedules.portone_refused', params: { message } });
}

/**
 * Scheduled payments on a card on file. Every schedule is written to the ledger (`planned`)
 * before PortOne is asked; a lost answer is read back with `GET /subscribe/payments/schedule/{uid}`
 * and never sent again under another merchant_uid. Results arrive by polling (`poll`): an executed
 * schedule is confirmed with `GET /payments/{imp_uid}` before it is booked as a payment.
 */
export class ScheduleService {
  private readonly windowMs: number;

  constructor(private readonly deps: ScheduleServiceDeps) {
    this.windowMs = deps.windowMs ?? DEFAULT_WINDOW_MS;
  }

  async create(input: ScheduleInput): Promise<ScheduleView[]> {
    const actor = this.deps.access.caller();
    const { now, store } = this.deps;
    if (input.taxFree > input.amount) {
      throw new AppError('invalid_input', 'The tax-free part cannot be more than the amount.', { reason: 'schedules.tax_free_exceeds', field: 'taxFree' });
    }
    const customer = this.deps.customers.get(input.customerUid);
    const backend = this.deps.backend();
    if (!customer || customer.view.keyState !== 'active' || !backend || backend.apiEnv !== customer.apiEnv) {
      throw new AppError('conflict', 'This card cannot be charged now (not on file, still being checked, or another PortOne account).', {
        reason: 'schedules.customer_not_chargeable',
      });
    }
    const plan = planOccurrences({ start: input.start, time: input.time, repeat: input.repeat }, now());
    if (!plan.ok) {
      const { field, problem } = plan.error;
      throw new AppError('invalid_input', `The schedule's ${field} is ${problem}.`, { reason: 'schedules.invalid_dates', field, params: { problem } });
    }
    const at = now();
    const planId = `plan-${randomBytes(6).toString('hex')}`;
    const rows = plan.dates.map((d) => ({
      merchantUid: newMerchantUid(d.at),
      planId,
      customerUid: input.customerUid,
      customerName: customer.view.name,
      scheduleAt: d.at,
      moved: d.moved,
      amount: input.amount,
      taxFree: input.taxFree,
      orderName: input.orderName,
      apiEnv: backend.apiEnv,
      createdBy: actor.name,
      at,
    }));
    store.insertPlan(rows);
    this.deps.audit.record(actor, 'schedule_created', planId, {
      customerUid: input.customerUid,
      count: rows.length,
      amount: input.amount,
      first: plan.dates[0]?.date ?? '',
      repeat: input.repeat.kind,
    });
    await this.topUp(backend, input.customerUid);
    return this.list(input.customerUid).filter((s) => s.planId === planId);
  }

  list(customerUid: string): ScheduleView[] {
    return this.deps.store.byCustomer(customerUid).map((s) => s.view);
  }

  failed(): PollView {
    return { lastPollAt: this.deps.store.lastPollAt(), failed: this.deps.store.inState('failed').map((s) => s.view) };
  }

  /** Cancels one schedule (manager): a planned one here only, a scheduled one at PortOne first. */
  async cancel(merchantUid: string, approval: ManagerApproval | undefined): Promise<ScheduleView> {
    const actor = await this.deps.access.authorize('manager', approval);
    const row = this.row(merchantUid);
    if (row.view.state === 'planned') {
      this.deps.store.update(merchantUid, { state: 'revoked' }, this.deps.now());
    } else if (row.view.state === 'scheduled' || row.view.state === 'sending') {
      const backend = this.backendFor(row);
      const answer = await new ScheduleApi(backend.client).unschedule(row.view.customerUid, [merchantUid]);
      if (answer.kind === 'ok') for (const r of answer.value) await this.apply(backend, this.row(r.merchant_uid), r);
      // Nothing left to revoke (code 1): it ran or was revoked meanwhile; read what it is.
      else if (answer.kind === 'api_error' || answer.kind === 'not_found') await this.refreshOne(backend, row);
      else throw portoneError(answer, 'Cancel');
    } else {
      throw new AppError('conflict', `Only an upcoming schedule can be cancelled (this one is ${row.view.state}).`, { reason: 'schedules.not_scheduled' });
    }
    const after = this.row(merchantUid).view;
    this.deps.audit.record(actor, 'schedule_cancelled', merchantUid, { customerUid: after.customerUid, amount: after.amount, state: after.state });
    return after;
  }

  /** Cancels every upcoming schedule of a customer (manager). */
  async cancelAll(customerUid: string, approval: ManagerApproval | undefined): Promise<ScheduleView[]> {
    const actor = await this.deps.access.authorize('manager', approval);
    const revoked = await this.revokeAll(customerUid);
    this.deps.audit.record(actor, 'schedule_cancelled', customerUid, { all: true, count: revoked });
    return this.list(customerUid);
  }

  /**
   * Before a card's key is deleted (removed or replaced): every schedule left is revoked, so none
   * points at a deleted key. Throws when PortOne cannot confirm it; answers how many were revoked.
   */
  async revokeBeforeKeyDeleted(customerUid: string): Promise<number> {
    const revoked = await this.revokeAll(customerUid);
    if (revoked > 0) this.deps.audit.record(this.deps.access.current(), 'schedule_cancelled', customerUid, { all: true, count: revoked, cardRemoved: true });
    return revoked;
  }

  /** A new time for one still upcoming (PortOne: only while scheduled, only in the future). */
  async changeTime(merchantUid: string, date: string, time: string): Promise<ScheduleView> {
    const actor = this.deps.access.caller();
    const row = this.row(merchantUid);
    const at = this.futureInstant(date, time);
    if (row.view.state === 'planned') {
      this.deps.store.update(merchantUid, { state: 'planned', scheduleAt: at }, this.deps.now());
    } else if (row.view.state === 'scheduled') {
      const backend = this.backendFor(row);
      const answer = await new ScheduleApi(backend.client).changeTime(merchantUid, toSeconds(at));
      if (answer.kind !== 'ok') throw portoneError(answer, 'Change time');
      await this.apply(backend, row, answer.value);
    } else {
      throw new AppError('conflict', `Only an upcoming schedule can be moved (this one is ${row.view.state}).`, { reason: 'schedules.not_scheduled' });
    }
    this.deps.audit.record(actor, 'schedule_changed', merchantUid, { from: row.view.scheduleAt, to: at });
    const backend = this.deps.backend();
    if (backend) await this.topUp(backend, row.view.customerUid);
    return this.row(merchantUid).view;
  }

  /** Runs a failed schedule now (`…/retry`); the result is read back from PortOne before anything is booked. */
  async retry(merchantUid: string): Promise<ScheduleView> {
    const actor = this.deps.access.caller();
    const row = this.failedRow(merchantUid);
    const backend = this.backendFor(row);
    const answer = await new ScheduleApi(backend.client).retry(merchantUid);
    this.deps.audit.record(actor, 'schedule_changed', merchantUid, { action: 'retry', outcome: answer.kind === 'ok' ? answer.value.status : answer.kind });
    // Whatever the answer said (or if none came), the schedule itself says how it went.
    await this.refreshOne(backend, row);
    return this.row(merchantUid).view;
  }

  /** A failed schedule runs again later (`…/reschedule`). */
  async reschedule(merchantUid: string, date: string, time: string): Promise<ScheduleView> {
    const actor = this.deps.access.caller();
    const row = this.failedRow(merchantUid);
    const at = this.futureInstant(date, time);
    const backend = this.backendFor(row);
    const answer = await new ScheduleApi(backend.client).reschedule(merchantUid, toSeconds(at));
    if (answer.kind !== 'ok') throw portoneError(answer, 'Reschedule');
    await this.apply(backend, row, answer.value);
    this.deps.audit.record(actor, 'schedule_changed', merchantUid, { action: 'reschedule', to: at });
    return this.row(merchantUid).view;
  }

  /** The cashier gives up on a failed schedule: it stays listed as stopped and is no longer flagged. */
  async stop(merchantUid: string): Promise<ScheduleView> {
    const actor = this.deps.access.caller();
    const row = this.failedRow(merchantUid);
    this.deps.store.update(merchantUid, { state: 'stopped', failReason: row.view.failReason }, this.deps.now());
    this.deps.audit.record(actor, 'schedule_cancelled', merchantUid, { action: 'stop', amount: row.view.amount });
    return this.row(merchantUid).view;
  }

  /**
   * One look at PortOne: lost answers are read back, the window is topped up, and every schedule
   * whose time has come (and every failed one, which PortOne's recovery may re-run) is read.
   * "No result yet" changes nothing.
   */
  async poll(): Promise<PollView> {
    const backend = this.deps.backend();
    if (!backend) return this.failed();
    const { store, now } = this.deps;
    let reached = true;
    const mine = (s: StoredSchedule) => s.apiEnv === backend.apiEnv;
    for (const row of store.inState('sending').filter(mine)) reached = (await this.refreshOne(backend, row)) && reached;
    await this.topUp(backend);
    const due = [...store.inState('scheduled').filter((s) => s.view.scheduleAt <= now()), ...store.inState('failed')].filter(mine);
    for (const row of due) reached = (await this.refreshOne(backend, row)) && reached;
    if (reached) store.setLastPollAt(now());
    return this.failed();
  }

  private async revokeAll(customerUid: string): Promise<number> {
    const { store, now } = this.deps;
    const rows = store.byCustomer(customerUid);
    let count = 0;
    for (const r of rows.filter((s) => s.view.state === 'planned')) {
      store.update(r.view.merchantUid, { state: 'revoked' }, now());
      count += 1;
    }
    const atPortOne = rows.filter((s) => s.view.state === 'scheduled' || s.view.state === 'sending');
    const first = atPortOne[0];
    if (!first) return count;
    const backend = this.backendFor(first);
    const answer = await new ScheduleApi(backend.client).unschedule(customerUid);
    if (answer.kind === 'ok') {
      for (const r of answer.value) {
        const row = store.get(r.merchant_uid);
        if (row) await this.apply(backend, row, r);
      }
    } else if (answer.kind !== 'api_error' && answer.kind !== 'not_found') {
      throw portoneError(answer, 'Cancel the schedules');
    }
    // Whatever the answer listed, each one is read back so none is left pointing at the key.
    for (const row of atPortOne) await this.refreshOne(backend, store.get(row.view.merchantUid) ?? row);
    const left = store.byCustomer(customerUid).filter((s) => s.view.state === 'scheduled' || s.view.state === 'sending');
    if (left.length > 0) {
      throw new AppError('unavailable', `${left.length} schedule(s) could not be confirmed as cancelled at PortOne. Try again.`, { reason: 'schedules.unreachable' });
    }
    return count + atPortOne.length;
  }

  /** Sends every planned schedule inside the window, one request per customer, marked `sending` first. */
  private async topUp(backend: Backend, customerUid?: string): Promise<void> {
    const { store, now } = this.deps;
    const horizon = now() + this.windowMs;
    const planned = store
      .inState('planned')
      .filter((s) => s.apiEnv === backend.apiEnv && s.view.scheduleAt < horizon && (customerUid === undefined || s.view.customerUid === customerUid));
    const byCustomer = new Map<string, StoredSchedule[]>();
    for (const s of planned) byCustomer.set(s.view.customerUid, [...(byCustomer.get(s.view.customerUid) ?? []), s]);
    const api = new ScheduleApi(backend.client);
    for (const [uid, rows] of byCustomer) {
      // A past time would be refused by PortOne: such a row waited too long (the till was off) and is flagged.
      const late = rows.filter((s) => s.view.scheduleAt <= now());
      for (const s of late) store.update(s.view.merchantUid, { state: 'refused', failReason: 'The time passed before it could be scheduled at PortOne.' }, now());
      const send = rows.filter((s) => s.view.scheduleAt > now());
      if (send.length === 0) continue;
      const customer = this.deps.customers.get(uid);
      store.markSending(send.map((s) => s.view.merchantUid), now());
      const answer = await api.schedule(
        uid,
        send.map((s) => ({
          merchant_uid: s.view.merchantUid,
          schedule_at: toSeconds(s.view.scheduleAt),
          amount: s.view.amount,
          tax_free: s.view.taxFree,
          currency: 'KRW' as const,
          name: s.view.orderName,
          buyer_name: s.view.customerName,
          ...(customer?.view.phone ? { buyer_tel: customer.view.phone } : {}),
        })),
      );
      if (answer.kind === 'ok') {
        for (const r of answer.value) {
          const row = store.get(r.merchant_uid);
          if (row) await this.apply(backend, row, r);
        }
      } else if (answer.kind === 'unauthorized' || (answer.kind === 'unreachable' && !answer.maybeDelivered)) {
        // Surely not received: they stay planned for the next top-up.
        for (const s of send) store.update(s.view.merchantUid, { state: 'planned' }, now());
      } else if (answer.kind === 'api_error' || answer.kind === 'not_found') {
        const reason = failureText(answer);
        this.deps.logger.warn('schedule refused by PortOne', { customerUid: uid, count: send.length });
        for (const s of send) store.update(s.view.merchantUid, { state: 'refused', failReason: reason }, now());
      } else {
        // No readable answer: they stay `sending`, and the next poll reads each one back.
        for (const s of send) this.deps.grace.ended(s.view.merchantUid);
      }
    }
  }

  /** Reads one schedule back; false when PortOne could not be reached. */
  private async refreshOne(backend: Backend, row: StoredSchedule): Promise<boolean> {
    const answer = await new ScheduleApi(backend.client).get(row.view.merchantUid);
    if (answer.kind === 'ok') {
      await this.apply(backend, row, answer.value);
      return true;
    }
    if (answer.kind === 'not_found' && row.view.state === 'sending') {
      // Not there once the request surely ended: it was never created, and goes out again with the same merchant_uid.
      if (row.sentAt === null || this.deps.grace.surelyEnded(row.view.merchantUid)) {
        this.deps.grace.forget(row.view.merchantUid);
        this.deps.store.update(row.view.merchantUid, { state: 'planned' }, this.deps.now());
      }
      return true;
    }
    return answer.kind !== 'unreachable';
  }

  /** Copies PortOne's view of a schedule; an executed, paid one is confirmed and booked first. */
  private async apply(backend: Backend, row: StoredSchedule, remote: PortOneSchedule): Promise<void> {
    const { store, now } = this.deps;
    const m = row.view.merchantUid;
    if (remote.schedule_status === 'scheduled') {
      store.update(m, { state: 'scheduled', scheduleAt: remote.schedule_at * 1000 }, now());
    } else if (remote.schedule_status === 'revoked') {
      store.update(m, { state: row.view.state === 'stopped' ? 'stopped' : 'revoked', failReason: row.view.failReason }, now());
    } else if (remote.payment_status === 'failed') {
      const failReason = remote.fail_reason ?? 'The card company declined the payment.';
      const state = row.view.state === 'stopped' ? 'stopped' : 'failed';
      store.update(m, { state, failReason, impUid: remote.imp_uid, executedAt: remote.executed_at * 1000 }, now());
    } else if (remote.imp_uid !== null && row.view.state !== 'paid') {
      await this.book(backend, row, remote.imp_uid);
    }
  }

  /** `GET /payments/{imp_uid}` must agree (our merchant_uid, amount, paid) before the payment enters the ledger. */
  private async book(backend: Backend, row: StoredSchedule, impUid: string): Promise<void> {
    const { ledger, store, now } = this.deps;
    const answer = await new ScheduleApi(backend.client).payment(impUid);
    if (answer.kind !== 'ok') return;
    const p = answer.value;
    if (p.merchant_uid !== row.view.merchantUid || p.amount !== row.view.amount || (p.status !== 'paid' && p.status !== 'cancelled')) {
      this.deps.logger.warn('scheduled payment does not match its schedule; not booked', { merchantUid: row.view.merchantUid, status: p.status });
      return;
    }
    const paidAt = p.paid_at > 0 ? p.paid_at * 1000 : now();
    ledger.batch(() => {
      if (!ledger.get(row.view.merchantUid)) {
        ledger.insertIntent({
          merchantUid: row.view.merchantUid,
          attemptId: null,
          kind: 'scheduled',
          amount: row.view.amount,
          taxFree: row.view.taxFree,
          orderName: row.view.orderName,
          buyerName: row.view.customerName,
          cardQuota: 0,
          cardNumberMasked: this.deps.customers.get(row.view.customerUid)?.view.cardNumberMasked ?? null,
          cashier: row.createdBy,
          sandbox: p.sandbox,
          apiEnv: row.apiEnv,
          at: paidAt,
          requestSentAt: row.view.scheduleAt,
        });
        this.deps.customers.link(row.view.merchantUid, row.view.customerUid, 'payment');
      }
      ledger.settle(row.view.merchantUid, settlementOf(p, backend, row.view.amount), now(), {
        type: 'lookup',
        note: { code: 'schedule_ran', params: { usage: p.customer_uid_usage ?? null } },
      });
      store.update(row.view.merchantUid, { state: 'paid', impUid, executedAt: paidAt }, now());
    });
  }

  private row(merchantUid: string): StoredSchedule {
    const row = this.deps.store.get(merchantUid);
    if (!row) throw new AppError('not_found', 'No schedule with this order number.', { reason: 'schedules.schedule_not_found', field: 'merchantUid' });
    return row;
  }

  private failedRow(merchantUid: string): StoredSchedule {
    const row = this.row(merchantUid);
    if (row.view.state !== 'failed') {
      throw new AppError('conflict', `Only a failed schedule can be retried, rescheduled or stopped (this one is ${row.view.state}).`, {
        reason: 'schedules.not_failed',
      });
    }
    return row;
  }

  private futureInstant(date: string, time: string): number {
    const at = kstInstant(date, time);
    if (!Number.isFinite(at) || at <= this.deps.now()) {
      throw new AppError('invalid_input', 'The new time must be in the future.', { reason: 'schedules.time_in_past', field: 'date' });
    }
    return at;
  }

  private backendFor(row: StoredSchedule): Backend {
    const backend = this.deps.backend();
    if (!backend || backend.apiEnv !== row.apiEnv) {
      throw new AppError('unavailable', 'This schedule was made with another PortOne account or mode. Switch back to it in settings.', {
        reason: 'schedules.unreachable',
      });
    }
    return backend;
  }
}

export type { Actor };
