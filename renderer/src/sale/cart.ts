import type { ProductView, Taxation } from '../../../contract/catalog';
import type { CartLine, Discount } from '../../../contract/sales';

/**
 * The cart as the screen edits it: pure steps on the contract's own `CartLine`s, so what is held,
 * recalled and paid is exactly what the screen shows. Totals are not computed here (domain/cart.ts).
 */
export interface CartDraft {
  lines: CartLine[];
  saleDiscount: Discount | null;
}

export const MAX_QTY = 9999;

export const emptyCart = (): CartDraft => ({ lines: [], saleDiscount: null });

/** `sale-` and a random id: made when a sale starts, kept through hold and recall. */
export const newSaleId = (): string => `sale-${crypto.randomUUID()}`;

/** One tender part's id (12 letters/digits): sent again with a retry of that part, so main pays it once. */
export const newPartId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 12);

let nextLine = 0;
/** Unique within a cart, and short (the contract allows 24 characters). */
const lineId = (lines: readonly CartLine[]): string => {
  let id: string;
  do id = `l${(nextLine++).toString(36)}`;
  while (lines.some((l) => l.lineId === id));
  return id;
};

/**
 * A product scanned or tapped: one more of it on its last line, when that line can take it (same
 * product, no discount of its own, not open price); otherwise a new line. Open price: `unitPrice`.
 */
export function addProduct(cart: CartDraft, product: ProductView, unitPrice?: number): { cart: CartDraft; lineId: string } {
  const last = cart.lines.at(-1);
  if (!product.openPrice && last?.kind === 'product' && last.productId === product.productId && last.discount === null && last.qty < MAX_QTY) {
    return { cart: { ...cart, lines: cart.lines.map((l) => (l === last ? { ...l, qty: l.qty + 1 } : l)) }, lineId: last.lineId };
  }
  const id = lineId(cart.lines);
  const line: CartLine = {
    kind: 'product',
    lineId: id,
    productId: product.productId,
    qty: 1,
    ...(product.openPrice && unitPrice !== undefined ? { unitPrice } : {}),
    discount: null,
  };
  return { cart: { ...cart, lines: [...cart.lines, line] }, lineId: id };
}

/** 금액 입력: an amount with its own 과세/면세 choice. */
export function addAmount(cart: CartDraft, name: string, taxation: Taxation, unitPrice: number): { cart: CartDraft; lineId: string } {
  const id = lineId(cart.lines);
  return { cart: { ...cart, lines: [...cart.lines, { kind: 'amount', lineId: id, name, taxation, qty: 1, unitPrice, discount: null }] }, lineId: id };
}

const mapLine = (cart: CartDraft, id: string, change: (line: CartLine) => CartLine): CartDraft => ({
  ...cart,
  lines: cart.lines.map((l) => (l.lineId === id ? change(l) : l)),
});

/** Quantity clamped to what the contract takes (1–9,999); removing is its own action. */
export const setQty = (cart: CartDraft, id: string, qty: number): CartDraft =>
  mapLine(cart, id, (l) => ({ ...l, qty: Math.min(MAX_QTY, Math.max(1, Math.trunc(qty) || 1)) }));

export const setUnitPrice = (cart: CartDraft, id: string, unitPrice: number): CartDraft => mapLine(cart, id, (l) => ({ ...l, unitPrice }));

export const setLineDiscount = (cart: CartDraft, id: string, discount: Discount | null): CartDraft => mapLine(cart, id, (l) => ({ ...l, discount }));

export const removeLine = (cart: CartDraft, id: string): CartDraft => ({ ...cart, lines: cart.lines.filter((l) => l.lineId !== id) });

export const setSaleDiscount = (cart: CartDraft, saleDiscount: Discount | null): CartDraft => ({ ...cart, saleDiscount });

/** Parses what was typed in the discount field: `10%` → percent, `1,000` → won; null when empty or not a number. */
export function parseDiscount(typed: string, kind: Discount['kind']): Discount | null {
  const digits = typed.replace(/[^\d]/g, '');
  if (digits === '') return null;
  const n = Number(digits);
  if (kind === 'percent') return n > 100 ? null : { kind: 'percent', percent: n };
  return { kind: 'won', won: n };
}
