import { z } from 'zod';
import { BUYER_LIMITS } from '../domain/buyer-fields';
import { hasCardLike } from '../domain/card-like';
import { PHONE_PATTERN } from '../domain/contact';
import { ORDER_NAME_MAX_LENGTH } from '../domain/order-name';

/** Shared value schemas. Limits are PortOne's where it documents them (merchant_uid ≤ 40, name ≤ 40). */

export const Mode = z.enum(['sandbox', 'test', 'live']);
export type Mode = z.infer<typeof Mode>;

export const Lang = z.enum(['ko', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Whole won, positive, below PortOne's practical ceiling; KRW has no decimals. */
export const Krw = z.number().int().min(0).max(1_000_000_000);

/**
 * Free text a cashier types (order name, buyer and customer name, memo, refund reason) is stored
 * and logged as it is, so it may not hold anything card-shaped (domain/card-like.ts).
 */
export const FreeText = (schema: z.ZodString, label: string) =>
  schema.refine((value) => !hasCardLike(value), `${label}: this looks like a card number. Card numbers go in the card field only; remove it here`);

/**
 * PortOne's `name` (OAS maxLength 40); PortOne refuses a longer one, so the form must. The IPC
 * router names the field and the limit for `.max` checks.
 */
export const OrderName = FreeText(z.string().trim().min(1, 'order name is required').max(ORDER_NAME_MAX_LENGTH), 'order name');

/** PortOne's `buyer_name` (OAS maxLength 16). */
export const BuyerName = FreeText(z.string().trim().max(BUYER_LIMITS.name), 'buyer name');

/** A buyer's or customer's phone (domain/contact.ts), or none. */
export const PhoneOrEmpty = z.union([z.literal(''), z.string().regex(PHONE_PATTERN, 'phone: e.g. 010-1234-5678')]);

export const MerchantUid = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'merchant_uid: 1–40 letters, digits, - or _');

/** `scheduled`: an `again` PortOne ran at its time (main/schedules). */
export const PaymentKind = z.enum(['keyed', 'billing', 'window', 'scheduled']);
export type PaymentKind = z.infer<typeof PaymentKind>;

/**
 * The ledger's view of a payment. `pending` = intent written, request not answered yet;
 * `unknown` = the request's fate is not known and must be looked up by merchant_uid.
 */
export const PaymentStatus = z.enum([
  'pending',
  'unknown',
  'paid',
  'ready',
  'failed',
  'rejected',
  'cancelled',
  'partially_cancelled',
]);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/** How a payment-window payment was paid: PortOne's `pay_method` for Hecto's window. */
export const WindowPayMethod = z.enum(['card', 'trans', 'vbank', 'phone']);
export type WindowPayMethod = z.infer<typeof WindowPayMethod>;

export const VbankAccount = z.object({
  bank: z.string(),
  number: z.string(),
  holder: z.string(),
  /** Deposit deadline, ms since the epoch; null when the PG sent none. */
  dueAt: z.number().int().nullable(),
});
export type VbankAccount = z.infer<typeof VbankAccount>;

/** A payment-window payment's method, the bank of a transfer and the virtual account issued (from PortOne's payment). */
export const WindowPayInfo = z.object({
  method: WindowPayMethod,
  bank: z.string().nullable(),
  vbank: VbankAccount.nullable(),
  /** PortOne's `cash_receipt_issued`: a 현금영수증 was issued for this transfer or account (in the window). */
  cashReceiptIssued: z.boolean().default(false),
});
export type WindowPayInfo = z.infer<typeof WindowPayInfo>;

export const PaymentView = z.object({
  merchantUid: z.string(),
  impUid: z.string().nullable(),
  kind: PaymentKind,
  status: PaymentStatus,
  sandbox: z.boolean(),
  amount: Krw,
  taxFree: Krw,
  vat: Krw,
  cancelAmount: Krw,
  orderName: z.string(),
  buyerName: z.string(),
  cardName: z.string().nullable(),
  /** At most first 6 + last 4 digits, e.g. `1234-56**-****-7890`. */
  cardNumberMasked: z.string().nullable(),
  cardQuota: z.number().int().min(0),
  applyNum: z.string().nullable(),
  receiptUrl: z.string().nullable(),
  failReason: z.string().nullable(),
  cashier: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Payment-window payments only (absent for the others). */
  window: WindowPayInfo.optional(),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const PaymentEvent = z.object({
  at: z.number().int(),
  type: z.string(),
  detail: z.string(),
});
export type PaymentEvent = z.infer<typeof PaymentEvent>;

export const PaymentDetail = z.object({ payment: PaymentView, events: z.array(PaymentEvent) });
export type PaymentDetail = z.infer<typeof PaymentDetail>;

export const Role = z.enum(['cashier', 'manager', 'owner']);
export type Role = z.infer<typeof Role>;

/**
 * A manager (or owner) approving one action on a cashier's screen with their PIN. `requestId`
 * names the single-use request main issued for exactly that action (its refusal carries it):
 * the PIN approves that call only, once, within a couple of minutes. Never stored.
 */
export const ManagerApproval = z.strictObject({
  requestId: z.string().regex(/^ar_[0-9a-f]{24}$/, 'approval: ask for a new approval'),
  cashierId: z.string().min(1).max(64),
  pin: z.string().regex(/^\d{4,8}$/, 'PIN: 4–8 digits'),
});
export type ManagerApproval = z.infer<typeof ManagerApproval>;

