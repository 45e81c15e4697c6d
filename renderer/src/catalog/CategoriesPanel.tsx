import { useState } from 'react';
import type { CategoryView } from '../../../contract/catalog';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { FormError, OutcomeMessage, type Outcome } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { errorText } from '../kernel/errors';
import { catalogMessages } from './messages';

interface Row {
  categoryId?: string;
  name: string;
  colour: string;
  order: string;
}

const DEFAULT_COLOUR = '#1450a8';

/** Categories with their colour and tab order; each row saves on its own. An empty category can be deleted. */
export function CategoriesPanel({ categories, onChanged }: { categories: readonly CategoryView[]; onChanged(): void }) {
  const c = useMessages(catalogMessages);
  const [fresh, setFresh] = useState<Row>({ name: '', colour: DEFAULT_COLOUR, order: String(categories.length) });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <div className="catalog__categories">
      <OutcomeMessage outcome={outcome} />
      <table className="payments__table">
        <thead>
          <tr>
            <th scope="col">{c('categoryName')}</th>
            <th scope="col">{c('colour')}</th>
            <th scope="col">{c('order')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {categories.map((x) => (
            <CategoryRow
              key={x.categoryId}
              initial={{ categoryId: x.categoryId, name: x.name, colour: x.colour, order: String(x.order) }}
              onDone={(text) => {
                setOutcome({ ok: true, text });
                onChanged();
              }}
            />
          ))}
          <CategoryRow
            key={`new-${categories.length}`}
            initial={fresh}
            onDone={(text) => {
              setOutcome({ ok: true, text });
              setFresh({ name: '', colour: DEFAULT_COLOUR, order: String(categories.length + 1) });
              onChanged();
            }}
          />
        </tbody>
      </table>
    </div>
  );
}

function CategoryRow({ initial, onDone }: { initial: Row; onDone(text: string): void }) {
  const c = useMessages(catalogMessages);
  const lang = useApp((s) => s.lang);
  const [row, setRow] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const isNew = row.categoryId === undefined;
  const label = isNew ? c('newCategory') : row.name;

  const save = async () => {
    setError(null);
    const request = { ...(row.categoryId ? { categoryId: row.categoryId } : {}), name: row.name, colour: row.colour, order: Number(row.order || '0') };
    const res = await withApproval((approval) => pos().saveCategory(approval ? { ...request, approval } : request));
    if (!res.ok) return setError(errorText(res.error, lang));
    onDone(c('saved', { name: res.data.name }));
  };
  const remove = async () => {
    if (!row.categoryId) return;
    const categoryId = row.categoryId;
    const res = await withApproval((approval) => pos().deleteCategory(approval ? { categoryId, approval } : { categoryId }));
    if (!res.ok) return setError(errorText(res.error, lang));
    onDone(c('deleted'));
  };

  return (
    <tr>
      <td>
        <input aria-label={`${label} ${c('categoryName')}`} value={row.name} maxLength={30} placeholder={isNew ? c('newCategory') : undefined} onChange={(e) => setRow({ ...row, name: e.target.value })} />
        <FormError error={error} />
      </td>
      <td>
        <input type="color" aria-label={`${label} ${c('colour')}`} value={row.colour} onChange={(e) => setRow({ ...row, colour: e.target.value })} />
      </td>
      <td>
        <input aria-label={`${label} ${c('order')}`} inputMode="numeric" size={4} value={row.order} onChange={(e) => setRow({ ...row, order: e.target.value.replace(/\D/g, '').slice(0, 5) })} />
      </td>
      <td className="catalog__row-actions">
        <button type="button" className="btn btn--primary" disabled={row.name.trim() === ''} onClick={() => void save()}>
          {c('save')}
        </button>
        {!isNew && (
          <button type="button" className="btn btn--danger" onClick={() => void remove()}>
            {c('deleteCategory')}
          </button>
        )}
      </td>
    </tr>
  );
}
