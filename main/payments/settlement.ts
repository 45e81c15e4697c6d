import { maskCardNumber } from '../../domain/card-number';
import { ledgerStatusOf } from '../../domain/payment-status';
import type { Settlement } from '../ledger/ledger';
import type { PortOnePayment } from '../portone/schemas';
import type { Backend } from './backend';

const TEST_PAYMENT_REASON =
  'PortOne made a test payment (sandbox) although the app is in live mode: the channel is a test channel. Nothing real was charged; check the PortOne channel settings.';

/**
 * What the ledger records for PortOne's payment. In live mode a test payment (`sandbox: true`) is
 * a configuration error, never a sale: it is recorded `rejected` with its own reason code.
 */
export function settlementOf(payment: PortOnePayment, backend: Pick<Backend, 'sandbox'>): Settlement {
  const failed = payment.status === 'failed';
  if (payment.sandbox && !backend.sandbox && !failed) {
    return { ...copied(payment), status: 'rejected', failReason: TEST_PAYMENT_REASON, reasonCode: 'test_payment' };
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
  };
}
