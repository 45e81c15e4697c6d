import { allocateLargestRemainder } from './allocate';
import { splitAmount } from './money';

/**
 * The cart's money rule, one home for main (what is charged and stored) and the sale screen (what
 * is shown). Prices include VAT. A line discount comes off its line; the sale discount is then
 * allocated to the lines' remaining amounts in whole won (largest remainder), so every line has
 * an exact net amount and tax-free share: `tax_free` is the sum of the 면세 lines' nets, and a
 * refund of a line returns exactly its net. A percent discount is rounded down to the won (the
 * customer never pays more than the percent says).
 */

export type LineTaxation = 'taxable' | 'tax_free';

export type CartDiscount = { kind: 'percent'; percent: number } | { kind: 'won'; won: number };

export interface CartLineInput {
  lineId: string;
  taxation: LineTaxation;
  qty: number;
  unitPrice: number;
  discount: CartDiscount | null;
}

export interface LineTotals {
  lineId: string;
  gross: number;
  lineDiscount: number;
  saleDiscountShare: number;
  net: number;
  taxFree: number;
}

export interface CartTotals {
  gross: number;
  lineDiscounts: number;
  saleDiscount: number;
  discountTotal: number;
  amount: number;
  taxFree: number;
  supply: number;
  vat: number;
  itemCount: number;
}

/** Largest total the till charges in one sale (PortOne's practical ceiling, as `Krw`). */
export const CART_AMOUNT_MAX = 1_000_000_000;

/** A cart the rule refuses: which line (null = the sale discount or the whole cart) and why. */
export class CartProblem extends Error {
  constructor(
    readonly problem: 'discount_too_large' | 'amount_too_large',
    readonly lineId: string | null,
  ) {
    super(`cart: ${problem}${lineId === null ? '' : ` on line ${lineId}`}`);
    this.name = 'CartProblem';
  }
}

/** The won a discount takes off `base`; a won discount above the base is refused by the caller. */
export function discountWon(discount: CartDiscount | null, base: number): number {
  if (discount === null) return 0;
  return discount.kind === 'percent' ? Math.floor((base * discount.percent) / 100) : discount.won;
}

/** Percent of `base` a discount takes (for the manager-approval limit). */
export function discountPercentOf(won: number, base: number): number {
  return base === 0 ? 0 : (won * 100) / base;
}

export function cartTotals(
  lines: readonly CartLineInput[],
  saleDiscount: CartDiscount | null,
): { lines: LineTotals[]; totals: CartTotals } {
  let gross = 0;
  let lineDiscounts = 0;
  let itemCount = 0;
  const afterLine: number[] = [];
  for (const line of lines) {
    const lineGross = line.qty * line.unitPrice;
    const off = discountWon(line.discount, lineGross);
    if (off > lineGross) throw new CartProblem('discount_too_large', line.lineId);
    gross += lineGross;
    lineDiscounts += off;
    itemCount += line.qty;
    afterLine.push(lineGross - off);
  }
  if (gross > CART_AMOUNT_MAX) throw new CartProblem('amount_too_large', null);
  const beforeSale = gross - lineDiscounts;
  const saleOff = discountWon(saleDiscount, beforeSale);
  if (saleOff > beforeSale) throw new CartProblem('discount_too_large', null);
  const shares = allocateLargestRemainder(saleOff, afterLine);

  let taxFree = 0;
  const out = lines.map((line, i): LineTotals => {
    const lineGross = line.qty * line.unitPrice;
    const share = shares[i] ?? 0;
    const net = (afterLine[i] ?? 0) - share;
    const lineTaxFree = line.taxation === 'tax_free' ? net : 0;
    taxFree += lineTaxFree;
    return { lineId: line.lineId, gross: lineGross, lineDiscount: lineGross - (afterLine[i] ?? 0), saleDiscountShare: share, net, taxFree: lineTaxFree };
  });
  const amount = beforeSale - saleOff;
  const { supply, vat } = splitAmount(amount, taxFree);
  return {
    lines: out,
    totals: { gross, lineDiscounts, saleDiscount: saleOff, discountTotal: lineDiscounts + saleOff, amount, taxFree, supply, vat, itemCount },
  };
}

/**
 * What returning `qty` more units of a line gives back, `returned` units having gone back before:
 * the cumulative share floor(net·(returned+qty)/units) minus what earlier returns took, so the
 * returns of all units add up to the line's net and tax-free share exactly.
 */
export function lineRefund(
  line: { qty: number; net: number; taxFree: number },
  returned: number,
  qty: number,
): { amount: number; taxFree: number } {
  const upTo = (value: number, units: number): number => Math.floor((value * units) / line.qty);
  return {
    amount: upTo(line.net, returned + qty) - upTo(line.net, returned),
    taxFree: upTo(line.taxFree, returned + qty) - upTo(line.taxFree, returned),
  };
}
