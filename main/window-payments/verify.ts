import type { PortOnePayment } from '../portone/schemas';

/** What the POS expects the payment to be: written to the ledger before the window opened. */
export interface Expected {
  merchantUid: string;
  amount: number;
}

/**
 * PortOne's payment read against the sale (portone-v1.md §7.3). The callback is only a hint:
 * paid only if status, amount and merchant_uid all match.
 * - `other_order`: the payment belongs to another merchant_uid (a forged or mixed-up callback);
 *   it says nothing about this sale, which is then looked up by its own merchant_uid
 * - `tampered`: this sale's payment with another amount: cancelled at PortOne
 * - `in_progress`: `ready` without an issued account: the customer has not finished
 */
export type Verdict =
  | { kind: 'paid' }
  | { kind: 'vbank_issued' }
  | { kind: 'failed'; reason: string }
  | { kind: 'in_progress' }
  | { kind: 'cancelled' }
  | { kind: 'other_order' }
  | { kind: 'tampered'; reason: string };

export function verdictOf(payment: PortOnePayment, expected: Expected): Verdict {
  if (payment.merchant_uid !== expected.merchantUid) return { kind: 'other_order' };
  const issued = payment.status === 'ready' && payment.pay_method === 'vbank' && payment.vbank_num !== null;
  if ((payment.status === 'paid' || issued) && payment.amount !== expected.amount) {
    return { kind: 'tampered', reason: `PortOne ₩${payment.amount}, sale ₩${expected.amount}` };
  }
  switch (payment.status) {
    case 'paid':
      return { kind: 'paid' };
    case 'ready':
      return issued ? { kind: 'vbank_issued' } : { kind: 'in_progress' };
    case 'failed':
      return { kind: 'failed', reason: payment.fail_reason ?? 'The card company or bank declined the payment.' };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}
