import type { SaleLineView, SaleTotals } from '../../contract/sales';
import type { Lang } from '../../contract/schemas';
import type { SaleSections } from '../receipts/receipt-model';
import { receiptText } from '../receipts/receipt-text';

/**
 * A sale as its receipt shows it (main/receipts lays it out once for paper, preview and PDF):
 * each line with quantity × unit price, its own discount and its 면세 mark, and the sale
 * discount, whose whole-won shares are already inside each line's net.
 */
export function receiptSectionsOf(lines: readonly SaleLineView[], totals: SaleTotals, lang: Lang): SaleSections {
  const t = receiptText(lang);
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
    ...(totals.saleDiscount > 0 ? { discounts: [{ label: '', amount: totals.saleDiscount }] } : {}),
  };
}
