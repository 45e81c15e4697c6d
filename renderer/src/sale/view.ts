import type { ProductView, Taxation } from '../../../contract/catalog';
import type { CartLine } from '../../../contract/sales';
import { CartProblem, cartTotals, type CartTotals, type LineTotals } from '../../../domain/cart';
import type { CartDraft } from './cart';

export interface CartRow {
  line: CartLine;
  name: string;
  taxation: Taxation;
  unitPrice: number;
  /** An open-price line still without its price. */
  needsPrice: boolean;
  money: LineTotals;
}

export interface CartViewModel {
  rows: CartRow[];
  totals: CartTotals;
  /** The discount the rule refuses (larger than what it discounts); the totals then leave it out. */
  problem: { lineId: string | null } | null;
}

const ZERO: CartTotals = { gross: 0, lineDiscounts: 0, saleDiscount: 0, discountTotal: 0, amount: 0, taxFree: 0, supply: 0, vat: 0, itemCount: 0 };

/**
 * What the cart shows: each line's name, price and money, and the totals, through the one cart rule
 * (domain/cart.ts) that main also charges with. A product line takes its name, price and 과세/면세
 * from the catalog as main will.
 */
export function cartView(cart: CartDraft, products: ReadonlyMap<string, ProductView>): CartViewModel {
  const described = cart.lines.map((line) => {
    if (line.kind === 'amount') return { line, name: line.name, taxation: line.taxation, unitPrice: line.unitPrice, needsPrice: false };
    const product = products.get(line.productId);
    const open = product?.openPrice ?? false;
    const unitPrice = open ? (line.unitPrice ?? 0) : (product?.price ?? 0);
    return { line, name: product?.name ?? line.productId, taxation: product?.taxation ?? 'taxable', unitPrice, needsPrice: open && line.unitPrice === undefined };
  });
  const input = described.map((d) => ({ lineId: d.line.lineId, taxation: d.taxation, qty: d.line.qty, unitPrice: d.unitPrice, discount: d.line.discount }));
  try {
    const { lines, totals } = cartTotals(input, cart.saleDiscount);
    return { rows: described.map((d, i) => ({ ...d, money: lines[i] ?? zeroLine(d.line.lineId) })), totals, problem: null };
  } catch (error) {
    if (!(error instanceof CartProblem)) throw error;
    // Shown without the refused discount, which is marked for the cashier to fix.
    const without = input.map((l) => (l.lineId === error.lineId ? { ...l, discount: null } : l));
    const fallback = safeTotals(without, error.lineId === null ? null : cart.saleDiscount);
    return { rows: described.map((d, i) => ({ ...d, money: fallback.lines[i] ?? zeroLine(d.line.lineId) })), totals: fallback.totals, problem: { lineId: error.lineId } };
  }
}

function safeTotals(input: Parameters<typeof cartTotals>[0], saleDiscount: Parameters<typeof cartTotals>[1]): ReturnType<typeof cartTotals> {
  try {
    return cartTotals(input, saleDiscount);
  } catch {
    return { lines: input.map((l) => zeroLine(l.lineId)), totals: ZERO };
  }
}

const zeroLine = (lineId: string): LineTotals => ({ lineId, gross: 0, lineDiscount: 0, saleDiscountShare: 0, net: 0, taxFree: 0 });
