import { z } from 'zod';
import { defineReasons } from './result';
import { Krw, ManagerApproval, MerchantUid } from './schemas';

/**
 * 현금영수증 for cash taken at the till (`/receipts/external/{merchant_uid}`, portone-v1.md §13).
 * The buyer's number is personal data: it travels in one request and is kept only masked.
 */

export const cashReceiptReasons = defineReasons('cash_receipts', [
  'unknown_cash_sale',
  'already_issued',
  'in_progress',
  'nothing_to_issue',
  'not_configured',
  'not_issued',
]);

/** 소득공제 (person) to a phone number or 현금영수증 card; 지출증빙 (company) to a business number. */
export const CashReceiptBuyer = z.discriminatedUnion('identifierType', [
  z.strictObject({
    identifierType: z.literal('phone'),
    identifier: z.string().trim().regex(/^01[016789]-?\d{3,4}-?\d{4}$/, 'phone: e.g. 010-1234-5678'),
    type: z.enum(['person', 'company']).default('person'),
  }),
  z.strictObject({
    identifierType: z.literal('taxcard'),
    identifier: z.string().trim().regex(/^(?:\d-?){13,19}$/, '현금영수증 card: 13–19 digits'),
    type: z.enum(['person', 'company']).default('person'),
  }),
  z.strictObject({
    identifierType: z.literal('business'),
    identifier: z.string().trim().regex(/^\d{3}-?\d{2}-?\d{5}$/, 'business number: 10 digits'),
    type: z.enum(['person', 'company']).default('company'),
  }),
]);
export type CashReceiptBuyer = z.infer<typeof CashReceiptBuyer>;

/**
 * `sending`: the intent is written and the request out; `unknown`: no answer (looked up, never
 * sent again); `not_sent`: PortOne surely has none (may be issued again under the same id);
 * `cancelling`: a cancel is out without an answer.
 */
export const CashReceiptState = z.enum(['sending', 'unknown', 'issued', 'rejected', 'not_sent', 'cancelling', 'cancelled']);
export type CashReceiptState = z.infer<typeof CashReceiptState>;
/** A request is out or its answer unknown: PortOne decides, so nothing else is sent for that sale meanwhile. */
export const receiptOpen = (state: CashReceiptState): boolean => state === 'sending' || state === 'unknown' || state === 'cancelling';

export const CashReceiptView = z.object({
  /** The receipt's id at PortOne: the cash sale's own merchant_uid, `-2`, `-3`… for re-issues. */
  merchantUid: MerchantUid,
  cashUid: MerchantUid,
  amount: Krw,
  taxFree: Krw,
  type: z.enum(['person', 'company']),
  identifierType: z.enum(['phone', 'business', 'taxcard']),
  identifierMasked: z.string(),
  selfIssued: z.boolean(),
  state: CashReceiptState,
  /** The 국세청 approval number, printed on the receipt. */
  applyNum: z.string().nullable(),
  receiptUrl: z.string().nullable(),
  appliedAt: z.number().int().nullable(),
  /** When the till first learned of the cancel (its own clock: the day that counts it). */
  cancelledAt: z.number().int().nullable(),
  failReason: z.string().nullable(),
  createdAt: z.number().int(),
});
export type CashReceiptView = z.infer<typeof CashReceiptView>;

export const IssueCashReceiptInput = z.strictObject({
  cashUid: MerchantUid,
  /** Null: the buyer gave no number (자진발급 when the rule asks for it, else nothing is issued). */
  buyer: CashReceiptBuyer.nullable(),
});
export type IssueCashReceiptInput = z.infer<typeof IssueCashReceiptInput>;

export const IssueCashReceiptResult = z.object({
  recipient: z.enum(['buyer', 'self_issue', 'none']),
  receipt: CashReceiptView.nullable(),
  /** Days past the legal 5 (0 = in time): a late receipt is still issued, with a warning. */
  daysLate: z.number().int().min(0),
});
export type IssueCashReceiptResult = z.infer<typeof IssueCashReceiptResult>;

export const CashReceiptSettings = z.strictObject({
  /** 의무발행업종: every cash sale from ₩100,000 gets a receipt, 자진발급 when no number is given. */
  mandatorySector: z.boolean(),
  /** The PortOne channel key receipts are issued under (the embedded sandbox's own when empty there). */
  channelKey: z.string().trim().max(100),
});
export type CashReceiptSettings = z.infer<typeof CashReceiptSettings>;

export const cashReceiptsContract = {
  issueCashReceipt: { channel: 'cash-receipts:issue', request: IssueCashReceiptInput, response: IssueCashReceiptResult },
  cashReceiptsFor: { channel: 'cash-receipts:for', request: z.strictObject({ cashUid: MerchantUid }), response: z.array(CashReceiptView) },
  /** Ask PortOne about a receipt whose answer was lost (or a cancel's) and return what is now known. */
  refreshCashReceipt: { channel: 'cash-receipts:refresh', request: z.strictObject({ merchantUid: MerchantUid }), response: CashReceiptView },
  /** Cancel an issued receipt without a refund (오류발급): manager. */
  cancelCashReceipt: {
    channel: 'cash-receipts:cancel',
    request: z.strictObject({ merchantUid: MerchantUid, approval: ManagerApproval.optional() }),
    response: CashReceiptView,
  },
  getCashReceiptSettings: { channel: 'cash-receipts:settings', request: z.strictObject({}).optional(), response: CashReceiptSettings },
  saveCashReceiptSettings: {
    channel: 'cash-receipts:settings:save',
    request: z.strictObject({ ...CashReceiptSettings.shape, approval: ManagerApproval.optional() }),
    response: CashReceiptSettings,
  },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;
