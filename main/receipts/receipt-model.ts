import type { CancelView } from '../../contract/refunds';
import type { Lang, PaymentView } from '../../contract/schemas';
import type { PaperWidth } from '../printer/layout/slip';

export type ReceiptKind = 'sale' | 'refund';

/** The store's letterhead on every receipt and report. Empty fields are left off the paper. */
export interface StoreHeader {
  name: string;
  businessNumber: string;
  /** 대표자 */
  owner: string;
  address: string;
  phone: string;
}

/** One sold line: quantity × unit price, its own discount, and whether it is tax-free (면세). */
export interface SaleLine {
  name: string;
  quantity: number;
  unitPrice: number;
  /** What the line costs after its discount. */
  amount: number;
  taxFree: boolean;
  discount?: { label: string; amount: number };
}

export type Tender =
  | { method: 'card'; amount: number }
  | { method: 'cash'; amount: number; received: number; change: number };

/** 현금영수증: PortOne's approval number and the masked identity it was issued to. */
export interface CashReceiptMark {
  approvalNumber: string;
  purpose: 'income_deduction' | 'expense_proof';
  identityMasked: string;
}

/**
 * What a sale adds to its receipt when the cart has it (items, discounts, tenders, a cash
 * receipt): every section is optional and printed only when present, so a keyed card charge
 * without a cart prints as before.
 */
export interface SaleSections {
  lines?: SaleLine[];
  /** Order-level discounts (a coupon, a member discount), each subtracted from the total. */
  discounts?: { label: string; amount: number }[];
  tenders?: Tender[];
  cashReceipt?: CashReceiptMark;
}

/** Everything printed on a receipt; nothing else of the payment reaches the paper. */
export interface ReceiptModel {
  kind: ReceiptKind;
  lang: Lang;
  reprint: boolean;
  paper: PaperWidth;
  store: StoreHeader;
  payment: PaymentView;
  cancels: CancelView[];
  printedAt: number;
  sale?: SaleSections;
}
