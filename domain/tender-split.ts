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
 *
 * PARTS BY LINES (`linePart`): the cashier may pay a part by choosing cart lines (one diner's
 * items, the 면세 goods in cash). Such a part's amount is the chosen lines' net and its tax_free is
 * exactly their own tax-free share — not the proportional figure — so a 면세 line paid in cash
 * carries all of its tax-free amount on its 현금영수증. That stays exact only while the open amount
 * is exactly the unpaid lines, hence:
 * - a line part is allowed only while every earlier paid part of the sale was a line part
 *   (`lines_after_amount_split` otherwise): once an amount part is paid, its proportional share
 *   cuts across the lines and no line is "open" any more, so the rest is paid by amount;
 * - a line already paid by an earlier part cannot be chosen again (`line_already_paid`);
 * - an amount part after line parts keeps THE RULE above over what is open (the unpaid lines'
 *   net and tax-free), and the part that closes the sale still takes what is left.
 * Because the sale's amount and tax_free are the sums of its lines' net and tax-free share
 * (domain/cart.ts), line parts plus any amount parts after them always add up to the sale.
 * Only paid parts count: a declined or closed line part leaves its lines open.
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

/** A paid part as the line rule sees it: the line ids it paid (a line part), or null (an amount part). */
export interface PaidPart extends TenderPart {
  lines: readonly string[] | null;
}

/** A sale line as the split needs it: what it costs and its tax-free share of that. */
export interface SplitLine {
  lineId: string;
  net: number;
  taxFree: number;
}

export type LinePartRefusal =
  | { reason: 'lines_after_amount_split' }
  | { reason: 'unknown_line'; lineId: string }
  | { reason: 'line_already_paid'; lineId: string }
  | { reason: 'nothing_to_pay' };

/** The lines earlier paid parts paid. */
export function paidLineIds(paid: readonly PaidPart[]): Set<string> {
  return new Set(paid.flatMap((p) => p.lines ?? []));
}

/** Lines can still be chosen: no amount part has been paid yet. */
export function linesStillOpen(paid: readonly PaidPart[]): boolean {
  return paid.every((p) => p.lines !== null);
}

/**
 * The part that pays the chosen lines: their net and exactly their tax-free share, or why it is
 * refused (see the header). Choosing a line twice in one part counts it once.
 */
export function linePart(lines: readonly SplitLine[], paid: readonly PaidPart[], chosen: readonly string[]): { part: TenderPart } | { refused: LinePartRefusal } {
  if (!linesStillOpen(paid)) return { refused: { reason: 'lines_after_amount_split' } };
  const done = paidLineIds(paid);
  let amount = 0;
  let taxFree = 0;
  for (const lineId of new Set(chosen)) {
    const line = lines.find((l) => l.lineId === lineId);
    if (!line) return { refused: { reason: 'unknown_line', lineId } };
    if (done.has(lineId)) return { refused: { reason: 'line_already_paid', lineId } };
    assertWon(line.net, 'line net');
    assertWon(line.taxFree, 'line tax_free');
    amount += line.net;
    taxFree += line.taxFree;
  }
  if (amount === 0) return { refused: { reason: 'nothing_to_pay' } };
  return { part: { amount, taxFree } };
}

/**
 * A sale paid in several parts, or still being paid in parts, is given back as a whole (void),
 * never by line: its one card part may not have paid the lines asked for (a part by lines).
 */
export function refundsAsWhole(paid: readonly TenderPart[], remaining: number): boolean {
  return paid.length > 1 || remaining > 0;
}

/** The names of the lines a part paid, for the screen and the receipt (an id no line has stays as it is). */
export function lineNames(lineIds: readonly string[], lines: readonly { lineId: string; name: string }[]): string[] {
  return lineIds.map((id) => lines.find((l) => l.lineId === id)?.name ?? id);
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
