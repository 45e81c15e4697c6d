import { useState } from 'react';
import type { CatalogView, ProductView } from '../../../contract/catalog';
import { formatKrw } from '../../../domain/money';
import { DataTable } from '../components/DataTable';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { catalogMessages } from './messages';
import { ProductForm } from './ProductForm';

/** The product list (inactive ones too) and the form that adds or edits one. */
export function ProductsPanel({ catalog, onChanged }: { catalog: CatalogView; onChanged(): void }) {
  const c = useMessages(catalogMessages);
  const [editing, setEditing] = useState<ProductView | 'new'>('new');
  const [filter, setFilter] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const categoryName = new Map(catalog.categories.map((x) => [x.categoryId, x.name]));
  const needle = filter.trim().toLowerCase();
  const shown = needle === '' ? catalog.products : catalog.products.filter((p) => [p.name, p.shortCode, ...p.barcodes].some((v) => v.toLowerCase().includes(needle)));

  return (
    <div className="catalog__body">
      <div className="catalog__list">
        <div className="field">
          <label htmlFor="f-catalogFilter">{c('filter')}</label>
          <input id="f-catalogFilter" type="search" autoFocus autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        {shown.length === 0 ? (
          <p className="empty">{c('empty')}</p>
        ) : (
          <DataTable
            aria-label={c('tabProducts')}
            columns={[
              { label: c('col.name') },
              { label: c('col.category') },
              { label: c('col.price'), numeric: true },
              { label: c('col.taxation') },
              { label: c('col.barcodes') },
              { label: c('col.active') },
              { label: null },
            ]}
          >
            {shown.map((p) => (
              <tr key={p.productId}>
                <td>{p.name}</td>
                <td>{(p.categoryId && categoryName.get(p.categoryId)) ?? ''}</td>
                <td className="num">{p.openPrice ? c('openPrice') : formatKrw(p.price)}</td>
                <td>{c(p.taxation === 'tax_free' ? 'taxFree' : 'taxable')}</td>
                <td>{p.barcodes.join(', ')}</td>
                <td>{c(p.active ? 'yes' : 'no')}</td>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(p)} aria-label={c('editProduct', { name: p.name })}>
                    {c('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
      <div>
      <OutcomeMessage outcome={outcome} />
      <ProductForm
        key={editing === 'new' ? 'new' : editing.productId}
        product={editing === 'new' ? null : editing}
        categories={catalog.categories}
        onNew={() => {
          setEditing('new');
          setOutcome(null);
        }}
        onSaved={(saved) => {
          setEditing(saved);
          setOutcome({ ok: true, text: c('saved', { name: saved.name }) });
          onChanged();
        }}
      />
      </div>
    </div>
  );
}
