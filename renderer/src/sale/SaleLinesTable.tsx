import type { SaleLineView } from '../../../contract/sales';
import { formatKrw } from '../../../domain/money';
import { DataTable } from '../components/DataTable';
import { useMessages } from '../i18n/useT';
import { saleMessages } from './messages';

/** A sale's lines as recorded: qty × unit price, discounts (own and share of the sale's), net, 면세 mark, returns. */
export function SaleLinesTable({ lines }: { lines: readonly SaleLineView[] }) {
  const s = useMessages(saleMessages);
  return (
    <section aria-labelledby="sale-lines-title">
      <h2 id="sale-lines-title">{s('linesTitle')}</h2>
      <DataTable
        aria-labelledby="sale-lines-title"
        columns={[
          { label: s('col.item') },
          { label: s('col.qty'), numeric: true },
          { label: s('col.unit'), numeric: true },
          { label: s('col.discount'), numeric: true },
          { label: s('col.net'), numeric: true },
          { label: s('col.returned'), numeric: true },
        ]}
      >
        {lines.map((l) => (
          <tr key={l.lineId}>
            <td>
              {l.name} {l.taxation === 'tax_free' && <span className="tile__tag">{s('taxFree')}</span>}
            </td>
            <td className="num">{l.qty}</td>
            <td className="num">{formatKrw(l.unitPrice)}</td>
            <td className="num">{formatKrw(l.lineDiscount + l.saleDiscountShare)}</td>
            <td className="num">{formatKrw(l.net)}</td>
            <td className="num">{l.returnedQty}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
