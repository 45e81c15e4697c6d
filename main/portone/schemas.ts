import { z } from 'zod';
import { PORTONE_STATUSES } from '../../domain/payment-status';

/**
 * What we accept from PortOne V1. Only the fields the POS reads; unknown fields are dropped.
 * PortOne sends `null` for absent strings, so optional fields are `nullish` with a default.
 */

const text = z.string().nullish().transform((v) => v ?? null);
const seconds = z.number().int().nullish().transform((v) => v ?? 0);

/** `{ code, message, response }`: every V1 answer, success or business error. */
export const Envelope = z.object({
  code: z.number().int(),
  message: z.string().nullish().transform((v) => v ?? null),
  response: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export const TokenAnswer = z.object({
  access_token: z.string().min(1),
  /** Unix seconds on PortOne's clock. */
  expired_at: z.number().int(),
  /** PortOne's clock when the token was issued: the reference for `expired_at`. */
  now: z.number().int(),
});
export type TokenAnswer = z.infer<typeof TokenAnswer>;

export const PortOnePaymentStatus = z.enum(PORTONE_STATUSES);
export type PortOnePaymentStatus = z.infer<typeof PortOnePaymentStatus>;

/** One (partial) cancel of a payment, as PortOne lists them in `cancel_history`. */
export const PortOneCancel = z.object({
  pg_tid: text,
  amount: z.number(),
  cancelled_at: seconds,
  reason: text,
  cancellation_id: text,
  receipt_url: text,
});
export type PortOneCancel = z.infer<typeof PortOneCancel>;

export const PortOnePayment = z.object({
  imp_uid: z.string().min(1),
  merchant_uid: z.string().min(1),
  amount: z.number(),
  cancel_amount: z.number().nullish().transform((v) => v ?? 0),
  status: PortOnePaymentStatus,
  sandbox: z.boolean().nullish().transform((v) => v ?? false),
  pg_provider: text,
  pg_id: text,
  name: text,
  buyer_name: text,
  card_name: text,
  /** Masked by PortOne; masked again by us before it is stored or shown. */
  card_number: text,
  card_quota: z.number().int().nullish().transform((v) => v ?? 0),
  apply_num: text,
  receipt_url: text,
  fail_reason: text,
  cancel_reason: text,
  /** Window payments: card, trans, vbank, phone; an issued virtual account (vbank, status `ready`). */
  pay_method: text,
  /** A real-time transfer's bank. */
  bank_name: text,
  vbank_name: text,
  vbank_num: text,
  vbank_holder: text,
  /** Deposit deadline, Unix seconds (0 = none). */
  vbank_date: seconds,
  /** A 현금영수증 issued for this payment (a transfer's or account's, e.g. asked for in Hecto's window). */
  cash_receipt_issued: z.boolean().nullish().transform((v) => v ?? false),
  started_at: seconds,
  paid_at: seconds,
  failed_at: seconds,
  cancelled_at: seconds,
  cancel_history: z.array(PortOneCancel).nullish().transform((v) => v ?? []),
});
export type PortOnePayment = z.infer<typeof PortOnePayment>;

export const PortOneCustomer = z.object({
  customer_uid: z.string().min(1),
  pg_provider: text,
  pg_id: text,
  sandbox: z.boolean().nullish().transform((v) => v ?? false),
  card_name: text,
  card_number: text,
  customer_name: text,
  inserted: seconds,
  updated: seconds,
});
export type PortOneCustomer = z.infer<typeof PortOneCustomer>;

export const PaymentPage = z.object({
  total: z.number().int(),
  previous: z.number().int(),
  next: z.number().int(),
  list: z.array(PortOnePayment),
});
export type PaymentPage = z.infer<typeof PaymentPage>;

export const Prepared = z.object({
  merchant_uid: z.string(),
  amount: z.number(),
});
export type Prepared = z.infer<typeof Prepared>;

/**
 * `ExternalReceiptAnnotation` (portone-v1.md §13): a 현금영수증 for cash taken outside PortOne.
 * `apply_num` is the 국세청 approval number the receipt prints; `cancelled_at` 0 = standing.
 */
export const PortOneExternalReceipt = z.object({
  merchant_uid: z.string().min(1),
  receipt_tid: text,
  apply_num: z.string().min(1),
  type: z.enum(['person', 'company']),
  amount: z.number().int(),
  vat: z.number().int(),
  receipt_url: text,
  applied_at: seconds,
  cancelled_at: seconds,
});
export type PortOneExternalReceipt = z.infer<typeof PortOneExternalReceipt>;
