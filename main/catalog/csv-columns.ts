import type { Taxation } from '../../contract/catalog';

/** The fields a catalog CSV can carry, and the headers (Korean or English) each is read from. */
export const CSV_FIELDS = ['name', 'price', 'taxation', 'category', 'barcodes', 'shortCode', 'openPrice', 'active', 'gridOrder'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** The header export writes for each field (and the first name import knows it by). */
export const EXPORT_HEADERS: Readonly<Record<CsvField, string>> = {
  name: '상품명',
  price: '가격',
  taxation: '과세구분',
  category: '분류',
  barcodes: '바코드',
  shortCode: '단축코드',
  openPrice: '시가',
  active: '사용',
  gridOrder: '순서',
};

const ALIASES: Readonly<Record<CsvField, readonly string[]>> = {
  name: ['상품명', '품명', '제품명', '이름', 'name', 'productname', 'product'],
  price: ['가격', '판매가', '판매가격', '단가', 'price'],
  taxation: ['과세구분', '과세', '과세여부', '면세여부', '과면세', 'taxation', 'tax', 'taxtype'],
  category: ['분류', '카테고리', '상품분류', 'category'],
  barcodes: ['바코드', 'barcode', 'barcodes'],
  shortCode: ['단축코드', '코드', '상품코드', 'shortcode', 'code'],
  openPrice: ['시가', '가격입력', '시가여부', 'openprice'],
  active: ['사용', '사용여부', '판매여부', '활성', 'active'],
  gridOrder: ['순서', '표시순서', '정렬순서', 'order', 'gridorder', 'sort'],
};

const normaliseHeader = (header: string): string => header.normalize('NFC').toLowerCase().replace(/[\s_\-()]/g, '');

const BY_ALIAS = new Map<string, CsvField>(CSV_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)));

/** Each header's field (null: not one we read); the first column for a field wins. */
export function mapHeaders(headers: readonly string[]): (CsvField | null)[] {
  const taken = new Set<CsvField>();
  return headers.map((header) => {
    const field = BY_ALIAS.get(normaliseHeader(header)) ?? null;
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** `4,500`, `₩4,500`, `4500원` → 4500; null when it is not a whole number of won. */
export function parseWon(cell: string): number | null {
  const digits = cell.replace(/[\s,₩￦원]/g, '');
  if (!/^\d{1,10}$/.test(digits)) return null;
  const won = Number(digits);
  return won <= 1_000_000_000 ? won : null;
}

export function parseTaxation(cell: string): Taxation | null {
  const v = normaliseHeader(cell);
  if (['', '과세', '과', 'taxable', 't', 'vat'].includes(v)) return 'taxable';
  if (['면세', '면', 'taxfree', 'exempt', 'f', 'free'].includes(v)) return 'tax_free';
  return null;
}

export function parseFlag(cell: string, empty: boolean): boolean | null {
  const v = normaliseHeader(cell);
  if (v === '') return empty;
  if (['y', 'yes', '예', '네', 'o', '1', 'true', '사용'].includes(v)) return true;
  if (['n', 'no', '아니오', '아니요', 'x', '0', 'false', '미사용'].includes(v)) return false;
  return null;
}

export const formatFlag = (value: boolean): string => (value ? 'Y' : 'N');
export const formatTaxation = (value: Taxation): string => (value === 'taxable' ? '과세' : '면세');

/** Several barcodes in one cell: separated by `;`, `|`, `,` or spaces. */
export const splitBarcodes = (cell: string): string[] => cell.split(/[;|,\s]+/).filter((c) => c.length > 0);

/** Undoes the export's formula guard (a ' before = + - @), so an exported file imports unchanged. */
export const unguardFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
