import { useState, type FormEvent } from 'react';
import type { CategoryView, ProductView, Taxation } from '../../../contract/catalog';
import { barcodeProblem } from '../../../domain/barcode';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { formatWonInput, wonOf } from '../charge/form';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { ChoiceSwitch } from '../sale/ChoiceSwitch';
import { errorText } from '../kernel/errors';
import { catalogMessages, catalogReasonMessages } from './messages';
import { fill } from '../i18n';

interface Props {
  product: ProductView | null;
  categories: readonly CategoryView[];
  onNew(): void;
  onSaved(product: ProductView): void;
}

/** Adds or edits one product; main checks barcodes (check digits, duplicates) and names the field. */
export function ProductForm({ product, categories, onNew, onSaved }: Props) {
  const c = useMessages(catalogMessages);
  const lang = useApp((s) => s.lang);
  const [name, setName] = useState(product?.name ?? '');
  const [price, setPrice] = useState(product ? formatWonInput(String(product.price)) : '');
  const [taxation, setTaxation] = useState<Taxation>(product?.taxation ?? 'taxable');
  const [categoryId, setCategoryId] = useState<string>(product?.categoryId ?? '');
  const [barcodes, setBarcodes] = useState(product?.barcodes.join(', ') ?? '');
  const [shortCode, setShortCode] = useState(product?.shortCode ?? '');
  const [openPrice, setOpenPrice] = useState(product?.openPrice ?? false);
  const [active, setActive] = useState(product?.active ?? true);
  const [gridOrder, setGridOrder] = useState(String(product?.gridOrder ?? 0));
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    const codes = barcodes.split(/[,\s]+/).filter(Boolean);
    // Checked here first with the catalog's own rule (domain/barcode), so the sentence names the code.
    for (const barcode of codes) {
      const problem = barcodeProblem(barcode);
      if (problem !== null) {
        const reason = problem === 'check_digit' ? 'catalog.bad_check_digit' : 'catalog.bad_barcode';
        return setError({ field: 'barcodes', text: fill(catalogReasonMessages[lang][reason], { barcode }) });
      }
    }
    setBusy(true);
    const request = {
      ...(product ? { productId: product.productId } : {}),
      name,
      price: openPrice ? 0 : wonOf(price),
      taxation,
      categoryId: categoryId === '' ? null : categoryId,
      barcodes: codes,
      shortCode: shortCode.trim(),
      openPrice,
      active,
      gridOrder: Number(gridOrder.replace(/\D/g, '') || '0'),
    };
    const res = await withApproval((approval) => pos().saveProduct(approval ? { ...request, approval } : request));
    setBusy(false);
    if (!res.ok) return setError({ field: res.error.field ?? null, text: errorText(res.error, lang) });
    onSaved(res.data);
  };

  const errorOf = (field: string) => (error?.field !== null && error?.field?.startsWith(field) ? error.text : undefined);
  const formError = error !== null && (error.field === null || !['name', 'price', 'barcodes', 'shortCode'].some((f) => error.field?.startsWith(f))) ? error.text : null;

  return (
    <form className="catalog__form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="product-form-title">
      <header className="screen-header">
        <h2 id="product-form-title">{product ? c('editProduct', { name: product.name }) : c('addProduct')}</h2>
        {product && (
          <button type="button" className="btn" onClick={onNew}>
            {c('newProduct')}
          </button>
        )}
      </header>
      <TextField name="productName" label={c('name')} value={name} onChange={setName} maxLength={60} error={errorOf('name')} />
      <div className="field-row">
        <TextField name="productPrice" label={c('price')} value={openPrice ? '' : price} onChange={(v) => setPrice(formatWonInput(v))} inputMode="numeric" disabled={openPrice} error={errorOf('price')} />
        <div className="field">
          <label htmlFor="f-productCategory">{c('category')}</label>
          <select id="f-productCategory" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{c('noCategory')}</option>
            {categories.map((x) => (
              <option key={x.categoryId} value={x.categoryId}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ChoiceSwitch
        name="productTaxation"
        label={c('taxation')}
        options={[
          { value: 'taxable', label: c('taxable') },
          { value: 'tax_free', label: c('taxFree') },
        ]}
        value={taxation}
        onChange={setTaxation}
      />
      <TextField name="productBarcodes" label={c('barcodes')} value={barcodes} onChange={setBarcodes} inputMode="numeric" error={errorOf('barcodes')} />
      <div className="field-row">
        <TextField name="productShortCode" label={c('shortCode')} value={shortCode} onChange={setShortCode} maxLength={12} error={errorOf('shortCode')} />
        <TextField name="productGridOrder" label={c('gridOrder')} value={gridOrder} onChange={(v) => setGridOrder(v.replace(/\D/g, '').slice(0, 7))} inputMode="numeric" />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={openPrice} onChange={(e) => setOpenPrice(e.target.checked)} /> {c('openPrice')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> {c('active')}
      </label>
      <FormError error={formError} />
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {c('save')}
      </button>
    </form>
  );
}
