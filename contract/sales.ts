import { z } from 'zod';
import { CardFields } from './card-fields';
import { CashSaleView } from './cash';
import { CashReceiptBuyer, CashReceiptView, IssueCashReceiptResult } from './cash-receipts';
import { ProductId, CategoryId, Taxation } from './catalog';
import { ChargeResult } from './charge-result';
import { CustomerUid } from './customers';
import { RefundResult } from './refunds';
import { defineReasons, ErrorInfo } from './result';
import { BuyerName, FreeText, Krw, ManagerApproval, PaymentView, PhoneOrEmpty } from './schemas';
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
 *
 * Tenders and splitting (복합결제): `paySale` pays one part of the sale — `amount` (default: all
 * that is left) by one tender: cash, a keyed card, the window or a card on file. Each card part is
 * its own PortOne payment (own merchant_uid) and each part's `tax_free` follows
 * `domain/tender-split.ts` (`nextPartTaxFree`). The sale is `partially_paid` until its parts add
 * up to the total, then `paid`; a declined part leaves the paid ones. `partId` (made by the screen
 * per part, kept for a retry of the same part) makes a repeat return that part instead of
 * charging again. A cash part records the cash in the drawer (main/cash) and then issues its
 * 현금영수증 (`receiptBuyer`; none = 자진발급 when the rule asks for it). `voidSale` gives every
 * paid part back: card parts through the refund service, cash through the drawer (its receipt
 * cancelled).
 * A part may instead name the cart `lines` it pays (one diner's items, the 면세 goods in cash):
 * main takes the amount from those lines' net and the tax_free from their own tax-free share, and
 * records the lines with the part (`SalePart.lines`). Lines can be chosen only while every paid
 * part was a line part (`sales.lines_after_amount_split`), and never twice
 * (`sales.line_already_paid`); see `domain/tender-split.ts` (`linePart`).
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
  'part_exceeds_remaining', // params: { remaining } — a part may not be more than what is left to pay
  'part_changed', // a retry of a part (same partId) with another tender or amount
  'nothing_to_void', // no paid part is left to give back
  'void_amount_changed', // params: { expected, actual } — what is still paid changed since the confirmation showed it
  'split_refund_whole', // a sale paid in several parts is refunded with voidSale, not by line
  'line_already_paid', // params: { lineId, name } — an earlier part paid this line
  'lines_after_amount_split', // a part was paid by amount: the rest is paid by amount too
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
    name: FreeText(z.string().trim().min(1).max(40), 'line name'),
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
 * `paying`: a part is in flight or being confirmed; `partially_paid`: some parts are paid, not yet
 * the total; `paid`; `partially_refunded`; `refunded` (every paid part given back).
 */
export const SaleStatus = z.enum(['open', 'paying', 'partially_paid', 'paid', 'partially_refunded', 'refunded']);
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
  /** The first card payment that paid a part (else the first cash part, else the latest attempt); null before the first. */
  merchantUid: z.string().nullable(),
  refunded: Krw,
  /** Σ the paid parts (refunded later or not). */
  paid: Krw,
  /** What is still to pay: total − paid. */
  remaining: Krw,
});
export type SaleView = z.infer<typeof SaleView>;

/**
 * One tender part of a sale, oldest first. `paid`: counts toward the sale (refunded later or not);
 * `paying`: in flight or being checked; `failed`: declined or closed, counts for nothing.
 */
export const SalePart = z.object({
  merchantUid: z.string(),
  tender: z.enum(['cash', 'card']),
  state: z.enum(['paid', 'paying', 'failed']),
  amount: Krw,
  taxFree: Krw,
  refunded: Krw,
  /** Cash: what the buyer handed over and the change given; null for a card. */
  given: Krw.nullable(),
  change: Krw.nullable(),
  /** When the cash was taken, or the card payment last changed. */
  at: z.number().int(),
  /** Card: the payment; null for cash. */
  payment: PaymentView.nullable(),
  /** Cash: its 현금영수증, the standing one (or the latest); null when none was issued. */
  cashReceipt: CashReceiptView.nullable(),
  /** The lines this part paid (a part paid by lines); null for a part paid by amount. */
  lines: z.array(LineId).nullable(),
});
export type SalePart = z.infer<typeof SalePart>;

export const SaleDetail = z.object({
  sale: SaleView,
  lines: z.array(SaleLineView),
  /** Every card payment attempt for the sale, newest first. */
  payments: z.array(PaymentView),
  /** Every tender part (cash and card), oldest first. */
  parts: z.array(SalePart),
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

/** The buyer fields' rules are the keyed charge's: PortOne's `buyer_name` limit, the shared phone pattern. */
const Buyer = {
  buyerName: BuyerName,
  buyerTel: PhoneOrEmpty,
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
  z.strictObject({
    kind: z.literal('cash'),
    /** Cash the buyer handed over (≥ the part); the change is what is above it. */
    given: Krw,
    /** 현금영수증: 소득공제 (phone / card) or 지출증빙 (business number); null = none given (자진발급 when the rule asks). Never kept. */
    receiptBuyer: CashReceiptBuyer.nullable(),
  }),
]);
export type SaleTender = z.infer<typeof SaleTender>;

export const PaySaleInput = z
  .strictObject({
    saleId: SaleId,
    cart: Cart,
    /** The total the cashier saw; a different one now refuses the payment. */
    expectedAmount: Krw,
    tender: SaleTender,
    /** This part's amount; left out (and no `lines`), all that is still to pay. */
    amount: Krw.min(1, 'amount: at least ₩1').optional(),
    /** Instead of `amount`: the cart lines this part pays (their net and tax-free share, as main has them). */
    lines: z.array(LineId).min(1, 'lines: choose at least one line').max(500, 'lines: at most 500').optional(),
    /** Made by the screen for one part and sent again with a retry of it: a repeat never pays twice. */
    partId: z.string().regex(/^[A-Za-z0-9]{4,16}$/, 'partId: 4–16 letters or digits').optional(),
    /** A manager's PIN when a discount is above the limit. */
    approval: ManagerApproval.optional(),
  })
  .refine((input) => input.amount === undefined || input.lines === undefined, { message: 'lines: a part is paid by amount or by lines, not both', path: ['lines'] });
export type PaySaleInput = z.infer<typeof PaySaleInput>;

export const PaySaleResult = z.object({
  sale: SaleDetail,
  /** keyed / card on file: the charge's answer. */
  charge: ChargeResult.nullable(),
  /** window: follow it with `windowPaymentState`. */
  window: WindowPayStarted.nullable(),
  /** cash: the cash recorded (with its change) and its 현금영수증 (null when none was asked for). */
  cash: z
    .object({
      part: CashSaleView,
      receipt: IssueCashReceiptResult.nullable(),
      /** The cash is taken, but the receipt could not be issued now (issue it later from history). */
      receiptError: ErrorInfo.nullable(),
    })
    .nullable(),
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
  reason: FreeText(z.string().trim().min(1, 'reason: say why the money goes back').max(200, 'reason: at most 200 characters'), 'reason'),
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

export const VoidSaleInput = z.strictObject({
  saleId: SaleId,
  reason: FreeText(z.string().trim().min(1, 'reason: say why the money goes back').max(100, 'reason: at most 100 characters'), 'reason'),
  /** All still paid of the sale, as the confirmation showed it: one approval names the sale and this amount. */
  amount: Krw,
  approval: ManagerApproval.optional(),
});
export type VoidSaleInput = z.infer<typeof VoidSaleInput>;

export const VoidSaleResult = z.object({
  /** Per paid part given back in this call: what came of it. */
  refunds: z.array(z.object({ merchantUid: z.string(), tender: z.enum(['cash', 'card']), amount: Krw, outcome: z.enum(['refunded', 'mismatch', 'refused', 'unknown']) })),
  sale: SaleDetail,
});
export type VoidSaleResult = z.infer<typeof VoidSaleResult>;

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
  /** Of those, sales paid in more than one part (split tender); 0 on older reports. */
  splitSales: z.number().int().default(0),
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
    request: z.strictObject({ saleId: SaleId, cart: Cart, label: FreeText(z.string().trim().max(40), 'label') }),
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
  /** Every paid part back (manager): card parts cancelled at PortOne, cash from the drawer with its receipt cancelled. */
  voidSale: { channel: 'sales:void', request: VoidSaleInput, response: VoidSaleResult },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;
