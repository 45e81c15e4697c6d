import { z } from 'zod';
import { BUYER_LIMITS } from '../domain/buyer-fields';
import { hasCardLike } from '../domain/card-like';
import { PHONE_PATTERN } from '../domain/contact';
import { ORDER_NAME_MAX_LENGTH } from '../domain/order-name';
import { PORTONE_STATUSES } from '../domain/payment-status';

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
  /**
   * Why it is not paid, as main's code (contract/charge-result ChargeReasonCode, `mismatch`,
   * `tampered`), so a screen words main's own reasons itself and shows only PortOne's as sent.
   */
  reasonCode: z.string().nullable().optional(),
  cashier: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  /** Payment-window payments only (absent for the others). */
  window: WindowPayInfo.optional(),
});
export type PaymentView = z.infer<typeof PaymentView>;

const won = z.number().int();
const note = <C extends string, S extends z.ZodRawShape>(code: C, params: S) => z.strictObject({ code: z.literal(code), params: z.strictObject(params) });

/**
 * What a ledger event says, as a code and its values, so the history can word it in the cashier's
 * language (the English `detail` beside it is for logs and support). `reason` and `actor` are text
 * a person typed, or PortOne's own message: shown as they are. `cause` is for support only.
 */
export const EventNote = z.discriminatedUnion('code', [
  note('intent', { kind: PaymentKind, amount: won, taxFree: won }),
  note('request_sent', {}),
  note('retry_attempt', { attemptId: z.string() }),
  note('retry_window', {}),
  note('paid', { impUid: z.string(), amount: won }),
  note('failed', { impUid: z.string(), amount: won }),
  note('rejected', { rejection: z.enum(['declined', 'invalid_request', 'credentials']) }),
  note('not_sent', { cause: z.string() }),
  note('no_answer', { cause: z.string() }),
  note('other_payment', {}),
  note('portone_ready', {}),
  note('portone_status', { status: z.enum(PORTONE_STATUSES), impUid: z.string(), amount: won }),
  note('not_found', {}),
  note('not_found_yet', {}),
  note('not_charged', {}),
  note('lookup_failed', { cause: z.string() }),
  note('refund_requested', { amount: won, taxFree: won, balance: won, actor: z.string(), reason: z.string() }),
  note('refund_not_sent', {}),
  note('refund_no_answer', { cause: z.string() }),
  note('refund_refused', { reason: z.string() }),
  note('refund_refused_credentials', {}),
  note('refund_refused_unknown_payment', {}),
  note('refund_refused_plain', {}),
  note('refund_not_listed', { amount: won }),
  note('refund_found', { amount: won, reason: z.string() }),
  note('refunded', { amount: won, taxFree: won, reason: z.string() }),
  note('portone_cancels', { status: z.enum(PORTONE_STATUSES), cancelled: won }),
  note('checksum_mismatch', { balance: won, actual: won }),
  note('schedule_ran', { usage: z.string().nullable() }),
  note('billing_key_missing', {}),
  note('prepare_failed', { cause: z.string() }),
  note('window_opened', { payMethod: WindowPayMethod, mid: z.string() }),
  note('window_not_opened', {}),
  note('callback_rejected', { impUid: z.string(), cause: z.string() }),
  note('window_refused', { errorCode: z.string() }),
  note('verifying', { cause: z.string() }),
  note('in_progress', { impUid: z.string() }),
  note('test_payment', { impUid: z.string() }),
  note('vbank_issued', { bank: z.string(), account: z.string(), holder: z.string() }),
  note('vbank_pending', {}),
  note('window_closed', { status: z.enum(PORTONE_STATUSES), impUid: z.string() }),
  note('tampered', { actual: won, amount: won }),
  note('tamper_cancelled', { impUid: z.string() }),
  note('tamper_cancel_failed', { cause: z.string() }),
]);
export type EventNote = z.infer<typeof EventNote>;
export type EventNoteCode = EventNote['code'];
export const EVENT_NOTE_CODES: readonly EventNoteCode[] = EventNote.options.map((option) => option.shape.code.value);

export const PaymentEvent = z.object({
  at: z.number().int(),
  type: z.string(),
  /** English, for logs and support; the only text of events written before notes existed. */
  detail: z.string(),
  /** Null for events written before notes existed. */
  note: EventNote.nullable(),
  /** A PortOne view older than the ledger's: recorded, not applied. */
  stale: z.boolean(),
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

