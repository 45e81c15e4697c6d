import { isOpenStatus } from '../../domain/payment-status';
import type { Ledger, LedgerRecord } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { CallResult } from '../portone/outcomes';
import { RequestGrace } from '../portone/request-grace';
import type { PortOnePayment } from '../portone/schemas';
import type { Backend } from './backend';
import { settlementOf } from './settlement';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface ResolverDeps {
  ledger: Ledger;
  /** Null while no PortOne is configured. */
  backend: () => Backend | null;
  logger: Logger;
  /** Wall clock: event times only, never a decision (it can step by hours). */
  now: () => number;
  /** A clock that only moves forward (ms): every "has the request surely ended" decision uses it. */
  monotonic?: () => number;
  sleep?: Sleep;
  /**
   * How long after a request ended on our side (its answer, timeout or failure came back, or the
   * payment window closed) PortOne may still be working on it. Until then a 404 from `find` is
   * "not there yet"; after it, "never charged".
   */
  settleGraceMs?: number;
  /** Delay before lookup `n` (0-based) of a background resolution. */
  backoffMs?: (attempt: number) => number;
  /** Called after a lookup settled an open payment (e.g. a card replacement waiting for it). */
  onSettled?: (merchantUid: string) => void;
}

export const DEFAULT_SETTLE_GRACE_MS = 60_000;

/** 1, 2, 4, 8, 16, 32 s, then every 60 s. */
const defaultBackoff = (attempt: number): number => Math.min(1000 * 2 ** attempt, 60_000);

const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

export type LookupVerdict = 'resolved' | 'open';

/**
 * Finds out what happened to a payment whose request may or may not have reached PortOne, by
 * `GET /payments/find/{merchant_uid}` only: it never charges again.
 */
export class Resolver {
  private readonly active = new Map<string, Promise<void>>();
  private readonly stop = new AbortController();
  private readonly sleep: Sleep;
  private readonly backoffMs: (attempt: number) => number;
  private readonly grace: RequestGrace;

  constructor(private readonly deps: ResolverDeps) {
    this.grace = new RequestGrace(deps.settleGraceMs ?? DEFAULT_SETTLE_GRACE_MS, deps.monotonic);
    this.sleep = deps.sleep ?? realSleep;
    this.backoffMs = deps.backoffMs ?? defaultBackoff;
  }

  /**
   * The request for `merchantUid` is over on our side (answered, timed out, failed; or its payment
   * window closed): the grace is measured from now. A later call moves it on (a late return).
   */
  requestEnded(merchantUid: string): void {
    this.grace.ended(merchantUid);
  }

  /** Keeps looking `merchantUid` up in the background, with backoff, until it is known. */
  track(merchantUid: string): void {
    if (this.active.has(merchantUid) || this.stop.signal.aborted) return;
    const run = this.loop(merchantUid)
      .catch((error: unknown) => {
        this.deps.logger.error('resolver: lookup loop failed', { merchantUid, error: errorName(error) });
      })
      .finally(() => this.active.delete(merchantUid));
    this.active.set(merchantUid, run);
  }

  /** Start-up: one lookup per unresolved intent of the current PortOne; what stays open is tracked. */
  async recoverPending(): Promise<void> {
    const backend = this.deps.backend();
    if (!backend) return;
    const open = this.deps.ledger.open().filter((intent) => intent.apiEnv === backend.apiEnv);
    if (open.length > 0) this.deps.logger.info('recovery: unresolved payments', { count: open.length });
    for (const intent of open) {
      if (this.active.has(intent.merchantUid)) continue;
      const verdict = await this.lookupOnce(intent.merchantUid);
      if (verdict === 'open') this.track(intent.merchantUid);
    }
  }

  /** One lookup now: `find` for an open payment, `GET /payments/{imp_uid}` for a known one. */
  async lookupOnce(merchantUid: string): Promise<LookupVerdict> {
    const record = this.deps.ledger.get(merchantUid);
    const backend = this.deps.backend();
    if (!record || !backend || record.apiEnv !== backend.apiEnv) return 'open';
    const isOpen = isOpenStatus(record.payment.status);
    const answer =
      !isOpen && record.payment.impUid
        ? await backend.client.getPayment(record.payment.impUid)
        : await backend.client.findByMerchantUid(merchantUid);
    if (this.stop.signal.aborted) return 'open';
    const verdict = this.apply(record, answer, backend);
    if (isOpenStatus(record.payment.status) && verdict === 'resolved') this.deps.onSettled?.(merchantUid);
    return verdict;
  }

  /** Resolves when no background lookup is running (tests, orderly shutdown). */
  async whenIdle(): Promise<void> {
    while (this.active.size > 0) await Promise.all([...this.active.values()]);
  }

  async close(): Promise<void> {
    this.stop.abort();
    await this.whenIdle();
  }

  private async loop(merchantUid: string): Promise<void> {
    for (let attempt = 0; !this.stop.signal.aborted; attempt++) {
      await this.sleep(this.backoffMs(attempt), this.stop.signal);
      if (this.stop.signal.aborted) return;
      const record = this.deps.ledger.get(merchantUid);
      if (!record || !isOpenStatus(record.payment.status)) return;
      // Settings moved to another PortOne: recovery picks this up when it comes back.
      if (record.apiEnv !== this.deps.backend()?.apiEnv) return;
      if ((await this.lookupOnce(merchantUid)) === 'resolved') return;
    }
  }

  private apply(record: LedgerRecord, answer: CallResult<PortOnePayment>, backend: Backend): LookupVerdict {
    const { merchantUid } = record.payment;
    const at = this.deps.now();
    const isOpen = isOpenStatus(record.payment.status);
    switch (answer.kind) {
      case 'ok': {
        const payment = answer.value;
        if (payment.merchant_uid !== merchantUid) {
          this.deps.ledger.addEvent(merchantUid, at, { type: 'lookup', note: { code: 'other_payment', params: {} } });
          return 'open';
        }
        // Ready without an issued account: the customer has not finished (a window payment).
        if (payment.status === 'ready' && payment.vbank_num === null && isOpen) {
          this.deps.ledger.addEvent(merchantUid, at, { type: 'lookup', note: { code: 'portone_ready', params: {} } });
          return 'open';
        }
        const settlement = settlementOf(payment, backend, record.payment.amount);
        if (settlement.reasonCode === 'mismatch') this.deps.logger.error('payment amount differs from the intent', { merchantUid });
        this.deps.ledger.settle(merchantUid, settlement, at, {
          type: settlement.reasonCode === 'mismatch' ? 'amount_mismatch' : 'lookup',
          note: { code: 'portone_status', params: { status: payment.status, impUid: payment.imp_uid, amount: payment.amount } },
        });
        return isOpenStatus(settlement.status) ? 'open' : 'resolved';
      }
      case 'not_found': {
        if (!isOpen) {
          this.deps.ledger.addEvent(merchantUid, at, { type: 'lookup', note: { code: 'not_found', params: {} } });
          return 'resolved';
        }
        if (!this.requestSurelyEnded(record)) {
          this.deps.ledger.addEvent(merchantUid, at, { type: 'lookup', note: { code: 'not_found_yet', params: {} } });
          return 'open';
        }
        this.grace.forget(merchantUid);
        this.deps.ledger.mark(
          merchantUid,
          { status: 'failed', failReason: 'No payment was made: PortOne has no record of this charge.', reasonCode: 'not_charged' },
          at,
          { type: 'lookup', note: { code: 'not_charged', params: {} } },
        );
        return 'resolved';
      }
      default: {
        const cause = answer.kind === 'unreachable' ? `${answer.cause} ${answer.detail}` : answer.kind;
        this.deps.ledger.addEvent(merchantUid, at, { type: 'lookup', note: { code: 'lookup_failed', params: { cause } } });
        return isOpen ? 'open' : 'resolved';
      }
    }
  }

  /**
   * A 404 proves nothing while PortOne may still be processing the request. It does once the
   * request never left, or the grace has passed on the monotonic clock since it ended on our side
   * (which is after it left, token fetch and 401 retry included). Unknown end (a restart): now.
   */
  private requestSurelyEnded(record: LedgerRecord): boolean {
    return record.requestSentAt === null || this.grace.surelyEnded(record.payment.merchantUid);
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
