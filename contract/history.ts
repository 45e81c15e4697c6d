import { z } from 'zod';
import { defineReasons } from './result';
import { Krw, MerchantUid, PaymentDetail, PaymentKind, PaymentStatus, PaymentView } from './schemas';

const Millis = z.number().int().min(0);

/** Every field narrows the search; none = all payments, newest first. */
export const HistoryFilter = z.strictObject({
  /** createdAt ≥ from (ms). */
  from: Millis.optional(),
  /** createdAt < to (ms). */
  to: Millis.optional(),
  status: PaymentStatus.optional(),
  kind: PaymentKind.optional(),
  amountMin: Krw.optional(),
  amountMax: Krw.optional(),
  last4: z.string().regex(/^\d{4}$/, 'last 4 digits: exactly 4 digits').optional(),
  /** A merchant_uid or an imp_uid, exactly. */
  id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/, 'order number: letters, digits, - or _').optional(),
  /** Start of the buyer's name. */
  customer: z.string().trim().min(1).max(40).optional(),
  cashier: z.string().trim().min(1).max(64).optional(),
});
export type HistoryFilter = z.infer<typeof HistoryFilter>;

/** Opaque keyset cursor: where the previous page ended. */
export const HistoryCursor = z.string().regex(/^\d{1,15}:[A-Za-z0-9_-]{1,40}$/, 'cursor: use the one the previous page returned');

export const HistoryQuery = z.strictObject({
  filter: HistoryFilter,
  cursor: HistoryCursor.optional(),
  limit: z.number().int().min(1).max(100),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryPage = z.object({ items: z.array(PaymentView), nextCursor: HistoryCursor.nullable() });
export type HistoryPage = z.infer<typeof HistoryPage>;

export const historyContract = {
  recentPayments: {
    channel: 'payments:recent',
    request: z.strictObject({ limit: z.number().int().min(1).max(200) }),
    response: z.array(PaymentView),
  },
  getPayment: { channel: 'payments:get', request: z.strictObject({ merchantUid: MerchantUid }), response: PaymentDetail },
  /** Ask PortOne again about one payment (e.g. an `unknown` one) and return what the ledger now says. */
  refreshPayment: {
    channel: 'payments:refresh',
    request: z.strictObject({ merchantUid: MerchantUid }),
    response: PaymentDetail,
  },
  searchPayments: { channel: 'history:search', request: HistoryQuery, response: HistoryPage },
  /** Reads the payment from PortOne again (status, cancels, refunds left open) and returns the ledger's detail. */
  refreshFromPortOne: {
    channel: 'history:refresh',
    request: z.strictObject({ merchantUid: MerchantUid }),
    response: PaymentDetail,
  },
} as const;

/** A payment looked up by its order number (merchant_uid). */
export const historyReasons = defineReasons('history', ['payment_not_found']);
