import { KST_OFFSET_MS } from './schedule-dates';

/**
 * 현금영수증 rules a Korean till must follow (portone-v1.md §13, tax-law facts): who the receipt
 * goes to, by when, and how its identifier may be shown. Pure: main and renderer share them.
 */

/** The 국세청 code a receipt is issued to when the buyer gives no number (자진발급). */
export const SELF_ISSUE_IDENTIFIER = '010-000-1234';
/** In a mandatory sector (의무발행업종) a cash sale from this amount (VAT included) needs a receipt. */
export const MANDATORY_RECEIPT_FROM = 100_000;
/** Days after the sale within which the receipt must be issued. */
export const ISSUE_WITHIN_DAYS = 5;

export type IdentifierType = 'phone' | 'business' | 'taxcard';

/**
 * What to issue for a cash amount: to the buyer's number when given; else 자진발급 when the shop
 * is in a mandatory sector and the transaction is ≥ ₩100,000; else nothing. The threshold is per
 * transaction (건당 거래금액): the cash part of a split sale (`saleAmount`, the whole sale) is
 * covered when the sale reaches it, even if the cash alone does not. Issuing when in doubt is the
 * safe side: a 자진발급 receipt costs nothing, a missing one is fined.
 */
export function receiptRecipient(input: { mandatorySector: boolean; cashAmount: number; saleAmount?: number; buyerGaveNumber: boolean }): 'buyer' | 'self_issue' | 'none' {
  if (input.buyerGaveNumber) return 'buyer';
  const transaction = Math.max(input.cashAmount, input.saleAmount ?? 0);
  return input.mandatorySector && transaction >= MANDATORY_RECEIPT_FROM ? 'self_issue' : 'none';
}

const kstDay = (ms: number): number => Math.floor((ms + KST_OFFSET_MS) / 86_400_000);

/**
 * Days late an issue at `nowMs` is for cash taken at `takenAtMs`, counted in KST calendar days:
 * 0 within the 5 days (the sale's day + 5), otherwise how many days past. The till still issues
 * a late receipt (the buyer is owed it) but warns that the deadline has passed.
 */
export function daysLate(takenAtMs: number, nowMs: number): number {
  return Math.max(0, kstDay(nowMs) - kstDay(takenAtMs) - ISSUE_WITHIN_DAYS);
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * The identifier as the till may keep and show it: personal data, so never in full.
 * Phone `010-****-1234`, business number `123-45-*****`, 현금영수증 card `************5678`.
 */
export function maskIdentifier(identifier: string, type: IdentifierType): string {
  const d = digitsOf(identifier);
  switch (type) {
    case 'phone':
      // Seoul's area code is two digits (02-123-4567); every other prefix three.
      return `${d.slice(0, d.startsWith('02') ? 2 : 3)}-****-${d.slice(-4)}`;
    case 'business':
      return `${d.slice(0, 3)}-${d.slice(3, 5)}-*****`;
    case 'taxcard':
      return `${'*'.repeat(Math.max(0, d.length - 4))}${d.slice(-4)}`;
  }
}
