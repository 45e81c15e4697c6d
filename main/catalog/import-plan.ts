import { PRODUCT_NAME_MAX, type CategoryView, type ImportPreview, type ImportProblem, type ProductView } from '../../contract/catalog';
import { barcodeProblem } from '../../domain/barcode';
import { CSV_FIELDS, mapHeaders, parseFlag, parseTaxation, parseWon, splitBarcodes, unguardFormula, type CsvField } from './csv-columns';

export const IMPORT_ROW_LIMIT = 100_000;
const SAMPLE_ROWS = 50;

export type ImportAction = 'add' | 'update' | 'unchanged';

export interface ImportPlan {
  columns: ImportPreview['columns'];
  rows: number;
  problems: ImportProblem[];
  /** What confirm writes: added and updated products only. */
  writes: ProductView[];
  counts: Record<ImportAction, number>;
  sample: ImportPreview['sample'];
}

interface Existing {
  products: readonly ProductView[];
  categories: readonly CategoryView[];
}

/**
 * Checks every row of a parsed catalog CSV against the catalog and the rest of the file, and says
 * what confirming would write. A row is the same product as an existing one by its short code,
 * else by one of its barcodes, else by its name, so importing a file twice changes nothing.
 * Columns a file leaves out keep the product's values; a column present sets them.
 */
export function planImport(records: readonly (readonly string[])[], existing: Existing, fresh: { id: () => string; now: number }): ImportPlan {
  const headers = (records[0] ?? []).map((h) => h.trim());
  const fields = mapHeaders(headers);
  const columns = headers.map((header, i) => ({ header, field: fields[i] ?? null }));
  const problems: ImportProblem[] = [];
  const headerOf = (field: CsvField): string => headers[fields.indexOf(field)] ?? field;
  const problem = (line: number, field: CsvField | null, reason: string, params: ImportProblem['params'] = {}): void =>
    void problems.push({ line, column: field === null ? null : headerOf(field), reason, params });

  for (const required of ['name', 'price'] as const) {
    if (!fields.includes(required)) problem(1, null, 'catalog.missing_column', { column: required === 'name' ? '상품명' : '가격' });
  }
  const plan: ImportPlan = { columns, rows: 0, problems, writes: [], counts: { add: 0, update: 0, unchanged: 0 }, sample: [] };
  if (problems.length > 0) return plan;

  const byShortCode = new Map<string, ProductView>();
  const byBarcode = new Map<string, ProductView>();
  const byName = new Map<string, ProductView>();
  for (const p of existing.products) {
    if (p.shortCode !== '') byShortCode.set(p.shortCode.toLowerCase(), p);
    for (const b of p.barcodes) byBarcode.set(b, p);
    if (!byName.has(p.name)) byName.set(p.name, p);
  }
  const categoryByName = new Map(existing.categories.map((c) => [c.name.toLowerCase(), c]));
  const fileBarcodes = new Map<string, { line: number; name: string }>();
  const fileShortCodes = new Map<string, { line: number; name: string }>();
  const claimed = new Map<string, number>();
  const index = new Map(CSV_FIELDS.map((f) => [f, fields.indexOf(f)]));
  const has = (f: CsvField): boolean => (index.get(f) ?? -1) >= 0;

  for (let r = 1; r < records.length; r++) {
    const record = records[r] ?? [];
    if (record.every((cell) => cell.trim() === '')) continue;
    const line = r + 1;
    plan.rows++;
    if (plan.rows > IMPORT_ROW_LIMIT) {
      problem(line, null, 'catalog.too_many_rows', { limit: IMPORT_ROW_LIMIT });
      break;
    }
    const cell = (f: CsvField): string => unguardFormula((record[index.get(f) ?? -1] ?? '').trim());
    const before = problems.length;

    const name = cell('name').normalize('NFC');
    if (name === '') problem(line, 'name', 'catalog.missing_value', { column: headerOf('name') });
    else if (name.length > PRODUCT_NAME_MAX) problem(line, 'name', 'catalog.too_long', { column: headerOf('name'), limit: PRODUCT_NAME_MAX });

    const barcodes = has('barcodes') ? splitBarcodes(cell('barcodes')) : null;
    const shortCode = has('shortCode') ? cell('shortCode') : null;
    const matched = match(shortCode, barcodes, name);
    if (matched) {
      const other = claimed.get(matched.productId);
      if (other !== undefined) problem(line, null, 'catalog.duplicate_row', { other, name: matched.name });
      claimed.set(matched.productId, line);
    } else if (!shortCode && (barcodes ?? []).length === 0 && name !== '') {
      // A new product known only by its name: a second such line would add it twice.
      const other = claimed.get(`name:${name}`);
      if (other !== undefined) problem(line, 'name', 'catalog.duplicate_row', { other, name });
      claimed.set(`name:${name}`, line);
    }

    const openPrice = has('openPrice') ? parseFlag(cell('openPrice'), false) : (matched?.openPrice ?? false);
    if (openPrice === null) problem(line, 'openPrice', 'catalog.bad_flag', { value: cell('openPrice') });
    const priceCell = cell('price');
    let price = 0;
    if (priceCell === '') {
      if (openPrice !== true) problem(line, 'price', 'catalog.price_required');
    } else {
      const won = parseWon(priceCell);
      if (won === null) problem(line, 'price', 'catalog.price_not_a_number', { value: priceCell });
      else if (won === 0 && openPrice !== true) problem(line, 'price', 'catalog.price_required');
      else price = won;
    }
    const taxation = has('taxation') ? parseTaxation(cell('taxation')) : (matched?.taxation ?? 'taxable');
    if (taxation === null) problem(line, 'taxation', 'catalog.bad_taxation', { value: cell('taxation') });
    const active = has('active') ? parseFlag(cell('active'), true) : (matched?.active ?? true);
    if (active === null) problem(line, 'active', 'catalog.bad_flag', { value: cell('active') });

    let categoryId = matched?.categoryId ?? null;
    if (has('category')) {
      const categoryName = cell('category');
      const category = categoryName === '' ? null : (categoryByName.get(categoryName.toLowerCase()) ?? undefined);
      if (category === undefined) problem(line, 'category', 'catalog.unknown_category', { category: categoryName });
      else categoryId = category?.categoryId ?? null;
    }

    let gridOrder = matched?.gridOrder ?? 0;
    if (has('gridOrder') && cell('gridOrder') !== '') {
      const n = /^\d{1,7}$/.test(cell('gridOrder')) ? Number(cell('gridOrder')) : null;
      if (n === null) problem(line, 'gridOrder', 'catalog.not_a_number', { column: headerOf('gridOrder'), value: cell('gridOrder') });
      else gridOrder = n;
    }

    for (const code of barcodes ?? []) {
      const why = barcodeProblem(code);
      if (why !== null) {
        problem(line, 'barcodes', why === 'check_digit' ? 'catalog.bad_check_digit' : 'catalog.bad_barcode', { barcode: code });
        continue;
      }
      const owner = byBarcode.get(code);
      const earlier = fileBarcodes.get(code);
      if (owner && owner.productId !== matched?.productId) problem(line, 'barcodes', 'catalog.duplicate_barcode', { barcode: code, name: owner.name });
      else if (earlier) problem(line, 'barcodes', 'catalog.duplicate_barcode', { barcode: code, name: earlier.name, other: earlier.line });
      else fileBarcodes.set(code, { line, name });
    }
    if (shortCode) {
      const key = shortCode.toLowerCase();
      const owner = byShortCode.get(key);
      const earlier = fileShortCodes.get(key);
      if (!/^[A-Za-z0-9]{1,12}$/.test(shortCode)) problem(line, 'shortCode', 'catalog.bad_short_code', { code: shortCode });
      else if (owner && owner.productId !== matched?.productId) problem(line, 'shortCode', 'catalog.duplicate_short_code', { code: shortCode, name: owner.name });
      else if (earlier) problem(line, 'shortCode', 'catalog.duplicate_short_code', { code: shortCode, name: earlier.name, other: earlier.line });
      else fileShortCodes.set(key, { line, name });
    }

    if (problems.length > before || taxation === null || active === null || openPrice === null) continue;
    const product: ProductView = {
      productId: matched?.productId ?? fresh.id(),
      name,
      price,
      taxation,
      categoryId,
      barcodes: barcodes ?? matched?.barcodes ?? [],
      shortCode: shortCode ?? matched?.shortCode ?? '',
      openPrice,
      active,
      gridOrder,
      updatedAt: matched?.updatedAt ?? fresh.now,
    };
    const action: ImportAction = !matched ? 'add' : sameProduct(matched, product) ? 'unchanged' : 'update';
    plan.counts[action]++;
    if (action !== 'unchanged') plan.writes.push({ ...product, updatedAt: fresh.now });
    if (plan.sample.length < SAMPLE_ROWS) plan.sample.push({ line, action, name, price, taxation });
  }
  return plan;

  function match(shortCode: string | null, barcodes: readonly string[] | null, name: string): ProductView | undefined {
    if (shortCode) {
      const hit = byShortCode.get(shortCode.toLowerCase());
      if (hit) return hit;
    }
    for (const code of barcodes ?? []) {
      const hit = byBarcode.get(code);
      if (hit) return hit;
    }
    return shortCode || (barcodes ?? []).length > 0 ? undefined : byName.get(name);
  }
}

function sameProduct(a: ProductView, b: ProductView): boolean {
  return (
    a.name === b.name &&
    a.price === b.price &&
    a.taxation === b.taxation &&
    a.categoryId === b.categoryId &&
    a.shortCode === b.shortCode &&
    a.openPrice === b.openPrice &&
    a.active === b.active &&
    a.gridOrder === b.gridOrder &&
    a.barcodes.length === b.barcodes.length &&
    [...a.barcodes].sort().join(' ') === [...b.barcodes].sort().join(' ')
  );
}
