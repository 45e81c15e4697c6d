import type { CartTotals } from '../../../domain/cart';
import { formatKrw } from '../../../domain/money';
import { useMessages } from '../i18n/useT';
import { saleMessages } from './messages';

/** Always on screen: the total and its VAT split, from the same rule main charges with. */
export function SaleTotals({ totals }: { totals: CartTotals }) {
  const s = useMessages(saleMessages);
  const rows = [
    ['supply', totals.supply],
    ['vat', totals.vat],
    ['taxFreeTotal', totals.taxFree],
    ['discountTotal', totals.discountTotal],
  ] as const;
  return (
    <div className="total sale-total" aria-label={s('total')} role="group">
      <div className="sale-total__head">
        <span>
          {s('total')} · {s('items', { count: totals.itemCount })}
        </span>
        <output className="total__amount" aria-label={s('total')}>
          {formatKrw(totals.amount)}
        </output>
      </div>
      <dl className="sale-total__split">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{s(key)}</dt>
            <dd data-total={key}>{formatKrw(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
