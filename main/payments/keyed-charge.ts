import { ChargeReasonCode, type ChargeResult, type KeyedChargeInput } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { maskCardNumber, toPortOneCardNumber } from '../../domain/card-number';
import type { Ledger, LedgerRecord } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { OnetimeRequest } from '../portone/client';
import type { ChargeAnswer } from '../portone/outcomes';
import type { Backend } from './backend';
import { newMerchantUid } from './merchant-uid';
import type { Resolver } from './resolver';
import { settlementOf } from './settlement';
import { validateKeyed } from './validate-keyed';

export interface KeyedChargeDeps {
  ledger: Ledger;
  resolver: Resolver;
  /** Null while no PortOne is configured. */
  backend: () => Backend | null;
  logger: Logger;
  now: () => number;
  /** Who is at the till (no cashier login yet: the core passes a fixed name). */
  cashier: () => string;
  newMerchantUid?: (now: number) => string;
}

const NOT_SENT_REASON = 'PortOne could not be reached. Nothing was charged; try again.';

/**
 * Phone-order (keyed) charges. One charge at a time; one request per `attemptId`, ever: a repeat
 * returns the first attempt's result (waiting for it if it is still running).
 */
export class KeyedChargeService {
  private inflight: { input: KeyedChargeInput; result: Promise<ChargeResult> } | null = null;

  constructor(private readonly deps: KeyedChargeDeps) {}

  /** Resolves once no charge is in flight (its result, success or not, is already in the ledger). */
  async whenIdle(): Promise<void> {
    await this.inflight?.result.catch(() => undefined);
  }

  /** Everything up to the first `await` runs synchronously, so two calls cannot both pass the checks. */
  async chargeKeyed(input: KeyedChargeInput): Promise<ChargeResult> {
    validateKeyed(input, new Date(this.deps.now()));
    if (this.inflight?.input.attemptId === input.attemptId) {
      assertSameSale(this.inflight.input, input);
      return this.inflight.result;
    }
    const earlier = this.deps.ledger.findByAttempt(input.attemptId);
    if (earlier) {
      assertSameSale({ amount: earlier.payment.amount, taxFree: earlier.payment.taxFree }, input);
      return resultOf(earlier, null);
    }
    if (this.inflight) {
      throw new AppError('conflict', 'Another card payment is still in progress. Wait for its result.');
    }
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.');
    if (!backend.keyedMid) {
      throw new AppError('unavailable', 'The keyed-payment MID is not set. Enter it in settings.', 'keyedMid');
    }
    const result = this.run(input, backend, backend.keyedMid).finally(() => {
      this.inflight = null;
    });
    this.inflight = { input, result };
    return result;
  }

  private async run(input: KeyedChargeInput, backend: Backend, keyedMid: string): Promise<ChargeResult> {
    const { ledger, now, logger } = this.deps;
    const merchantUid = (this.deps.newMerchantUid ?? newMerchantUid)(now());
    const at = now();
    // The request leaves right after this returns: intent and "sent" share one synced write.
    ledger.insertIntent({
      merchantUid,
      attemptId: input.attemptId,
      kind: 'keyed',
      amount: input.amount,
      taxFree: input.taxFree,
      orderName: input.orderName,
      buyerName: input.buyerName,
      cardQuota: input.cardQuota,
      cardNumberMasked: maskCardNumber(input.cardNumber),
      cashier: this.deps.cashier(),
      sandbox: backend.sandbox,
      apiEnv: backend.apiEnv,
      at,
      requestSentAt: at,
    });
    logger.info('keyed charge: sending', { merchantUid, amount: input.amount });
    const answer = await this.send(backend, {
      merchant_uid: merchantUid,
      amount: input.amount,
      tax_free: input.taxFree,
      card_number: toPortOneCardNumber(input.cardNumber),
      expiry: input.expiry,
      birth: input.birth,
      pwd_2digit: input.pwd2digit,
      pg: `settle.${keyedMid}`,
      name: input.orderName,
      buyer_name: input.buyerName,
      buyer_tel: input.buyerTel,
      card_quota: input.cardQuota,
    });
    const reasonCode = this.record(merchantUid, input.amount, answer);
    logger.info('keyed charge: answered', { merchantUid, outcome: answer.outcome });
    const record = ledger.get(merchantUid);
    if (!record) throw new AppError('internal', 'The payment record disappeared.');
    return resultOf(record, reasonCode);
  }

  /** The client never rejects; should it ever, the request may have gone out, so it is `unknown`. */
  private async send(backend: Backend, request: OnetimeRequest): Promise<ChargeAnswer> {
    try {
      return await backend.client.chargeOnetime(request);
    } catch {
      return { outcome: 'unknown', cause: 'network', detail: 'client error' };
    }
  }

  /** Writes the answer to the ledger; returns the reason code for the screen. */
  private record(merchantUid: string, amount: number, answer: ChargeAnswer): ChargeReasonCode | null {
    const { ledger, now } = this.deps;
    const at = now();
    switch (answer.outcome) {
      case 'paid':
      case 'failed':
        if (answer.payment.amount !== amount) {
          this.deps.logger.error('payment amount differs from the intent', { merchantUid });
          ledger.addEvent(merchantUid, at, 'amount_mismatch', `PortOne ₩${answer.payment.amount}, intent ₩${amount}`);
        }
        ledger.settle(merchantUid, settlementOf(answer.payment), at, {
          type: 'outcome',
          detail: `${answer.outcome} ${answer.payment.imp_uid}`,
        });
        return answer.outcome === 'paid' ? null : 'declined';
      case 'rejected': {
        const code: ChargeReasonCode = answer.rejection === 'declined' ? 'declined' : answer.rejection;
        ledger.mark(merchantUid, { status: 'rejected', failReason: answer.reason, reasonCode: code }, at, {
          type: 'outcome',
          detail: `rejected (${answer.rejection})`,
        });
        return code;
      }
      case 'not_sent':
        ledger.mark(merchantUid, { status: 'failed', failReason: NOT_SENT_REASON, reasonCode: 'not_sent' }, at, {
          type: 'outcome',
          detail: `not sent: ${answer.cause} ${answer.detail}`,
        });
        return 'not_sent';
      case 'unknown':
        ledger.mark(merchantUid, { status: 'unknown', failReason: null, reasonCode: 'checking' }, at, {
          type: 'outcome',
          detail: `unknown: ${answer.cause} ${answer.detail}`,
        });
        this.deps.resolver.track(merchantUid);
        return 'checking';
    }
  }
}

function assertSameSale(first: { amount: number; taxFree: number }, again: KeyedChargeInput): void {
  if (first.amount !== again.amount || first.taxFree !== again.taxFree) {
    throw new AppError('conflict', 'This sale was already sent with a different amount. Start a new sale.');
  }
}

/** The screen's view of a ledger record. */
function resultOf(record: LedgerRecord, reasonCode: ChargeReasonCode | null): ChargeResult {
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
