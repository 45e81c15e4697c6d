import { maskCardNumber } from '../../domain/card-number';
import { ledgerStatusOf } from '../../domain/payment-status';
import type { Settlement } from '../ledger/ledger';
import type { PortOnePayment } from '../portone/schemas';

export function settlementOf(payment: PortOnePayment): Settlement {
  const failed = payment.status === 'failed';
  return {
    status: ledgerStatusOf(payment.status, payment.cancel_amount),
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
