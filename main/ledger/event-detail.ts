import type { EventNote } from '../../contract/schemas';

/**
 * The English `detail` stored beside an event's note: for logs and support, and what an older
 * version of the app shows. The cashier reads the note in their own language (renderer/src/history).
 */
export function eventDetail(note: EventNote): string {
  switch (note.code) {
    case 'intent':
      return `${note.params.kind} ₩${note.params.amount} (tax-free ₩${note.params.taxFree})`;
    case 'request_sent':
      return '';
    case 'retry_attempt':
      return `attempt ${note.params.attemptId} under the same merchant_uid`;
    case 'retry_window':
      return 'a new window under the same merchant_uid';
    case 'paid':
    case 'failed':
      return `${note.code} ${note.params.impUid} ₩${note.params.amount}`;
    case 'rejected':
      return `rejected (${note.params.rejection})`;
    case 'not_sent':
      return `not sent: ${note.params.cause}`;
    case 'no_answer':
      return `unknown: ${note.params.cause}`;
    case 'other_payment':
      return 'answer was for another merchant_uid';
    case 'portone_ready':
      return 'PortOne: ready (not paid yet)';
    case 'portone_status':
      return `PortOne: ${note.params.status} ${note.params.impUid} ₩${note.params.amount}`;
    case 'not_found':
      return 'PortOne: not found';
    case 'not_found_yet':
      return 'PortOne: not found yet';
    case 'not_charged':
      return 'PortOne: not found after the request ended → not charged';
    case 'lookup_failed':
      return `no answer: ${note.params.cause}`;
    case 'refund_requested': {
      const p = note.params;
      return `₩${p.amount} (tax-free ₩${p.taxFree}), balance ₩${p.balance}, by ${p.actor}: ${p.reason}`;
    }
    case 'refund_not_sent':
      return 'PortOne could not be reached; nothing was refunded';
    case 'refund_no_answer':
      return note.params.cause;
    case 'refund_refused':
      return note.params.reason;
    case 'refund_refused_credentials':
      return 'PortOne did not accept the API key or secret.';
    case 'refund_refused_unknown_payment':
      return 'PortOne does not know this payment.';
    case 'refund_refused_plain':
      return 'PortOne refused the refund.';
    case 'refund_not_listed':
      return `₩${note.params.amount}: PortOne has no such cancel → not refunded`;
    case 'refund_found':
      return `₩${note.params.amount} refunded (found by lookup): ${note.params.reason}`;
    case 'refunded':
      return `₩${note.params.amount} refunded (tax-free ₩${note.params.taxFree}): ${note.params.reason}`;
    case 'portone_cancels':
      return `PortOne: ${note.params.status}, cancelled ₩${note.params.cancelled}`;
    case 'checksum_mismatch':
      return `the POS believed ₩${note.params.balance} refundable, PortOne says ₩${note.params.actual}`;
    case 'schedule_ran':
      return `PortOne ran the schedule (${note.params.usage ?? 'usage unknown'})`;
    case 'billing_key_missing':
      return 'PortOne: billing key not found (customer flagged)';
    case 'prepare_failed':
      return `prepare failed: ${note.params.cause}`;
    case 'window_opened':
      return `${note.params.payMethod} via settle.${note.params.mid}`;
    case 'window_not_opened':
      return 'window not opened';
    case 'callback_rejected':
      return `imp_uid ${note.params.impUid} ${note.params.cause}; looked up by merchant_uid`;
    case 'window_refused':
      return `refused before the PG window: ${note.params.errorCode}`;
    case 'verifying':
      return `verification: ${note.params.cause}`;
    case 'in_progress':
      return `PortOne: ready ${note.params.impUid} (not finished)`;
    case 'test_payment':
      return `test payment ${note.params.impUid} in live mode`;
    case 'vbank_issued':
      return `${note.params.bank} ${note.params.account} (${note.params.holder}), awaiting deposit`;
    case 'vbank_pending':
      return 'awaiting deposit';
    case 'window_closed':
      return `closed; PortOne: ${note.params.status} ${note.params.impUid}`;
    case 'tampered':
      return `PortOne ₩${note.params.actual}, sale ₩${note.params.amount}`;
    case 'tamper_cancelled':
      return `tampered; cancelled ${note.params.impUid}`;
    case 'tamper_cancel_failed':
      return `tampered; cancel failed (${note.params.cause})`;
  }
}
