import { useEffect, useState } from 'react';
import { receiptOpen } from '../../../contract/cash-receipts';
import type { ErrorInfo } from '../../../contract/result';
import type { SaleDetail } from '../../../contract/sales';
import { formatKrw } from '../../../domain/money';
import { cashMessages } from '../cash/messages';
import { cashReceiptMessages } from '../cash-receipts/messages';
import { useMessages } from '../i18n/useT';
import { errorText } from '../kernel/errors';
import { pos } from '../kernel/pos';
import { useApp } from '../kernel/store';
import { saleMessages } from './messages';
import { SalePartsList } from './SalePartsList';
import { VoidSalePanel } from './VoidSalePanel';

interface Props {
  detail: SaleDetail;
  /** The change of the cash part that closed the sale, shown large. */
  change: number | null;
  receiptError: ErrorInfo | null;
  onNewSale(): void;
}

/** How often a 현금영수증 still being checked with PortOne is read again (main asks PortOne in the background). */
const RECEIPT_CHECK_MS = 3_000;

/** A sale paid with cash or in parts: what paid it, the change, the 현금영수증, and the void. */
export function SalePaidPanel({ detail: first, change, receiptError, onNewSale }: Props) {
  const s = useMessages(saleMessages);
  const c = useMessages(cashMessages);
  const r = useMessages(cashReceiptMessages);
  const lang = useApp((st) => st.lang);
  const [detail, setDetail] = useState(first);
  const checking = detail.parts.some((p) => p.cashReceipt !== null && receiptOpen(p.cashReceipt.state));
  useEffect(() => {
    if (!checking) return;
    const timer = window.setInterval(() => {
      void pos()
        .getSale({ saleId: detail.sale.saleId })
        .then((res) => res.ok && setDetail(res.data));
    }, RECEIPT_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [checking, detail.sale.saleId]);
  return (
    <section className="result result--ok sale-paid" aria-labelledby="sale-paid-title">
      <h2 id="sale-paid-title">{s('salePaidTitle')}</h2>
      <p className="sale-paid__total">{formatKrw(detail.sale.totals.amount)}</p>
      {change !== null && (
        <div className="cash-tender__change cash-tender__change--done">
          <span id="paid-change-label">{c('change')}</span>
          <output aria-labelledby="paid-change-label">{formatKrw(change)}</output>
        </div>
      )}
      <SalePartsList parts={detail.parts} lines={detail.lines} />
      {receiptError && (
        <p className="notice notice--warn" role="alert">
          {r('failed', { error: errorText(receiptError, lang) })}
        </p>
      )}
      <button type="button" className="btn btn--primary" autoFocus onClick={onNewSale}>
        {s('newSale')}
      </button>
      <VoidSalePanel detail={detail} onVoided={setDetail} />
    </section>
  );
}
