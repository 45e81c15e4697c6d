import type { PaymentStatus } from '../../contract/schemas';
import { maskCardNumber } from '../../domain/card-number';
import type { Settlement } from '../ledger/ledger';
import type { PortOnePayment } from '../portone/schemas';

/** The ledger status for a PortOne payment. V1 keeps `paid` after a partial cancel; we say so. */
function statusOf(payment: PortOnePayment): PaymentStatus {
  switch (payment.status) {
    case 'paid':
      return payment.cancel_amount > 0 ? 'partially_cancelled' : 'paid';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
      return 'failed';
    case 'ready':
      return 'ready';
  }
}

export function settlementOf(payment: PortOnePayment): Settlement {
  const failed = payment.status === 'failed';
  return {
    status: statusOf(payment),
    impUid: payment.imp_uid,
    cardName: payment.card_name,
    // PortOne masks already; masking again guarantees at most 6 + 4 digits are ever stored.
    cardNumberMasked: payment.card_number ? maskCardNumber(payment.card_number) : null,
    cardQuota: payment.card_quota,
    applyNum: payment.apply_num,
    receiptUrl: payment.receipt_url,
    failReason: failed ? (payment.fail_reason ?? 'The card company declined the payment.') : null,
    reasonCode: failed ? 'declined' : null,
    cancelAmount: payment.cancel_amount,
    sandbox: payment.sandbox,
  };
}
