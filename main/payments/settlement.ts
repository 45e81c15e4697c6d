import { maskCardNumber } from '../../domain/card-number';
import { ledgerStatusOf } from '../../domain/payment-status';
import type { Settlement } from '../ledger/ledger';
import type { PortOnePayment } from '../portone/schemas';
import type { Backend } from './backend';

const TEST_PAYMENT_REASON =
  'PortOne made a test payment (sandbox) although the app is in live mode: the channel is a test channel. Nothing real was charged; check the PortOne channel settings.';

export const TAMPERED_REASON = "PortOne's payment did not match this sale; it was cancelled.";

/**
 * What the ledger records for PortOne's payment of an intent of `intentAmount`:
 * - in live mode a test payment (`sandbox: true`) is a configuration error, never a sale:
 *   `rejected`, reason code `test_payment`;
 * - PortOne holding another amount than the intent's (paid, or an issued account) is a mismatch,
 *   never `paid`: it stays open (`unknown`, reason code `mismatch`) until a lookup sees it cancelled.
 */
export function settlementOf(payment: PortOnePayment, backend: Pick<Backend, 'sandbox'>, intentAmount: number): Settlement {
  const failed = payment.status === 'failed';
  if (payment.sandbox && !backend.sandbox && !failed) {
    return { ...copied(payment), status: 'rejected', failReason: TEST_PAYMENT_REASON, reasonCode: 'test_payment' };
  }
  if (payment.amount !== intentAmount && payment.status !== 'failed') {
    if (payment.status === 'cancelled') return { ...copied(payment), status: 'cancelled', failReason: TAMPERED_REASON, reasonCode: 'tampered' };
    const failReason = `PortOne holds ₩${payment.amount} for this sale of ₩${intentAmount}: it must be cancelled (PortOne console) before the sale counts.`;
    return { ...copied(payment), status: 'unknown', failReason, reasonCode: 'mismatch' };
  }
  return {
    ...copied(payment),
    status: ledgerStatusOf(payment.status, payment.cancel_amount),
    failReason: failed ? (payment.fail_reason ?? 'The card company declined the payment.') : null,
    reasonCode: failed ? 'declined' : null,
  };
}

function copied(payment: PortOnePayment): Omit<Settlement, 'status' | 'failReason' | 'reasonCode'> {
  return {
    impUid: payment.imp_uid,
    cardName: payment.card_name,
    // PortOne masks already; masking again guarantees at most 6 + 4 digits are ever stored.
    cardNumberMasked: payment.card_number ? maskCardNumber(payment.card_number) : null,
    cardQuota: payment.card_quota,
    applyNum: payment.apply_num,
    receiptUrl: payment.receipt_url,
    cancelAmount: payment.cancel_amount,
    sandbox: payment.sandbox,
    portoneStatus: payment.status,
    portoneAmount: payment.amount,
  };
}
