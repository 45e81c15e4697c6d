import { z } from 'zod';
import { defineReasons } from './result';
import { EventNote, Krw, ManagerApproval, MerchantUid, PaymentView, FreeText } from './schemas';

/** One (partial) cancel as PortOne lists it in `cancel_history`. */
export const CancelView = z.object({
  amount: Krw,
  reason: z.string(),
  /** ms */
  cancelledAt: z.number().int(),
  receiptUrl: z.string().nullable(),
});
export type CancelView = z.infer<typeof CancelView>;

/** What can still be refunded, shown before the cashier confirms (VAT included in the amounts). */
export const RefundQuote = z.object({
  payment: PaymentView,
  /** Amount − cancelled so far: the `checksum` the refund will carry. */
  refundable: Krw,
  taxFreeLeft: Krw,
  /** VAT inside the refundable balance (1/11 of its taxable part). */
  vatLeft: Krw,
  cancels: z.array(CancelView),
  /** A refund whose outcome is still being checked with PortOne: no other refund until it is known. */
  checking: z.boolean(),
});
export type RefundQuote = z.infer<typeof RefundQuote>;

export const RefundInput = z.strictObject({
  merchantUid: MerchantUid,
  amount: Krw.min(1, 'refund amount must be at least ₩1'),
  /** The refund's own tax-free part (≤ the amount and the tax-free money left). */
  taxFree: Krw,
  reason: FreeText(z.string().trim().min(1, 'reason: say why the money goes back').max(200, 'reason: at most 200 characters'), 'reason'),
  /** The balance the cashier saw when confirming; a different one now means look again first. */
  expectedRefundable: Krw,
  approval: ManagerApproval.optional(),
});
export type RefundInput = z.infer<typeof RefundInput>;

/**
 * `refunded`: PortOne cancelled it. `mismatch`: PortOne's balance differs from the ledger's (a
 * refund made elsewhere); nothing was refunded, the payment was re-read (`believed` vs `actual`).
 * `refused`: PortOne said no (or was not reached). `unknown`: no answer; being checked by lookup,
 * never by sending the cancel again.
 */
export const RefundOutcome = z.enum(['refunded', 'mismatch', 'refused', 'unknown']);
export type RefundOutcome = z.infer<typeof RefundOutcome>;

export const RefundResult = z.object({
  outcome: RefundOutcome,
  /** Why it was not refunded, in English for logs; `note` is the same for the cashier's language. */
  reason: z.string().nullable(),
  note: EventNote.nullable(),
  mismatch: z.object({ believed: Krw, actual: Krw }).nullable(),
  quote: RefundQuote,
});
export type RefundResult = z.infer<typeof RefundResult>;

const ByUid = z.strictObject({ merchantUid: MerchantUid });

export const refundsContract = {
  refundQuote: { channel: 'refunds:quote', request: ByUid, response: RefundQuote },
  refund: { channel: 'refunds:refund', request: RefundInput, response: RefundResult },
} as const;

export const refundsReasons = defineReasons('refunds', [
  'refund_checking',
  'balance_changed',
  'over_balance',
  'over_tax_free',
  'taxable_over',
  'other_settings',
  'not_refundable',
]);
