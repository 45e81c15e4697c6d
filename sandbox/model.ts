import { z } from 'zod';
import { ScheduleRecord } from './schedule-model';

/**
 * The V1 Payment object as the sandbox stores and returns it: every property of the OpenAPI
 * `PaymentAnnotation` (required ones never null). Also the schema the journal is parsed with
 * when it is read back from disk.
 */
const str = z.string().nullable();
const int = z.number().int();

export const CancelHistoryItem = z.object({
  pg_tid: z.string(),
  amount: z.number(),
  cancelled_at: int,
  reason: z.string(),
  cancellation_id: z.string(),
  receipt_url: z.string(),
});
export type CancelHistoryItem = z.infer<typeof CancelHistoryItem>;

export const PaymentStatus = z.enum(['ready', 'paid', 'cancelled', 'failed']);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const Payment = z.object({
  imp_uid: z.string(),
  merchant_uid: z.string(),
  pay_method: z.string(),
  channel: z.enum(['pc', 'mobile', 'api']),
  pg_provider: z.string(),
  emb_pg_provider: str,
  pg_tid: str,
  pg_id: z.string(),
  sandbox: z.boolean(),
  escrow: z.boolean(),
  apply_num: str,
  bank_code: str,
  bank_name: str,
  card_code: str,
  card_name: str,
  card_issuer_code: str,
  card_issuer_name: str,
  card_publisher_code: str,
  card_publisher_name: str,
  card_quota: int,
  card_number: str,
  card_type: int.nullable(),
  vbank_code: str,
  vbank_name: str,
  vbank_num: str,
  vbank_holder: str,
  vbank_date: int,
  vbank_issued_at: int,
  name: str,
  amount: z.number(),
  cancel_amount: z.number(),
  currency: z.string(),
  buyer_name: str,
  buyer_email: str,
  buyer_tel: str,
  buyer_addr: str,
  buyer_postcode: str,
  custom_data: str,
  user_agent: str,
  status: PaymentStatus,
  started_at: int,
  paid_at: int,
  failed_at: int,
  cancelled_at: int,
  fail_reason: str,
  cancel_reason: str,
  receipt_url: str,
  cancel_history: z.array(CancelHistoryItem),
  deposit_history: z.array(z.object({ pg_tid: z.string(), amount: z.number(), depositor_name: z.string(), deposited_at: int })),
  cancel_receipt_urls: z.array(z.string()),
  cash_receipt_issued: z.boolean(),
  customer_uid: str,
  customer_uid_usage: z.enum(['issue', 'payment', 'payment.scheduled']).nullable(),
  promotion: z.object({ id: z.string(), discount: z.number() }).nullable(),
});
export type Payment = z.infer<typeof Payment>;

/** What the sandbox keeps beside the public object (never returned by the REST API). */
export const PaymentRecord = z.object({
  /** Insertion order: breaks ties between payments started in the same second. */
  seq: int,
  /** Tax-free part of the charge and how much of it was refunded (V1 does not expose either). */
  tax_free: z.number(),
  cancelled_tax_free: z.number(),
  /** Last change, Unix s (for `sorting=-updated`). */
  updated_at: int,
  payment: Payment,
});
export type PaymentRecord = z.infer<typeof PaymentRecord>;

/** Decline behaviour a billing key carries: a label, never card data. */
export const KeyBehaviour = z.enum(['approve', 'declineFailed', 'declineError', 'overLimit', 'wrongPassword', 'lostCard']);
export type KeyBehaviour = z.infer<typeof KeyBehaviour>;

/** The OpenAPI `CustomerAnnotation`. */
export const Customer = z.object({
  customer_uid: z.string(),
  pg_provider: z.string(),
  pg_id: z.string(),
  sandbox: z.boolean(),
  customer_id: str,
  card_name: z.string(),
  card_code: str,
  card_issuer_code: str,
  card_issuer_name: str,
  card_publisher_code: str,
  card_publisher_name: str,
  card_number: str,
  card_type: int.nullable(),
  customer_name: str,
  customer_tel: str,
  customer_email: str,
  customer_addr: str,
  customer_postcode: str,
  inserted: int,
  updated: int,
});
export type Customer = z.infer<typeof Customer>;

export const CustomerRecord = z.object({ customer: Customer, behaviour: KeyBehaviour });
export type CustomerRecord = z.infer<typeof CustomerRecord>;

/** The OpenAPI `PaymentPrepareAnnotation`. */
export const Prepared = z.object({ merchant_uid: z.string(), amount: z.number(), currency: z.string().nullable() });
export type Prepared = z.infer<typeof Prepared>;

/** Who a cash receipt is issued to (OAS `identifier_type`; settle requires it). */
export const IdentifierType = z.enum(['person', 'business', 'phone', 'taxcard']);
export type IdentifierType = z.infer<typeof IdentifierType>;

/**
 * A 현금영수증 (portone-v1.md §13): `external` for cash taken outside PortOne (keyed by the cash
 * sale's merchant_uid), `payment` for a trans/vbank PortOne payment (keyed by its imp_uid).
 * `receipt` is the OAS `ReceiptAnnotation` / `ExternalReceiptAnnotation` body without its id;
 * the rest is what the sandbox keeps beside it (never returned by the V1 API).
 */
export const ReceiptRecord = z.object({
  kind: z.enum(['external', 'payment']),
  id: z.string(),
  identifier: z.string(),
  identifier_type: IdentifierType,
  tax_free: z.number(),
  name: str,
  buyer_name: str,
  buyer_email: str,
  buyer_tel: str,
  receipt: z.object({
    receipt_tid: z.string(),
    apply_num: z.string(),
    type: z.enum(['person', 'company']),
    amount: z.number(),
    vat: z.number(),
    receipt_url: z.string(),
    applied_at: int,
    /** 0 while the receipt stands (as the Payment's unset timestamps). */
    cancelled_at: int,
  }),
});
export type ReceiptRecord = z.infer<typeof ReceiptRecord>;

/** One line of the append-only journal. The last line for a key wins on replay. */
export const JournalEntry = z.discriminatedUnion('k', [
  z.object({ k: z.literal('pay'), r: PaymentRecord }),
  z.object({ k: z.literal('cus'), r: CustomerRecord }),
  z.object({ k: z.literal('cus-del'), uid: z.string() }),
  z.object({ k: z.literal('prep'), r: Prepared }),
  z.object({ k: z.literal('rcpt'), r: ReceiptRecord }),
  z.object({ k: z.literal('sch'), r: ScheduleRecord }),
]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** A payment with every optional field empty; callers fill in what their channel knows. */
export function blankPayment(init: {
  imp_uid: string;
  merchant_uid: string;
  pay_method: string;
  channel: Payment['channel'];
  pg_id: string;
  amount: number;
  started_at: number;
  status: PaymentStatus;
}): Payment {
  return {
    ...init,
    pg_provider: 'settle',
    emb_pg_provider: null,
    pg_tid: null,
    sandbox: true,
    escrow: false,
    apply_num: null,
    bank_code: null,
    bank_name: null,
    card_code: null,
    card_name: null,
    card_issuer_code: null,
    card_issuer_name: null,
    card_publisher_code: null,
    card_publisher_name: null,
    card_quota: 0,
    card_number: null,
    card_type: null,
    vbank_code: null,
    vbank_name: null,
    vbank_num: null,
    vbank_holder: null,
    vbank_date: 0,
    vbank_issued_at: 0,
    name: null,
    cancel_amount: 0,
    currency: 'KRW',
    buyer_name: null,
    buyer_email: null,
    buyer_tel: null,
    buyer_addr: null,
    buyer_postcode: null,
    custom_data: null,
    user_agent: null,
    paid_at: 0,
    failed_at: 0,
    cancelled_at: 0,
    fail_reason: null,
    cancel_reason: null,
    receipt_url: null,
    cancel_history: [],
    deposit_history: [],
    cancel_receipt_urls: [],
    cash_receipt_issued: false,
    customer_uid: null,
    customer_uid_usage: null,
    promotion: null,
  };
}
