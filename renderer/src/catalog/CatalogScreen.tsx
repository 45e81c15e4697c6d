import { useCallback, useEffect, useState } from 'react';
import type { CatalogView } from '../../../contract/catalog';
import { useApp } from '../kernel/store';
import { FormError } from '../components/FormMessage';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { errorText } from '../kernel/errors';
import { CategoriesPanel } from './CategoriesPanel';
import { CsvPanel } from './CsvPanel';
import { catalogMessages } from './messages';
import { ProductsPanel } from './ProductsPanel';
import './catalog.css';

type Tab = 'products' | 'categories' | 'csv';

/** Products, categories and CSV import/export. Everyone reads; a change needs a manager (or their PIN). */
export function CatalogScreen() {
  const t = useT();
  const c = useMessages(catalogMessages);
  const lang = useApp((s) => s.lang);
  const [tab, setTab] = useState<Tab>('products');
  const [catalog, setCatalog] = useState<CatalogView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    void pos()
      .catalog({ includeInactive: true })
      .then((res) => (res.ok ? setCatalog(res.data) : setError(errorText(res.error, lang))));
  }, [lang]);
  useEffect(reload, [reload]);

  const tabs: { id: Tab; label: string }[] = [
    { id: 'products', label: c('tabProducts') },
    { id: 'categories', label: c('tabCategories') },
    { id: 'csv', label: c('tabCsv') },
  ];

  return (
    <section className="catalog payments" aria-labelledby="catalog-title">
      <header className="screen-header">
        <h1 id="catalog-title">{c('title')}</h1>
        <div className="picker__tabs" role="tablist" aria-label={c('title')}>
          {tabs.map((x) => (
            <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} className={`picker__tab ${tab === x.id ? 'is-on' : ''}`} onClick={() => setTab(x.id)}>
              {x.label}
            </button>
          ))}
        </div>
      </header>
      <FormError error={error} />
      {catalog === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          {tab === 'products' && <ProductsPanel catalog={catalog} onChanged={reload} />}
          {tab === 'categories' && <CategoriesPanel categories={catalog.categories} onChanged={reload} />}
          {tab === 'csv' && <CsvPanel onImported={reload} />}
        </>
      )}
    </section>
  );
}
