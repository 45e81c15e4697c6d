import type { ProductView } from '../../contract/catalog';
import { AppError } from '../../contract/result';
import type { Cart, PricedCart, SaleLineView } from '../../contract/sales';
import { CartProblem, cartTotals, discountPercentOf, type CartLineInput } from '../../domain/cart';
import { orderNameOf } from '../../domain/order-name';

type Described = Omit<SaleLineView, 'gross' | 'lineDiscount' | 'saleDiscountShare' | 'net' | 'taxFree' | 'returnedQty'>;

/**
 * Prices a cart the way it will be charged: product lines from the catalog as it is now (an
 * open-price product at the typed price), amount lines as typed, then the domain rule. Whether
 * a discount is above `limitPercent` of what it discounts (a manager must approve it).
 */
export function priceCart(cart: Cart, product: (productId: string) => ProductView | null, limitPercent: number): PricedCart {
  const described = cart.lines.map((line): Described => {
    if (line.kind === 'amount') {
      return { ...line, productId: null, categoryId: null };
    }
    const p = product(line.productId);
    if (!p) throw new AppError('invalid_input', 'A product in the cart is no longer in the catalog.', { reason: 'sales.product_not_found', field: 'cart', params: { name: line.productId } });
    if (!p.active) throw new AppError('invalid_input', 'A product in the cart is no longer sold.', { reason: 'sales.product_inactive', field: 'cart', params: { name: p.name } });
    const unitPrice = p.openPrice ? line.unitPrice : p.price;
    if (unitPrice === undefined || unitPrice === 0) {
      throw new AppError('invalid_input', 'An open-price line needs its price.', { reason: 'sales.open_price_missing', field: 'cart', params: { name: p.name } });
    }
    return {
      lineId: line.lineId,
      kind: 'product',
      productId: p.productId,
      categoryId: p.categoryId,
      name: p.name,
      taxation: p.taxation,
      qty: line.qty,
      unitPrice,
      discount: line.discount,
    };
  });
  const inputs: CartLineInput[] = described.map((d) => ({ lineId: d.lineId, taxation: d.taxation, qty: d.qty, unitPrice: d.unitPrice, discount: d.discount }));
  let priced: ReturnType<typeof cartTotals>;
  try {
    priced = cartTotals(inputs, cart.saleDiscount);
  } catch (error) {
    if (!(error instanceof CartProblem)) throw error;
    const name = described.find((d) => d.lineId === error.lineId)?.name ?? '';
    if (error.problem === 'amount_too_large') throw new AppError('invalid_input', 'The cart total is too large.', { reason: 'sales.amount_too_large', field: 'cart' });
    throw new AppError('invalid_input', 'A discount is larger than what it discounts.', { reason: 'sales.discount_too_large', field: 'cart', params: { name } });
  }
  const lines = described.map((d, i): SaleLineView => {
    const t = priced.lines[i];
    if (!t) throw new Error('cartTotals returned fewer lines');
    return { ...d, gross: t.gross, lineDiscount: t.lineDiscount, saleDiscountShare: t.saleDiscountShare, net: t.net, taxFree: t.taxFree, returnedQty: 0 };
  });
  const beforeSale = priced.totals.gross - priced.totals.lineDiscounts;
  const approvalNeeded =
    lines.some((l) => discountPercentOf(l.lineDiscount, l.gross) > limitPercent) || discountPercentOf(priced.totals.saleDiscount, beforeSale) > limitPercent;
  return { lines, totals: priced.totals, orderName: orderNameOf(lines.map((l) => l.name)), approvalNeeded };
}
