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

/** 현금영수증: PortOne's approval number and the masked identity it was issued to. */
export interface CashReceiptMark {
  approvalNumber: string;
  purpose: 'income_deduction' | 'expense_proof';
  identityMasked: string;
}

/** A card's own facts on the slip; a tender without them prints the receipt's payment's. */
export type CardFacts = Pick<PaymentView, 'cardName' | 'cardNumberMasked' | 'cardQuota' | 'applyNum' | 'window'>;

/** One tender part of the sale: a card with its facts, or cash with what was handed over, the change and its 현금영수증. */
export type Tender = (
  | { method: 'card'; amount: number; card?: CardFacts }
  | { method: 'cash'; amount: number; received: number; change: number; cashReceipt?: CashReceiptMark }
) & {
  /** A part paid by choosing lines: their names, printed with the part. */
  lines?: string[];
};

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
  /** A sale paid in parts (or by cash): the amount and VAT split printed are the sale's, not one part's. */
  total?: { amount: number; taxFree: number };
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
