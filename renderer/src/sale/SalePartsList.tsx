import { receiptOpen } from '../../../contract/cash-receipts';
import type { SaleLineView, SalePart } from '../../../contract/sales';
import { formatKrw } from '../../../domain/money';
import { lineNames } from '../../../domain/tender-split';
import { cashReceiptMessages } from '../cash-receipts/messages';
import { useMessages } from '../i18n/useT';
import { saleMessages } from './messages';

/** The parts that paid (or paid back) a sale: cash with its change and 현금영수증, cards with their number, and the lines a part paid by lines. */
export function SalePartsList({ parts, lines }: { parts: readonly SalePart[]; lines: readonly SaleLineView[] }) {
  const s = useMessages(saleMessages);
  const r = useMessages(cashReceiptMessages);
  const paid = parts.filter((p) => p.state === 'paid');
  if (paid.length === 0) return null;
  return (
    <ul className="sale-parts" aria-label={s('partsTitle')}>
      {paid.map((p) => {
        const receipt = p.cashReceipt;
        return (
          <li key={p.merchantUid}>
            <span>
              {p.tender === 'cash'
                ? s('partCash', { amount: formatKrw(p.amount), change: formatKrw(p.change ?? 0) })
                : `${s('partCard', { amount: formatKrw(p.amount) })}${p.payment?.cardNumberMasked ? ` · ${p.payment.cardNumberMasked}` : ''}`}
            </span>
            {p.lines && <span className="sale-parts__lines">{s('partLines', { names: lineNames(p.lines, lines).join(', ') })}</span>}
            {p.refunded > 0 && <span className="sale-parts__refunded">{s('partRefunded', { amount: formatKrw(p.refunded) })}</span>}
            {receipt?.state === 'issued' && (
              <span className="sale-parts__receipt">
                {r('issued', { applyNum: receipt.applyNum ?? '', to: receipt.selfIssued ? r('selfIssued') : receipt.identifierMasked })}
              </span>
            )}
            {receipt?.state === 'cancelled' && <span className="sale-parts__receipt">{r('cancelled')}</span>}
            {receipt && receiptOpen(receipt.state) && <span className="sale-parts__receipt">{r('checking')}</span>}
            {(receipt?.state === 'not_sent' || receipt?.state === 'rejected') && <span className="sale-parts__receipt sale-parts__receipt--missing">{r('notIssued')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
