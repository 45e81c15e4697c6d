import { z } from 'zod';
import { CardFields } from './card-fields';
import { ProductId, CategoryId, Taxation } from './catalog';
import { ChargeResult } from './charge-result';
import { CustomerUid } from './customers';
import { RefundResult } from './refunds';
import { defineReasons } from './result';
import { Krw, ManagerApproval, PaymentView } from './schemas';
import { WindowPayMethod, WindowPayStarted } from './window-payments';

/**
 * Sales: a cart of lines becomes a sale that the existing tenders pay.
 *
 * Flow for the sale screen:
 * 1. The screen makes a `saleId` (`sale-` + 8–40 letters/digits/-) when a sale starts and keeps the
 *    cart itself (`Cart`); it shows totals from `domain/cart.ts` (`cartTotals`), the same function
 *    main uses, so what the screen shows is what is charged. `priceCart` answers the same from main
 *    (catalog prices, the derived order name, whether a discount needs a manager).
 * 2. Hold: `holdSale({saleId, cart, label})` keeps the cart in the ledger (survives a restart);
 *    `listHeldSales`, `recallHeldSale` (returns the cart and takes it off the held list),
 *    `deleteHeldSale`.
 * 3. Pay: `paySale({saleId, cart, expectedAmount, tender, approval?})`. Main re-prices the cart from
 *    the catalog, refuses when the total differs from `expectedAmount` (`sales.total_changed`),
 *    writes the sale (lines, discounts) durably, then charges through the chosen tender with the
 *    sale's amount, tax_free and derived name (`아메리카노 외 2건`).
 *    - keyed / card on file: the answer carries `charge` (the same ChargeResult as a quick charge).
 *    - window: the answer carries `window` (WindowPayStarted); follow it with `windowPaymentState`
 *      as today, then `getSale` to see the sale paid.
 *    A declined or closed payment leaves the sale `open`: pay again with the same saleId (a new
 *    payment, its own merchant_uid). A sale is `paid` only once PortOne confirmed its payment.
 * 4. Detail: `getSale({saleId})` / `saleByPayment({merchantUid})` (history) give lines with each
 *    line's net amount, tax-free share and returned quantity.
 * 5. Refund by line: `refundSaleLines({saleId, lines:[{lineId, qty}], reason, approval?})`; the
 *    refund's amount and tax_free come from those lines' net values (`quoteSaleRefund` shows them
 *    first). The whole-payment refund (`refund`) stays as it is.
 * A discount (line or sale) above `salesSettings().discountLimitPercent` of what it discounts needs
 * a manager's `approval` on `paySale` (`sales.discount_needs_approval` otherwise).
 */

export const salesReasons = defineReasons('sales', [
  'not_found',
  'empty_cart',
  'product_not_found', // params: { name }
  'product_inactive', // params: { name }
  'open_price_missing', // params: { name } — an open-price line needs its price
  'discount_too_large', // params: { name } — a discount may not exceed what it discounts
  'discount_needs_approval', // params: { limit } — percent
  'total_changed', // params: { expected, actual } — re-read the cart and confirm again
  'already_paid',
  'payment_in_progress', // the last payment is still being confirmed with PortOne
  'not_held',
  'not_paid', // refund of a sale that has no paid payment
  'nothing_to_refund',
  'quantity_exceeds_returnable', // params: { name, returnable }
  'unknown_line', // params: { lineId }
  'amount_too_large', // the cart's total is above ₩1,000,000,000
  'nothing_to_pay', // the discounts take the total to ₩0: nothing to charge
]);
export type SalesReason = (typeof salesReasons)[number];

/** Made by the screen when a sale starts; also the idempotency anchor for its payments. */
export const SaleId = z.string().regex(/^sale-[A-Za-z0-9-]{8,40}$/, 'saleId: sale- followed by 8–40 letters, digits or -');
export const LineId = z.string().regex(/^[A-Za-z0-9-]{1,24}$/, 'lineId: 1–24 letters, digits or -');

/** A discount as the cashier entered it: a percent (0–100, whole) or an amount in won. */
export const Discount = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), percent: z.number().int().min(0).max(100) }),
  z.strictObject({ kind: z.literal('won'), won: Krw }),
]);
export type Discount = z.infer<typeof Discount>;

const Qty = z.number().int('quantity: whole units').min(1, 'quantity: at least 1').max(9999, 'quantity: at most 9,999');

/**
 * One cart line. A product line names its product; main takes name, price and 과세/면세 from the
 * catalog (an open-price product takes `unitPrice`). An amount line (금액 입력) carries its own
 * price and 과세/면세 choice.
 */
export const CartLine = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('product'),
    lineId: LineId,
    productId: ProductId,
    qty: Qty,
    /** Only read for an open-price product. */
    unitPrice: Krw.optional(),
    discount: Discount.nullable(),
  }),
  z.strictObject({
    kind: z.literal('amount'),
    lineId: LineId,
    /** e.g. `금액` or what the cashier typed. */
    name: z.string().trim().min(1).max(40),
    taxation: Taxation,
    qty: Qty,
    unitPrice: Krw.min(1, 'amount: at least ₩1'),
    discount: Discount.nullable(),
  }),
]);
export type CartLine = z.infer<typeof CartLine>;

export const Cart = z.strictObject({
  lines: z.array(CartLine).min(1, 'the cart is empty').max(500, 'cart: at most 500 lines'),
  saleDiscount: Discount.nullable(),
});
export type Cart = z.infer<typeof Cart>;

/** Totals as PortOne and the receipt get them; every amount VAT included except supply. */
export const SaleTotals = z.object({
  /** Σ qty × unit price, before any discount. */
  gross: Krw,
  lineDiscounts: Krw,
  saleDiscount: Krw,
  discountTotal: Krw,
  /** What is charged: gross − discounts. */
  amount: Krw,
  taxFree: Krw,
  /** 공급가액 of the taxable part. */
  supply: Krw,
  /** 부가세 = round((amount − taxFree) / 11). */
  vat: Krw,
  itemCount: z.number().int(),
});
export type SaleTotals = z.infer<typeof SaleTotals>;

export const SaleLineView = z.object({
  lineId: LineId,
  kind: z.enum(['product', 'amount']),
  productId: ProductId.nullable(),
  categoryId: CategoryId.nullable(),
  name: z.string(),
  taxation: Taxation,
  qty: z.number().int(),
  unitPrice: Krw,
  /** qty × unit price. */
  gross: Krw,
  discount: Discount.nullable(),
  /** This line's own discount in won. */
  lineDiscount: Krw,
  /** This line's whole-won share of the sale discount. */
  saleDiscountShare: Krw,
  /** gross − lineDiscount − saleDiscountShare: what this line costs the customer. */
  net: Krw,
  /** The tax-free part of net (net for a 면세 line, 0 otherwise). */
  taxFree: Krw,
  /** Units already refunded. */
  returnedQty: z.number().int(),
});
export type SaleLineView = z.infer<typeof SaleLineView>;

/** What main makes of a cart before it is paid. */
export const PricedCart = z.object({
  lines: z.array(SaleLineView),
  totals: SaleTotals,
  orderName: z.string(),
  /** A discount is above the limit: paying needs a manager's approval. */
  approvalNeeded: z.boolean(),
});
export type PricedCart = z.infer<typeof PricedCart>;

/**
 * `open`: recorded, not paid (no payment yet, or the last one declined / closed);
 * `paying`: a payment is in flight or being confirmed; `paid`; `partially_refunded`; `refunded`.
 */
export const SaleStatus = z.enum(['open', 'paying', 'paid', 'partially_refunded', 'refunded']);
export type SaleStatus = z.infer<typeof SaleStatus>;

export const SaleView = z.object({
  saleId: SaleId,
  status: SaleStatus,
  orderName: z.string(),
  totals: SaleTotals,
  saleDiscount: Discount.nullable(),
  cashier: z.string(),
  createdAt: z.number().int(),
  paidAt: z.number().int().nullable(),
  /** The payment that paid it (or the latest attempt); null before the first. */
  merchantUid: z.string().nullable(),
  refunded: Krw,
});
export type SaleView = z.infer<typeof SaleView>;

export const SaleDetail = z.object({
  sale: SaleView,
  lines: z.array(SaleLineView),
  /** Every payment attempt for the sale, newest first. */
  payments: z.array(PaymentView),
});
export type SaleDetail = z.infer<typeof SaleDetail>;

export const HeldSaleView = z.object({
  saleId: SaleId,
  label: z.string(),
  cashier: z.string(),
  heldAt: z.number().int(),
  itemCount: z.number().int(),
  amount: Krw,
  orderName: z.string(),
});
export type HeldSaleView = z.infer<typeof HeldSaleView>;

const Buyer = {
  buyerName: z.string().trim().max(40),
  buyerTel: z.union([z.literal(''), z.string().regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, 'phone: e.g. 010-1234-5678')]),
};

/** How the sale is paid: the existing tenders, without their amount / tax_free / name (the sale's). */
export const SaleTender = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('keyed'),
    ...Buyer,
    ...CardFields.shape,
    cardQuota: z.number().int().min(0).max(24),
  }),
  z.strictObject({
    kind: z.literal('window'),
    ...Buyer,
    buyerEmail: z.union([z.literal(''), z.string().trim().email('buyer email: e.g. name@example.kr').max(100)]),
    payMethod: WindowPayMethod,
    company: z.string().trim().max(40),
    companyEn: z.string().trim().max(40),
  }),
  z.strictObject({ kind: z.literal('card_on_file'), customerUid: CustomerUid, cardQuota: z.number().int().min(0).max(24) }),
]);
export type SaleTender = z.infer<typeof SaleTender>;

export const PaySaleInput = z.strictObject({
  saleId: SaleId,
  cart: Cart,
  /** The total the cashier saw; a different one now refuses the payment. */
  expectedAmount: Krw,
  tender: SaleTender,
  /** A manager's PIN when a discount is above the limit. */
  approval: ManagerApproval.optional(),
});
export type PaySaleInput = z.infer<typeof PaySaleInput>;

export const PaySaleResult = z.object({
  sale: SaleDetail,
  /** keyed / card on file: the charge's answer. */
  charge: ChargeResult.nullable(),
  /** window: follow it with `windowPaymentState`. */
  window: WindowPayStarted.nullable(),
});
export type PaySaleResult = z.infer<typeof PaySaleResult>;

export const RefundLineInput = z.strictObject({ lineId: LineId, qty: Qty });

export const SaleRefundQuote = z.object({
  sale: SaleDetail,
  /** Per line: what is still returnable. */
  returnable: z.array(z.object({ lineId: LineId, qty: z.number().int(), amount: Krw, taxFree: Krw })),
});
export type SaleRefundQuote = z.infer<typeof SaleRefundQuote>;

export const SaleRefundPreview = z.object({ amount: Krw, taxFree: Krw, vat: Krw });

export const RefundSaleLinesInput = z.strictObject({
  saleId: SaleId,
  lines: z.array(RefundLineInput).min(1, 'choose at least one line').max(500),
  reason: z.string().trim().min(1, 'reason: say why the money goes back').max(200, 'reason: at most 200 characters'),
  approval: ManagerApproval.optional(),
});
export type RefundSaleLinesInput = z.infer<typeof RefundSaleLinesInput>;

export const RefundSaleLinesResult = z.object({
  /** What was asked of PortOne: these lines' net amount and tax-free share. */
  asked: SaleRefundPreview,
  refund: RefundResult,
  sale: SaleDetail,
});
export type RefundSaleLinesResult = z.infer<typeof RefundSaleLinesResult>;

export const SalesSettings = z.object({
  /** A line or sale discount above this percent of what it discounts needs a manager. */
  // -0 is a valid number that JSON writes as 0: made 0 here so what main stores and answers survives JSON unchanged.
  discountLimitPercent: z.number().int().min(0).max(100).transform((n) => n + 0),
});
export type SalesSettings = z.infer<typeof SalesSettings>;

/** What the day close adds about sales paid in the period (net of discounts, before refunds). */
export const SalesSummary = z.object({
  sales: z.number().int(),
  items: z.number().int(),
  discounts: Krw,
  byCategory: z.array(z.object({ categoryId: CategoryId.nullable(), name: z.string(), items: z.number().int(), amount: Krw })),
  /** Best sellers by amount, at most 10. */
  topProducts: z.array(z.object({ productId: ProductId.nullable(), name: z.string(), qty: z.number().int(), amount: Krw })),
});
export type SalesSummary = z.infer<typeof SalesSummary>;

const BySale = z.strictObject({ saleId: SaleId });

export const salesContract = {
  salesSettings: { channel: 'sales:settings', request: z.strictObject({}).optional(), response: SalesSettings },
  saveSalesSettings: {
    channel: 'sales:save-settings',
    request: z.strictObject({ ...SalesSettings.shape, approval: ManagerApproval.optional() }),
    response: SalesSettings,
  },
  priceCart: { channel: 'sales:price', request: z.strictObject({ cart: Cart }), response: PricedCart },
  holdSale: {
    channel: 'sales:hold',
    request: z.strictObject({ saleId: SaleId, cart: Cart, label: z.string().trim().max(40) }),
    response: HeldSaleView,
  },
  listHeldSales: { channel: 'sales:held', request: z.strictObject({}).optional(), response: z.array(HeldSaleView) },
  recallHeldSale: {
    channel: 'sales:recall',
    request: BySale,
    response: z.object({ saleId: SaleId, cart: Cart, label: z.string() }),
  },
  deleteHeldSale: { channel: 'sales:delete-held', request: BySale, response: z.object({ saleId: SaleId }) },
  paySale: { channel: 'sales:pay', request: PaySaleInput, response: PaySaleResult },
  getSale: { channel: 'sales:get', request: BySale, response: SaleDetail },
  /** History: the sale a payment paid; null for a quick charge. */
  saleByPayment: {
    channel: 'sales:by-payment',
    request: z.strictObject({ merchantUid: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
    response: SaleDetail.nullable(),
  },
  recentSales: {
    channel: 'sales:recent',
    request: z.strictObject({ limit: z.number().int().min(1).max(200) }),
    response: z.array(SaleView),
  },
  quoteSaleRefund: { channel: 'sales:refund-quote', request: BySale, response: SaleRefundQuote },
  refundSaleLines: { channel: 'sales:refund-lines', request: RefundSaleLinesInput, response: RefundSaleLinesResult },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;
