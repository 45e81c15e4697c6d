/**
 * How a sale's `tax_free` is shared among its tender parts (복합결제), and the change due on cash.
 *
 * THE RULE: each part, when it is paid, takes the share of the still-open tax-free amount that its
 * amount is of the still-open sale amount, rounded to the won by largest remainder between it and
 * the rest (= half up, a tie going to the part); the part that closes the sale takes whatever
 * tax-free is left. So the parts always add up exactly to the sale's `tax_free`, every part keeps
 * 0 ≤ tax_free ≤ amount (the open tax-free never exceeds the open amount), and a part's figure
 * does not depend on how the rest is paid later — a card part is charged with its `tax_free`
 * before the next tender is even chosen, and a cash part's 현금영수증 needs its own.
 * Why proportional and not "cash covers the tax-free first": the VAT on each slip and receipt
 * then matches what the buyer paid by that tender, and refunding one part returns its own share.
 * Splitting a known list of parts is the same rule applied part after part (`splitTaxFree`).
 */

import { allocateLargestRemainder } from './allocate';

export interface TenderPart {
  amount: number;
  taxFree: number;
}

function assertWon(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be whole won ≥ 0`);
}

/** The tax-free share of the next part of `amount`, given the sale and the parts already paid. */
export function nextPartTaxFree(sale: TenderPart, paid: readonly TenderPart[], amount: number): number {
  assertWon(sale.amount, 'sale amount');
  assertWon(sale.taxFree, 'sale tax_free');
  assertWon(amount, 'part amount');
  if (sale.taxFree > sale.amount) throw new RangeError('sale tax_free exceeds its amount');
  const openAmount = sale.amount - paid.reduce((s, p) => s + p.amount, 0);
  const openTaxFree = sale.taxFree - paid.reduce((s, p) => s + p.taxFree, 0);
  if (amount > openAmount) throw new RangeError(`part of ${amount} exceeds the ${openAmount} still open`);
  if (openTaxFree < 0 || openTaxFree > openAmount) throw new RangeError('paid parts do not follow the tax-free rule');
  if (amount === openAmount) return openTaxFree;
  return allocateLargestRemainder(openTaxFree, [amount, openAmount - amount])[0] ?? 0;
}

/** The rule over a known list of parts that together pay the sale. */
export function splitTaxFree(sale: TenderPart, amounts: readonly number[]): number[] {
  if (amounts.reduce((s, a) => s + a, 0) !== sale.amount) throw new RangeError('parts must add up to the sale amount');
  const paid: TenderPart[] = [];
  for (const amount of amounts) paid.push({ amount, taxFree: nextPartTaxFree(sale, paid, amount) });
  return paid.map((p) => p.taxFree);
}

/** Change to hand back, or null when the cash given does not cover what is due. */
export function changeDue(due: number, given: number): number | null {
  assertWon(due, 'amount due');
  assertWon(given, 'cash given');
  return given >= due ? given - due : null;
}

/** The notes a Korean buyer hands over; quick buttons round the amount due up to each. */
const NOTES = [1_000, 5_000, 10_000, 50_000] as const;

/**
 * Quick "cash given" buttons for an amount due: exact first, then the due rounded up to each
 * note (₩1,000 / ₩5,000 / ₩10,000 / ₩50,000), each shown once and only when above exact.
 */
export function quickCashGiven(due: number): number[] {
  assertWon(due, 'amount due');
  const given = [due];
  for (const note of NOTES) {
    const up = Math.max(note, Math.ceil(due / note) * note);
    if (!given.includes(up)) given.push(up);
  }
  return given;
}
