import { ChargeReasonCode, type ChargeResult } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { isCharged, isOpenStatus } from '../../domain/payment-status';
import type { Intent, Ledger, LedgerRecord } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { ChargeAnswer } from '../portone/outcomes';
import type { Backend } from './backend';
import { newMerchantUid } from './merchant-uid';
import type { Resolver } from './resolver';
import { settlementOf } from './settlement';

export interface ChargeRunnerDeps {
  ledger: Ledger;
  resolver: Resolver;
  /** Null while no PortOne is configured. */
  backend: () => Backend | null;
  logger: Logger;
  now: () => number;
  /** Who is at the till. */
  cashier: () => string;
  newMerchantUid?: (now: number) => string;
}

/**
 * One charge as the services describe it; the runner owns everything that makes it safe. The
 * payment fields are the ledger's own (Intent), so the two cannot drift apart.
 */
export interface ChargeSpec
  extends Pick<Intent, 'kind' | 'amount' | 'taxFree' | 'orderName' | 'buyerName' | 'cardQuota' | 'cardNumberMasked'> {
  /** Required here: every server-side charge is deduplicated by its attempt. */
  attemptId: string;
  /** The sale across its attempts: one open or paid payment per sale; a retry after "not charged" reuses its merchant_uid. */
  saleId?: string;
  /** Extra rows that must be on disk with the intent (same synced transaction), e.g. a customer link. */
  onIntent?: (merchantUid: string) => void;
  /** The one request; `merchantUid` is already on disk when it is called. */
  send: (backend: Backend, merchantUid: string) => Promise<ChargeAnswer>;
}

const NOT_SENT_REASON = 'PortOne could not be reached. Nothing was charged; try again.';

/**
 * Intent → request → outcome → unknown-resolution, for every kind of server-side charge (keyed,
 * billing key). One charge at a time; one request per `attemptId`, ever: a repeat returns the
 * first attempt's result (waiting for it if it is still running).
 */
export class ChargeRunner {
  private inflight: { spec: ChargeSpec; result: Promise<ChargeResult> } | null = null;

  constructor(private readonly deps: ChargeRunnerDeps) {}

  /** Resolves once no charge is in flight (its result, success or not, is already in the ledger). */
  async whenIdle(): Promise<void> {
    await this.inflight?.result.catch(() => undefined);
  }

  /**
   * `ready` runs after the dedupe checks and before anything is written (e.g. "is the MID set"),
   * so a repeat of a finished attempt still answers when settings changed since.
   * Everything up to the first `await` runs synchronously, so two calls cannot both pass the checks.
   */
  async charge(spec: ChargeSpec, ready: (backend: Backend) => void = () => undefined): Promise<ChargeResult> {
    const repeat = this.repeatOf(spec);
    if (repeat) return repeat;
    if (this.inflight) {
      throw new AppError('conflict', 'Another card payment is still in progress. Wait for its result.', { reason: 'charge.charge_in_flight' });
    }
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.', { reason: 'settings.portone_not_configured' });
    const reuse = this.retryOf(spec, backend);
    ready(backend);
    const result = this.run(spec, backend, reuse).finally(() => {
      this.inflight = null;
    });
    this.inflight = { spec, result };
    return result;
  }

  /**
   * The result of an attempt already made (in flight or in the ledger), or null for a new one.
   * Callers ask before their own checks, so a repeat answers even when what it charged is gone
   * since (a removed card): the cashier must see that charge's result, not "no such customer".
   */
  repeatOf(spec: Pick<ChargeSpec, 'attemptId' | 'amount' | 'taxFree'>): Promise<ChargeResult> | null {
    if (this.inflight?.spec.attemptId === spec.attemptId) {
      assertSameSale(this.inflight.spec, spec);
      return this.inflight.result;
    }
    const earlier = this.deps.ledger.findByAttempt(spec.attemptId);
    if (!earlier) return null;
    assertSameSale({ amount: earlier.payment.amount, taxFree: earlier.payment.taxFree }, spec);
    return Promise.resolve(resultOf(earlier, null));
  }

  /**
   * The sale's earlier attempt: still open or charged → this one must not go out; settled as not
   * charged at the same PortOne (and nothing else points at it) → its merchant_uid is reused, so
   * that should "not charged" ever be wrong, PortOne refuses the already-paid merchant_uid.
   */
  private retryOf(spec: ChargeSpec, backend: Backend): string | null {
    const earlier = spec.saleId ? this.deps.ledger.latestOfSale(spec.saleId) : null;
    if (!earlier) return null;
    const { payment } = earlier.record;
    if (isOpenStatus(payment.status)) {
      throw new AppError('conflict', 'This sale has a payment still being checked with the card company. Wait for its answer.', { reason: 'charge.charge_in_flight' });
    }
    if (isCharged(payment.status) || payment.status === 'ready') throw new AppError('conflict', 'This sale is already paid. Start a new sale.', { reason: 'sales.already_paid' });
    // A payment window's merchant_uid stays the window's (its amount is registered there for the SDK).
    const reusable =
      payment.kind !== 'window' && !earlier.linked && spec.onIntent === undefined && earlier.record.apiEnv === backend.apiEnv && payment.amount === spec.amount;
    return reusable ? payment.merchantUid : null;
  }

  private async run(spec: ChargeSpec, backend: Backend, reuse: string | null): Promise<ChargeResult> {
    const { ledger, now, logger } = this.deps;
    const merchantUid = reuse ?? (this.deps.newMerchantUid ?? newMerchantUid)(now());
    const at = now();
    // The request leaves right after this returns: intent, "sent" and any linked rows share one synced write.
    ledger.batch(() => {
      if (reuse) return ledger.reopen(reuse, spec.attemptId, at);
      ledger.insertIntent({
        merchantUid,
        attemptId: spec.attemptId,
        saleId: spec.saleId ?? null,
        kind: spec.kind,
        amount: spec.amount,
        taxFree: spec.taxFree,
        orderName: spec.orderName,
        buyerName: spec.buyerName,
        cardQuota: spec.cardQuota,
        cardNumberMasked: spec.cardNumberMasked,
        cashier: this.deps.cashier(),
        sandbox: backend.sandbox,
        apiEnv: backend.apiEnv,
        at,
        requestSentAt: at,
      });
      spec.onIntent?.(merchantUid);
    });
    logger.info(`${spec.kind} charge: sending`, { merchantUid, amount: spec.amount });
    const answer = await send(() => spec.send(backend, merchantUid));
    const reasonCode = this.record(merchantUid, spec.amount, answer, backend);
    logger.info(`${spec.kind} charge: answered`, { merchantUid, outcome: answer.outcome });
    const record = ledger.get(merchantUid);
    if (!record) throw new AppError('internal', 'The payment record disappeared.', { reason: 'charge.record_lost' });
    return resultOf(record, reasonCode);
  }

  /** Writes the answer to the ledger; returns the reason code for the screen. */
  private record(merchantUid: string, amount: number, answer: ChargeAnswer, backend: Backend): ChargeReasonCode | null {
    const { ledger, now } = this.deps;
    const at = now();
    switch (answer.outcome) {
      case 'paid':
      case 'failed': {
        const settlement = settlementOf(answer.payment, backend, amount);
        ledger.settle(merchantUid, settlement, at, {
          type: 'outcome',
          note: { code: answer.outcome, params: { impUid: answer.payment.imp_uid, amount: answer.payment.amount } },
        });
        if (settlement.reasonCode === 'mismatch') {
          // Never paid at another amount: open until a lookup sees it cancelled.
          this.deps.logger.error('payment amount differs from the intent', { merchantUid });
          this.deps.resolver.track(merchantUid);
          return 'checking';
        }
        const code = ChargeReasonCode.safeParse(settlement.reasonCode);
        return code.success ? code.data : null;
      }
      case 'rejected': {
        const code: ChargeReasonCode = answer.rejection === 'declined' ? 'declined' : answer.rejection;
        ledger.mark(merchantUid, { status: 'rejected', failReason: answer.reason, reasonCode: code }, at, {
          type: 'outcome',
          note: { code: 'rejected', params: { rejection: answer.rejection } },
        });
        return code;
      }
      case 'not_sent':
        ledger.mark(merchantUid, { status: 'failed', failReason: NOT_SENT_REASON, reasonCode: 'not_sent' }, at, {
          type: 'outcome',
          note: { code: 'not_sent', params: { cause: `${answer.cause} ${answer.detail}` } },
        });
        return 'not_sent';
      case 'unknown':
        ledger.mark(merchantUid, { status: 'unknown', failReason: null, reasonCode: 'checking' }, at, {
          type: 'outcome',
          note: { code: 'no_answer', params: { cause: `${answer.cause} ${answer.detail}` } },
        });
        this.deps.resolver.requestEnded(merchantUid);
        this.deps.resolver.track(merchantUid);
        return 'checking';
    }
  }
}

/** The client never rejects; should it ever, the request may have gone out, so it is `unknown`. */
async function send(request: () => Promise<ChargeAnswer>): Promise<ChargeAnswer> {
  try {
    return await request();
  } catch {
    return { outcome: 'unknown', cause: 'network', detail: 'client error' };
  }
}

function assertSameSale(first: { amount: number; taxFree: number }, again: { amount: number; taxFree: number }): void {
  if (first.amount !== again.amount || first.taxFree !== again.taxFree) {
    throw new AppError('conflict', 'This sale was already sent with a different amount. Start a new sale.', { reason: 'charge.attempt_amount_changed' });
  }
}

/** The screen's view of a ledger record. */
export function resultOf(record: LedgerRecord, reasonCode: ChargeReasonCode | null): ChargeResult {
  const { payment } = record;
  const stored = ChargeReasonCode.safeParse(record.reasonCode);
  const code = reasonCode ?? (stored.success ? stored.data : null);
  switch (payment.status) {
    case 'paid':
    case 'cancelled':
    case 'partially_cancelled':
      return { merchantUid: payment.merchantUid, outcome: 'paid', reason: null, reasonCode: null, payment };
    case 'failed':
    case 'rejected':
      return { merchantUid: payment.merchantUid, outcome: payment.status, reason: payment.failReason, reasonCode: code, payment };
    case 'pending':
    case 'unknown':
    case 'ready':
      return { merchantUid: payment.merchantUid, outcome: 'unknown', reason: null, reasonCode: 'checking', payment };
  }
}
