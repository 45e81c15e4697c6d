import type { RefundInput, RefundQuote, RefundResult } from '../../contract/refunds';
import { AppError } from '../../contract/result';
import type { EventNote } from '../../contract/schemas';
import { refundSplitProblem } from '../../domain/refund-split';
import { vatOf } from '../../domain/money';
import { isOpenStatus, isRefundable } from '../../domain/payment-status';
import type { AccessControl, Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import { eventDetail } from '../ledger/event-detail';
import type { Ledger, LedgerRecord } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { settlementOf } from '../payments/settlement';
import type { CallResult } from '../portone/outcomes';
import type { RequestGrace } from '../portone/request-grace';
import type { PortOnePayment } from '../portone/schemas';
import type { RefundStore } from './refund-store';

export interface RefundServiceDeps {
  ledger: Ledger;
  store: RefundStore;
  backend: () => Backend | null;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  /** Wall clock: event times only, never a decision. */
  now: () => number;
  /** Whether an unanswered cancel can no longer be arriving at PortOne (keyed by refund id). */
  grace: RequestGrace;
}

const SPLIT_MESSAGES = {
  over_balance: 'amount: more than the refundable balance',
  over_tax_free: 'tax-free: more than the refund or the tax-free money left',
  taxable_over: 'tax-free: too small — the taxable part is more than the taxable money left',
} as const;

/**
 * Full and partial refunds through `POST /payments/cancel` by `imp_uid`, always with `checksum`
 * (the balance the ledger believes), the refund's own `tax_free` and a reason. A refusal re-reads
 * the payment so a balance changed elsewhere is shown, not retried; an unanswered cancel is
 * resolved by reading the payment, never by cancelling again.
 */
export class RefundService {
  private readonly inflight = new Set<string>();

  constructor(private readonly deps: RefundServiceDeps) {}

  quote(merchantUid: string): RefundQuote {
    const record = this.deps.ledger.get(merchantUid);
    if (!record) throw new AppError('not_found', 'No payment with this order number.', { reason: 'history.payment_not_found' });
    return this.quoteOf(record);
  }

  async refund(input: RefundInput): Promise<RefundResult> {
    const actor = await this.deps.access.authorize('manager', input.approval);
    const record = this.deps.ledger.get(input.merchantUid);
    if (!record) throw new AppError('not_found', 'No payment with this order number.', { reason: 'history.payment_not_found' });
    const backend = this.refundableThrough(record);
    const quote = this.quoteOf(record);
    if (this.inflight.has(input.merchantUid) || quote.checking) {
      throw new AppError('conflict', 'A refund of this payment is still being checked with the card company. Wait for its result.', { reason: 'refunds.refund_checking' });
    }
    if (quote.refundable !== input.expectedRefundable) {
      throw new AppError('conflict', 'The refundable balance changed since it was shown. Look at it again before refunding.', { reason: 'refunds.balance_changed', field: 'expectedRefundable' });
    }
    const problem = refundSplitProblem(input, { refundable: quote.refundable, taxFreeLeft: quote.taxFreeLeft });
    if (problem) throw new AppError('invalid_input', SPLIT_MESSAGES[problem.problem], { reason: `refunds.${problem.problem}`, field: problem.field });

    this.inflight.add(input.merchantUid);
    try {
      return await this.send(input, record, backend, quote.refundable, actor);
    } finally {
      this.inflight.delete(input.merchantUid);
    }
  }

  /**
   * Re-reads the payment from PortOne (the history's "refresh"): copies status, cancel amount and
   * cancel history, and settles refunds whose answer never came.
   */
  async refresh(merchantUid: string): Promise<void> {
    const record = this.deps.ledger.get(merchantUid);
    const backend = this.deps.backend();
    if (!record?.payment.impUid || !backend || record.apiEnv !== backend.apiEnv) return;
    const answer = await backend.client.getPayment(record.payment.impUid);
    if (answer.kind === 'ok') this.adopt(record, answer.value, backend, 'lookup');
    else this.deps.ledger.addEvent(merchantUid, this.deps.now(), { type: 'lookup', note: { code: 'lookup_failed', params: { cause: answer.kind } } });
  }

  /** Start-up: every refund a crash or timeout left open is looked up once. */
  async recoverPending(): Promise<void> {
    const uids = new Set(this.deps.store.open().map((r) => r.merchant_uid));
    for (const uid of uids) await this.refresh(uid);
  }

  private async send(input: RefundInput, record: LedgerRecord, backend: Backend, checksum: number, actor: Actor): Promise<RefundResult> {
    const { ledger, store, now } = this.deps;
    const uid = record.payment.merchantUid;
    const impUid = record.payment.impUid ?? '';
    const at = now();
    const id = store.insert({ merchantUid: uid, amount: input.amount, taxFree: input.taxFree, checksum, reason: input.reason, actor: actor.name, at });
    ledger.addEvent(uid, at, {
      type: 'refund_requested',
      note: { code: 'refund_requested', params: { amount: input.amount, taxFree: input.taxFree, balance: checksum, actor: actor.name, reason: input.reason } },
    });
    const answer = await backend.client.cancel({ imp_uid: impUid, amount: input.amount, tax_free: input.taxFree, checksum, reason: input.reason });
    const audit = (outcome: string) =>
      this.deps.audit.record(actor, 'refund', uid, { amount: input.amount, taxFree: input.taxFree, outcome });

    if (answer.kind === 'ok' && answer.value.merchant_uid === uid) {
      // One transaction: a crash between the two left the refund "done" while the payment kept its
      // old cancelled amount, and nothing looks a done refund up again (seen in the fault campaign).
      ledger.batch(() => {
        store.setStatus(id, 'refunded', null, now());
        this.adopt(record, answer.value, backend, 'refund', { code: 'refunded', params: { amount: input.amount, taxFree: input.taxFree, reason: input.reason } });
      });
      audit('refunded');
      return this.result('refunded', null, null, uid);
    }
    if (answer.kind === 'unreachable' && !answer.maybeDelivered) {
      store.setStatus(id, 'not_refunded', 'not sent', now());
      ledger.addEvent(uid, now(), { type: 'refund_refused', note: { code: 'refund_not_sent', params: {} } });
      audit('not_sent');
      return this.result('refused', { code: 'refund_not_sent', params: {} }, null, uid);
    }
    if (answer.kind === 'unreachable' || answer.kind === 'ok') {
      store.setStatus(id, 'unknown', null, now());
      this.deps.grace.ended(String(id));
      ledger.addEvent(uid, now(), {
        type: 'refund_unknown',
        note: answer.kind === 'ok' ? { code: 'other_payment', params: {} } : { code: 'refund_no_answer', params: { cause: `${answer.cause} ${answer.detail}` } },
      });
      audit('unknown');
      await this.refresh(uid);
      const settled = store.forPayment(uid).find((r) => r.id === id);
      if (settled?.status === 'refunded') return this.result('refunded', null, null, uid);
      return this.result('unknown', null, null, uid);
    }

    // Refused: read the payment, so a balance changed elsewhere shows as what it is.
    const refusal = refusalNote(answer);
    const reason = eventDetail(refusal);
    store.setStatus(id, 'refused', reason, now());
    ledger.addEvent(uid, now(), { type: 'refund_refused', note: refusal });
    const reread = await backend.client.getPayment(impUid);
    if (reread.kind === 'ok') {
      this.adopt(record, reread.value, backend, 'lookup');
      const actual = reread.value.amount - reread.value.cancel_amount;
      if (actual !== checksum) {
        ledger.addEvent(uid, now(), { type: 'checksum_mismatch', note: { code: 'checksum_mismatch', params: { balance: checksum, actual } } });
        this.deps.logger.warn('refund: balance differs from PortOne', { merchantUid: uid });
        audit('mismatch');
        return this.result('mismatch', refusal, { believed: checksum, actual }, uid);
      }
    }
    audit('refused');
    return this.result('refused', refusal, null, uid);
  }

  /** Copies PortOne's view of the payment into the ledger and settles refunds left open. */
  private adopt(record: LedgerRecord, payment: PortOnePayment, backend: Backend, type: string, note?: EventNote): void {
    const { ledger, store, now } = this.deps;
    const uid = record.payment.merchantUid;
    if (payment.merchant_uid !== uid) return;
    ledger.settle(uid, settlementOf(payment, backend, record.payment.amount), now(), {
      type,
      note: note ?? { code: 'portone_cancels', params: { status: payment.status, cancelled: payment.cancel_amount } },
    });
    store.replaceCancels(uid, payment.cancel_history);
    this.settleOpenRefunds(record, payment);
  }

  /**
   * A refund whose answer never came went through when PortOne lists more cancels of its amount
   * and reason than we have recorded as refunded; it did not once its request surely ended and
   * the cancel still is not there.
   */
  private settleOpenRefunds(record: LedgerRecord, payment: PortOnePayment): void {
    const { store, ledger, now } = this.deps;
    const uid = record.payment.merchantUid;
    const refunds = store.forPayment(uid);
    const backend = this.deps.backend();
    for (const open of refunds.filter((r) => isOpenStatus(r.status))) {
      const same = (r: { amount: number; reason: string | null }) => r.amount === open.amount && r.reason === open.reason;
      const listed = payment.cancel_history.filter(same).length;
      const known = store.forPayment(uid).filter((r) => r.status === 'refunded' && same(r)).length;
      if (listed > known) {
        store.setStatus(open.id, 'refunded', null, now());
        this.deps.grace.forget(String(open.id));
        ledger.addEvent(uid, now(), { type: 'refund', note: { code: 'refund_found', params: { amount: open.amount, reason: open.reason ?? '' } } });
      } else if (backend && this.deps.grace.surelyEnded(String(open.id))) {
        store.setStatus(open.id, 'not_refunded', 'PortOne has no such cancel', now());
        this.deps.grace.forget(String(open.id));
        ledger.addEvent(uid, now(), { type: 'refund_refused', note: { code: 'refund_not_listed', params: { amount: open.amount } } });
      }
    }
  }

  private refundableThrough(record: LedgerRecord): Backend {
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.', { reason: 'settings.portone_not_configured' });
    if (record.apiEnv !== backend.apiEnv) {
      throw new AppError('unavailable', 'This payment was made with other PortOne settings; switch back to them to refund it.', { reason: 'refunds.other_settings' });
    }
    if (!isRefundable(record.payment.status) || !record.payment.impUid) {
      throw new AppError('conflict', 'Only an approved payment with money left can be refunded.', { reason: 'refunds.not_refundable' });
    }
    return backend;
  }

  private quoteOf(record: LedgerRecord): RefundQuote {
    const { payment } = record;
    const refunds = this.deps.store.forPayment(payment.merchantUid);
    // Only approved money can go back: a declined or open payment has nothing refundable.
    const refundable = isRefundable(payment.status) ? Math.max(0, payment.amount - payment.cancelAmount) : 0;
    const taxFreeRefunded = refunds.filter((r) => r.status === 'refunded').reduce((sum, r) => sum + r.tax_free, 0);
    const taxFreeLeft = Math.max(0, Math.min(payment.taxFree - taxFreeRefunded, refundable));
    return {
      payment,
      refundable,
      taxFreeLeft,
      vatLeft: vatOf(refundable, taxFreeLeft),
      cancels: this.deps.store.cancels(payment.merchantUid),
      checking: refunds.some((r) => isOpenStatus(r.status)),
    };
  }

  private result(outcome: RefundResult['outcome'], note: EventNote | null, mismatch: RefundResult['mismatch'], uid: string): RefundResult {
    return { outcome, reason: note ? eventDetail(note) : null, note, mismatch, quote: this.quote(uid) };
  }
}

/** PortOne's own message when it sent one (shown as sent), else ours. */
function refusalNote(answer: Exclude<CallResult<PortOnePayment>, { kind: 'ok' } | { kind: 'unreachable' }>): EventNote {
  if (answer.kind === 'unauthorized') return { code: 'refund_refused_credentials', params: {} };
  if (answer.message != null) return { code: 'refund_refused', params: { reason: answer.message } };
  return { code: answer.kind === 'not_found' ? 'refund_refused_unknown_payment' : 'refund_refused_plain', params: {} };
}
