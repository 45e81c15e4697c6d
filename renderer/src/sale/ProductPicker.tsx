import { useEffect, useState, type KeyboardEvent } from 'react';
import type { CategoryView, ProductView } from '../../../contract/catalog';
import { formatKrw } from '../../../domain/money';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { saleMessages } from './messages';

interface Props {
  categories: readonly CategoryView[];
  products: readonly ProductView[];
  disabled: boolean;
  /** The search field, so the screen can put the caret back after each tap. */
  bindSearch(el: HTMLInputElement | null): void;
  onPick(product: ProductView): void;
  /** Enter in the search field with nothing matching: the screen decides (e.g. pay). */
  onEnterEmpty(): void;
}

const SEARCH_LIMIT = 40;

/** Search field, category tabs and the product grid (touch-sized tiles), or the search's results. */
export function ProductPicker({ categories, products, disabled, bindSearch, onPick, onEnterEmpty }: Props) {
  const s = useMessages(saleMessages);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; products: ProductView[] } | null>(null);
  const [tab, setTab] = useState<string | null>(null);

  const trimmed = query.trim();
  useEffect(() => {
    if (trimmed === '') return;
    let live = true;
    void pos()
      .searchProducts({ query: trimmed, limit: SEARCH_LIMIT })
      .then((res) => {
        if (live && res.ok) setFound({ query: trimmed, products: res.data });
      });
    return () => {
      live = false;
    };
  }, [trimmed]);

  const searching = trimmed !== '';
  const results = searching && found?.query === trimmed ? found.products : null;
  const shown = searching ? (results ?? []) : products.filter((p) => tab === null || p.categoryId === tab);
  const colourOf = new Map(categories.map((c) => [c.categoryId, c.colour]));

  const pick = (product: ProductView) => {
    onPick(product);
    setQuery('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (e.repeat) return;
    if (!searching) return onEnterEmpty();
    // A typed short code or barcode is exact; otherwise the first match.
    void pos()
      .productByCode({ code: trimmed })
      .then((res) => {
        const exact = res.ok ? res.data : null;
        const first = exact ?? results?.[0];
        if (first) pick(first);
      });
  };

  return (
    <div className="picker">
      <div className="field picker__search">
        <label htmlFor="f-saleSearch">{s('search')}</label>
        <input
          id="f-saleSearch"
          ref={bindSearch}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={s('searchPlaceholder')}
          value={query}
          disabled={disabled}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {!searching && (
        <div className="picker__tabs" role="tablist" aria-label={s('categories')}>
          {[null, ...categories.map((c) => c.categoryId)].map((id) => {
            const category = categories.find((c) => c.categoryId === id);
            return (
              <button
                key={id ?? 'all'}
                type="button"
                role="tab"
                aria-selected={tab === id}
                className={`picker__tab ${tab === id ? 'is-on' : ''}`}
                style={category ? { borderColor: category.colour } : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => setTab(id)}
              >
                {category?.name ?? s('allCategories')}
              </button>
            );
          })}
        </div>
      )}
      {searching && results !== null && results.length === 0 && <p className="empty">{s('searchNone', { query: trimmed })}</p>}
      {!searching && products.length === 0 && <p className="empty">{s('gridEmpty')}</p>}
      <div className="picker__grid" role="group" aria-label={s('grid')}>
        {shown.map((p) => (
          <button
            key={p.productId}
            type="button"
            className="tile"
            disabled={disabled}
            style={{ borderLeftColor: (p.categoryId && colourOf.get(p.categoryId)) || 'var(--line)' }}
            // A tap must not take the caret out of the search field (the scanner and keypad type there).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(p)}
          >
            <span className="tile__name">{p.name}</span>
            <span className="tile__price">{p.openPrice ? s('openPrice') : formatKrw(p.price)}</span>
            {p.taxation === 'tax_free' && <span className="tile__tag">{s('taxFree')}</span>}
          </button>
        ))}
      </div>
    </div>
  );
}
