import type { SaleDetail, SaleLineView, SalePart } from '../../contract/sales';
import type { Lang, PaymentView } from '../../contract/schemas';
import type { CashReceiptMark, SaleSections, Tender } from '../receipts/receipt-model';
import { receiptText } from '../receipts/receipt-text';
import { lineNames } from '../../domain/tender-split';

/**
 * A sale as its receipt shows it (main/receipts lays it out once for paper, preview and PDF):
 * each line with quantity × unit price, its own discount and its 면세 mark, and the sale
 * discount, whose whole-won shares are already inside each line's net. A sale paid in parts or
 * by cash lists every paid tender (a card with its own facts, cash with what was handed over, the
 * change and its 현금영수증's approval number, and the lines a part paid by lines) and prints the
 * sale's total, not one part's.
 */
export function receiptSectionsOf(detail: SaleDetail, lang: Lang): SaleSections {
  const { lines, sale } = detail;
  const t = receiptText(lang);
  const paid = detail.parts.filter((p) => p.state === 'paid');
  const single = paid.length === 1 && paid[0]?.tender === 'card';
  return {
    lines: lines.map((l) => ({
      name: l.name,
      quantity: l.qty,
      unitPrice: l.unitPrice,
      amount: l.gross - l.lineDiscount,
      taxFree: l.taxation === 'tax_free',
      ...(l.lineDiscount > 0 ? { discount: { label: t('lineDiscount'), amount: l.lineDiscount } } : {}),
    })),
    // Printed as "할인" alone: the sale-wide discount has no name of its own.
    ...(sale.totals.saleDiscount > 0 ? { discounts: [{ label: '', amount: sale.totals.saleDiscount }] } : {}),
    // One card that paid it all prints as a card receipt always has.
    ...(paid.length === 0 || single ? {} : { tenders: paid.map((part) => tenderOf(part, lines)), total: { amount: sale.totals.amount, taxFree: sale.totals.taxFree } }),
  };
}

function tenderOf(part: SalePart, lines: readonly SaleLineView[]): Tender {
  const paidLines = part.lines ? { lines: lineNames(part.lines, lines) } : {};
  if (part.tender === 'card') {
    const p = part.payment;
    return { method: 'card', amount: part.amount, ...paidLines, ...(p ? { card: { cardName: p.cardName, cardNumberMasked: p.cardNumberMasked, cardQuota: p.cardQuota, applyNum: p.applyNum, ...(p.window ? { window: p.window } : {}) } } : {}) };
  }
  const cr = part.cashReceipt;
  const mark: CashReceiptMark | null =
    cr?.state === 'issued' && cr.applyNum !== null
      ? { approvalNumber: cr.applyNum, purpose: cr.type === 'company' ? 'expense_proof' : 'income_deduction', identityMasked: cr.identifierMasked }
      : null;
  return { method: 'cash', amount: part.amount, received: part.given ?? part.amount, change: part.change ?? 0, ...paidLines, ...(mark ? { cashReceipt: mark } : {}) };
}

/**
 * What a cash part's receipt is printed from, in place of a PortOne payment: the sale's amount
 * and name under the cash part's own number, paid (or cancelled once all of it went back).
 */
export function cashFaceOf(detail: SaleDetail, cashUid: string, sandbox: boolean): PaymentView | null {
  const part = detail.parts.find((p) => p.merchantUid === cashUid && p.tender === 'cash');
  if (!part) return null;
  const { sale } = detail;
  const refunded = sale.refunded;
  return {
    merchantUid: cashUid,
    impUid: null,
    kind: 'keyed',
    status: refunded === 0 ? 'paid' : refunded >= sale.paid ? 'cancelled' : 'partially_cancelled',
    sandbox,
    amount: sale.totals.amount,
    taxFree: sale.totals.taxFree,
    vat: sale.totals.vat,
    cancelAmount: refunded,
    orderName: sale.orderName,
    buyerName: '',
    cardName: null,
    cardNumberMasked: null,
    cardQuota: 0,
    applyNum: null,
    receiptUrl: null,
    failReason: null,
    cashier: sale.cashier,
    createdAt: part.at,
    updatedAt: part.at,
  };
}
