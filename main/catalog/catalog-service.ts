import { randomBytes } from 'node:crypto';
import Papa from 'papaparse';
import type {
  CategoryInput,
  CategoryView,
  CatalogView,
  ImportPreview,
  ImportResult,
  ProductInput,
  ProductView,
} from '../../contract/catalog';
import { AppError } from '../../contract/result';
import type { AccessControl } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { CatalogStore } from './catalog-store';
import { decodeCsv } from './csv-decode';
import { catalogCsv } from './csv-export';
import { planImport, type ImportPlan } from './import-plan';
import { queryKey } from './search-terms';

export interface CatalogServiceDeps {
  store: CatalogStore;
  access: AccessControl;
  audit: AuditLog;
  now: () => number;
}

export const newProductId = (): string => `prd-${randomBytes(8).toString('hex')}`;
const newCategoryId = (): string => `cat-${randomBytes(8).toString('hex')}`;

/** The file of the one preview a confirm may write (the newest; a restart forgets it). */
interface PendingImport {
  previewId: string;
  text: string;
}

/**
 * The catalog: reads for everyone, edits for managers and owners (a cashier's screen sends a
 * manager's approval), every change audited. An import is previewed (nothing written) and then
 * confirmed; confirm plans the same file again against the catalog as it is then.
 */
export class CatalogService {
  private pending: PendingImport | null = null;

  constructor(private readonly deps: CatalogServiceDeps) {}

  catalog(includeInactive: boolean): CatalogView {
    return { categories: this.deps.store.categories(), products: this.deps.store.products(includeInactive) };
  }

  search(query: string, limit: number, includeInactive: boolean): ProductView[] {
    return this.deps.store.search(query.trim(), queryKey(query), limit, includeInactive);
  }

  /** The scanner's lookup: an exact barcode, else a short code. Inactive products are not sold. */
  byCode(code: string): ProductView | null {
    const product = this.deps.store.byBarcode(code) ?? this.deps.store.byShortCode(code);
    return product?.active ? product : null;
  }

  product(productId: string): ProductView | null {
    return this.deps.store.product(productId);
  }

  async saveProduct({ approval, productId, ...input }: ProductInput): Promise<ProductView> {
    const actor = await this.deps.access.authorize('manager', approval);
    const { store } = this.deps;
    const before = productId === undefined ? null : store.product(productId);
    if (productId !== undefined && before === null) {
      throw new AppError('not_found', 'No product with this id.', { reason: 'catalog.product_not_found', field: 'productId' });
    }
    const id = before?.productId ?? newProductId();
    if (input.categoryId !== null && store.category(input.categoryId) === null) {
      throw new AppError('invalid_input', 'No category with this id.', { reason: 'catalog.category_not_found', field: 'categoryId' });
    }
    if (!input.openPrice && input.price === 0) {
      throw new AppError('invalid_input', 'A product that is not open price needs a price.', { reason: 'catalog.price_required', field: 'price' });
    }
    const barcodes = [...new Set(input.barcodes)];
    for (const barcode of barcodes) {
      const owner = store.byBarcode(barcode);
      if (owner && owner.productId !== id) {
        throw new AppError('conflict', `Barcode ${barcode} already belongs to another product.`, {
          reason: 'catalog.duplicate_barcode',
          field: 'barcodes',
          params: { barcode, name: owner.name },
        });
      }
    }
    if (input.shortCode !== '') {
      const owner = store.byShortCode(input.shortCode);
      if (owner && owner.productId !== id) {
        throw new AppError('conflict', `Short code ${input.shortCode} already belongs to another product.`, {
          reason: 'catalog.duplicate_short_code',
          field: 'shortCode',
          params: { code: input.shortCode, name: owner.name },
        });
      }
    }
    const product: ProductView = { ...input, barcodes, productId: id, updatedAt: this.deps.now() };
    store.saveProducts([product]);
    this.deps.audit.record(actor, 'catalog_changed', id, {
      change: before ? 'product_updated' : 'product_added',
      name: product.name,
      price: product.price,
      taxation: product.taxation,
      active: product.active,
      ...(before && before.price !== product.price ? { priceBefore: before.price } : {}),
    });
    return product;
  }

  async saveCategory({ approval, categoryId, ...input }: CategoryInput): Promise<CategoryView> {
    const actor = await this.deps.access.authorize('manager', approval);
    const { store } = this.deps;
    if (categoryId !== undefined && store.category(categoryId) === null) {
      throw new AppError('not_found', 'No category with this id.', { reason: 'catalog.category_not_found', field: 'categoryId' });
    }
    const sameName = store.categoryByName(input.name);
    if (sameName && sameName.categoryId !== categoryId) {
      throw new AppError('conflict', 'Another category has this name.', { reason: 'catalog.duplicate_category', field: 'name', params: { name: input.name } });
    }
    const category: CategoryView = { ...input, categoryId: categoryId ?? newCategoryId() };
    store.saveCategory(category, this.deps.now());
    this.deps.audit.record(actor, 'catalog_changed', category.categoryId, {
      change: categoryId === undefined ? 'category_added' : 'category_updated',
      name: category.name,
    });
    return category;
  }

  async deleteCategory(categoryId: string, approval: ProductInput['approval']): Promise<{ categoryId: string }> {
    const actor = await this.deps.access.authorize('manager', approval);
    const category = this.deps.store.category(categoryId);
    if (!category) throw new AppError('not_found', 'No category with this id.', { reason: 'catalog.category_not_found', field: 'categoryId' });
    const count = this.deps.store.productCountIn(categoryId);
    if (count > 0) {
      throw new AppError('conflict', 'The category still has products.', { reason: 'catalog.category_not_empty', params: { name: category.name, count } });
    }
    this.deps.store.deleteCategory(categoryId);
    this.deps.audit.record(actor, 'catalog_changed', categoryId, { change: 'category_deleted', name: category.name });
    return { categoryId };
  }

  /** Reads and checks a file; writes nothing (anyone may look; confirming needs a manager). */
  previewImport(contentBase64: string): ImportPreview {
    const decoded = decodeCsv(Buffer.from(contentBase64, 'base64'));
    if (decoded === null) {
      throw new AppError('invalid_input', 'The file is neither UTF-8 nor CP949 text.', { reason: 'catalog.file_unreadable', field: 'file' });
    }
    const plan = this.plan(decoded.text);
    const previewId = randomBytes(12).toString('hex');
    this.pending = { previewId, text: decoded.text };
    return {
      previewId,
      encoding: decoded.encoding,
      columns: plan.columns,
      rows: plan.rows,
      added: plan.counts.add,
      updated: plan.counts.update,
      unchanged: plan.counts.unchanged,
      problems: plan.problems,
      sample: plan.sample,
    };
  }

  async confirmImport(previewId: string, approval: ProductInput['approval']): Promise<ImportResult> {
    const actor = await this.deps.access.authorize('manager', approval);
    if (this.pending?.previewId !== previewId) {
      throw new AppError('conflict', 'This preview is no longer current; preview the file again.', { reason: 'catalog.import_expired' });
    }
    const plan = this.plan(this.pending.text);
    if (plan.problems.length > 0) {
      throw new AppError('invalid_input', 'The file has problems; fix them and preview it again.', {
        reason: 'catalog.import_has_errors',
        params: { count: plan.problems.length },
      });
    }
    this.deps.store.saveProducts(plan.writes);
    this.pending = null;
    const result = { added: plan.counts.add, updated: plan.counts.update, unchanged: plan.counts.unchanged };
    this.deps.audit.record(actor, 'catalog_imported', null, { ...result, rows: plan.rows });
    return result;
  }

  exportCsv(): { fileName: string; csv: string } {
    const d = new Date(this.deps.now());
    const ymd = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
    return { fileName: `catalog-${ymd}.csv`, csv: catalogCsv(this.deps.store.products(true), this.deps.store.categories()) };
  }

  private plan(text: string): ImportPlan {
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
    if (parsed.data.length === 0 || parsed.data.every((r) => r.every((c) => c.trim() === ''))) {
      throw new AppError('invalid_input', 'The file has no rows.', { reason: 'catalog.file_empty', field: 'file' });
    }
    const { store } = this.deps;
    const plan = planImport(parsed.data, { products: store.products(true), categories: store.categories() }, { id: newProductId, now: this.deps.now() });
    // e.g. a quote never closed: the rows after it cannot be trusted.
    // (A delimiter it cannot detect is only a note: one-column files and commas are both fine.)
    for (const e of parsed.errors.filter((x) => x.type === 'Quotes')) plan.problems.push({ line: (e.row ?? 0) + 1, column: null, reason: 'catalog.file_unreadable', params: { detail: e.code } });
    return plan;
  }
}
