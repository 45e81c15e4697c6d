import Papa from 'papaparse';
import type { CategoryView, ProductView } from '../../contract/catalog';
import { CSV_FIELDS, EXPORT_HEADERS, formatFlag, formatTaxation } from './csv-columns';

/**
 * The catalog as a CSV that the import reads back unchanged: Korean headers, UTF-8 with a BOM
 * (Korean Excel opens it right), CRLF, barcodes joined by `;`. A cell starting with = + - @ gets
 * a leading ' so a spreadsheet shows it instead of running it; the import takes the ' off again.
 */
export function catalogCsv(products: readonly ProductView[], categories: readonly CategoryView[]): string {
  const categoryName = new Map(categories.map((c) => [c.categoryId, c.name]));
  const rows = products.map((p) => ({
    name: p.name,
    price: String(p.price),
    taxation: formatTaxation(p.taxation),
    category: p.categoryId === null ? '' : (categoryName.get(p.categoryId) ?? ''),
    barcodes: p.barcodes.join(';'),
    shortCode: p.shortCode,
    openPrice: formatFlag(p.openPrice),
    active: formatFlag(p.active),
    gridOrder: String(p.gridOrder),
  }));
  const csv = Papa.unparse(
    { fields: CSV_FIELDS.map((f) => EXPORT_HEADERS[f]), data: rows.map((row) => CSV_FIELDS.map((f) => row[f])) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${csv}\r\n`;
}
