import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CategoryView, ProductView } from '../../contract/catalog';
import { prefixEnd } from '../customers/search-plan';
import { termsOf } from './search-terms';

const flag = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

const ProductRow = z.object({
  product_id: z.string(),
  name: z.string(),
  price: z.number().int(),
  taxation: z.enum(['taxable', 'tax_free']),
  category_id: z.string().nullable(),
  short_code: z.string().nullable(),
  open_price: flag,
  active: flag,
  grid_order: z.number().int(),
  updated_at: z.number().int(),
  barcodes: z.string().nullable(),
});

const CategoryRow = z.object({ category_id: z.string(), name: z.string(), colour: z.string(), sort_order: z.number().int() });

const IdRow = z.object({ product_id: z.string() });
const CountRow = z.object({ n: z.number().int() });

const toProduct = (raw: unknown): ProductView => {
  const r = ProductRow.parse(raw);
  return ProductView.parse({
    productId: r.product_id,
    name: r.name,
    price: r.price,
    taxation: r.taxation,
    categoryId: r.category_id,
    barcodes: r.barcodes ? r.barcodes.split(' ') : [],
    shortCode: r.short_code ?? '',
    openPrice: r.open_price,
    active: r.active,
    gridOrder: r.grid_order,
    updatedAt: r.updated_at,
  });
};

const toCategory = (raw: unknown): CategoryView => {
  const r = CategoryRow.parse(raw);
  return CategoryView.parse({ categoryId: r.category_id, name: r.name, colour: r.colour, order: r.sort_order });
};

const PRODUCT_COLUMNS = `p.product_id, p.name, p.price, p.taxation, p.category_id, p.short_code, p.open_price, p.active, p.grid_order, p.updated_at,
  (SELECT group_concat(b.barcode, ' ') FROM catalog_barcodes b WHERE b.product_id = p.product_id) AS barcodes`;

/** The catalog's tables in the ledger file. Writes replace a product's barcodes and search terms with it. */
export class CatalogStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      categories: db.prepare('SELECT category_id, name, colour, sort_order FROM catalog_categories ORDER BY sort_order, name'),
      category: db.prepare('SELECT category_id, name, colour, sort_order FROM catalog_categories WHERE category_id = ?'),
      categoryByName: db.prepare('SELECT category_id, name, colour, sort_order FROM catalog_categories WHERE name = ?'),
      upsertCategory: db.prepare(
        `INSERT INTO catalog_categories (category_id, name, colour, sort_order, updated_at) VALUES (@categoryId, @name, @colour, @order, @now)
         ON CONFLICT (category_id) DO UPDATE SET name = excluded.name, colour = excluded.colour, sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
      ),
      deleteCategory: db.prepare('DELETE FROM catalog_categories WHERE category_id = ?'),
      productsIn: db.prepare('SELECT count(*) AS n FROM catalog_products WHERE category_id = ?'),
      products: db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM catalog_products p WHERE p.active = 1 OR @all ORDER BY p.grid_order, p.name`),
      product: db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM catalog_products p WHERE p.product_id = ?`),
      byBarcode: db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM catalog_barcodes c JOIN catalog_products p ON p.product_id = c.product_id WHERE c.barcode = ?`),
      byShortCode: db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM catalog_products p WHERE p.short_code = ?`),
      shortCodeIds: db.prepare(
        'SELECT product_id FROM catalog_products WHERE short_code >= @from AND short_code < @to AND (active = 1 OR @all) LIMIT @limit',
      ),
      barcodeIds: db.prepare(
        `SELECT c.product_id FROM catalog_barcodes c JOIN catalog_products p ON p.product_id = c.product_id
         WHERE c.barcode >= @from AND c.barcode < @to AND (p.active = 1 OR @all) LIMIT @limit`,
      ),
      termIds: db.prepare(
        `SELECT t.product_id FROM catalog_terms t JOIN catalog_products p ON p.product_id = t.product_id
         WHERE t.term >= @from AND t.term < @to AND (p.active = 1 OR @all) LIMIT @limit`,
      ),
      upsertProduct: db.prepare(
        `INSERT INTO catalog_products (product_id, name, price, taxation, category_id, short_code, open_price, active, grid_order, updated_at)
         VALUES (@productId, @name, @price, @taxation, @categoryId, @shortCode, @openPrice, @active, @gridOrder, @updatedAt)
         ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, price = excluded.price, taxation = excluded.taxation,
           category_id = excluded.category_id, short_code = excluded.short_code, open_price = excluded.open_price,
           active = excluded.active, grid_order = excluded.grid_order, updated_at = excluded.updated_at`,
      ),
      clearBarcodes: db.prepare('DELETE FROM catalog_barcodes WHERE product_id = ?'),
      addBarcode: db.prepare('INSERT INTO catalog_barcodes (barcode, product_id) VALUES (?, ?)'),
      clearTerms: db.prepare('DELETE FROM catalog_terms WHERE product_id = ?'),
      addTerm: db.prepare('INSERT OR IGNORE INTO catalog_terms (term, product_id) VALUES (?, ?)'),
    };
  }

  categories(): CategoryView[] {
    return this.stmt.categories.all().map(toCategory);
  }

  category(categoryId: string): CategoryView | null {
    const row = this.stmt.category.get(categoryId);
    return row === undefined ? null : toCategory(row);
  }

  categoryByName(name: string): CategoryView | null {
    const row = this.stmt.categoryByName.get(name);
    return row === undefined ? null : toCategory(row);
  }

  saveCategory(category: CategoryView, now: number): void {
    this.stmt.upsertCategory.run({ ...category, now });
  }

  deleteCategory(categoryId: string): void {
    this.stmt.deleteCategory.run(categoryId);
  }

  productCountIn(categoryId: string): number {
    return CountRow.parse(this.stmt.productsIn.get(categoryId)).n;
  }

  products(includeInactive: boolean): ProductView[] {
    return this.stmt.products.all({ all: includeInactive ? 1 : 0 }).map(toProduct);
  }

  product(productId: string): ProductView | null {
    const row = this.stmt.product.get(productId);
    return row === undefined ? null : toProduct(row);
  }

  byBarcode(code: string): ProductView | null {
    const row = this.stmt.byBarcode.get(code);
    return row === undefined ? null : toProduct(row);
  }

  byShortCode(code: string): ProductView | null {
    const row = this.stmt.byShortCode.get(code);
    return row === undefined ? null : toProduct(row);
  }

  /**
   * Products whose short code or barcode starts with `code`, or a name term with `key` (in that
   * order), at most `limit`. Each index range is read only as far as the limit needs.
   */
  search(code: string, key: string, limit: number, includeInactive: boolean): ProductView[] {
    const ids = new Set<string>();
    const all = includeInactive ? 1 : 0;
    // A product can match several of its terms: read enough rows to still find `limit` distinct ones.
    const ranges: [Database.Statement, string][] = [
      [this.stmt.shortCodeIds, code],
      [this.stmt.barcodeIds, code],
      [this.stmt.termIds, key],
    ];
    for (const [stmt, from] of ranges) {
      if (ids.size >= limit) break;
      for (const raw of stmt.all({ from, to: prefixEnd(from), all, limit: limit * 8 })) {
        ids.add(IdRow.parse(raw).product_id);
        if (ids.size >= limit) break;
      }
    }
    return [...ids].flatMap((id) => this.product(id) ?? []);
  }

  /**
   * Writes products (with their barcodes and search terms) in one transaction. Barcodes and terms
   * go in sorted, so a large import appends to their b-trees instead of writing all over them.
   */
  saveProducts(products: readonly ProductView[]): void {
    this.db.transaction(() => {
      const barcodes: [string, string][] = [];
      const terms: [string, string][] = [];
      for (const p of products) {
        this.stmt.upsertProduct.run({
          productId: p.productId,
          name: p.name,
          price: p.price,
          taxation: p.taxation,
          categoryId: p.categoryId,
          shortCode: p.shortCode === '' ? null : p.shortCode,
          openPrice: p.openPrice ? 1 : 0,
          active: p.active ? 1 : 0,
          gridOrder: p.gridOrder,
          updatedAt: p.updatedAt,
        });
        this.stmt.clearBarcodes.run(p.productId);
        this.stmt.clearTerms.run(p.productId);
        for (const code of p.barcodes) barcodes.push([code, p.productId]);
        for (const term of termsOf(p.name)) terms.push([term, p.productId]);
      }
      const byKey = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      for (const [code, id] of barcodes.sort(byKey)) this.stmt.addBarcode.run(code, id);
      for (const [term, id] of terms.sort(byKey)) this.stmt.addTerm.run(term, id);
    })();
  }
}
