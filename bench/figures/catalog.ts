import { randomBytes } from 'node:crypto';
/**
 * The catalog at 50,000 products: search through the service by name prefix, 초성, short code and
 * barcode, p95, against an exact lookup by product id in the same run; the scanner's exact
 * barcode lookup; and a CSV import of 50,000 rows (preview + confirm) against parsing the same
 * file alone. Names are drawn from a shop's words, so a 2-syllable prefix or 초성 matches many.
 */
import Papa from 'papaparse';
import type { ProductView } from '../../contract/catalog';
import { AccessService } from '../../main/auth/access-service';
import { AccountStore } from '../../main/auth/account-store';
import { SqliteAuditLog } from '../../main/audit/sqlite-audit-log';
import { CatalogService } from '../../main/catalog/catalog-service';
import { CatalogStore } from '../../main/catalog/catalog-store';
import { Ledger } from '../../main/ledger/ledger';
import { gs1CheckDigit } from '../../domain/barcode';
import { measureInterleaved } from '../lib/measure';
import { benchDir } from '../lib/temp';
import { row, type Figure } from '../lib/types';

const SIZE = 50_000;
const RUNS = { iterations: 400, warmupIterations: 20, rounds: 5 };
const WORDS = ['아메리카노', '카페', '라떼', '바닐라', '초코', '녹차', '우유', '딸기', '치즈', '케이크', '쿠키', '베이글', '샌드위치', '주스', '생수', '과자', '라면', '햇반', '참치', '김밥'];
const SIZES = ['', '소', '중', '대', '1L', '500ml', '2개입', '대용량'];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const ean13 = (i: number): string => {
  const body = `880${String(i).padStart(9, '0')}`;
  return body + String(gs1CheckDigit(body));
};

function products(): ProductView[] {
  const r = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  return Array.from({ length: SIZE }, (_, i): ProductView => ({
    productId: `prd-${i.toString(16).padStart(16, '0')}`,
    name: `${pick(WORDS)} ${pick(WORDS)} ${pick(SIZES)} ${i}`.replace(/\s+/g, ' ').trim(),
    price: 500 + Math.floor(r() * 100) * 100,
    taxation: r() < 0.2 ? 'tax_free' : 'taxable',
    categoryId: null,
    barcodes: [ean13(i)],
    shortCode: `P${i}`,
    openPrice: false,
    active: true,
    gridOrder: i,
    updatedAt: 0,
  }));
}

function service(ledger: Ledger): CatalogService {
  const audit = new SqliteAuditLog(ledger.database, Date.now, randomBytes(32));
  const access = new AccessService({ accounts: new AccountStore(ledger.database), audit, now: Date.now, pepper: randomBytes(32) });
  return new CatalogService({ store: new CatalogStore(ledger.database), access, audit, now: Date.now });
}

async function searchRows(): Promise<ReturnType<typeof row>[]> {
  const dir = benchDir();
  const ledger = new Ledger({ dataDir: dir.path });
  try {
    const all = products();
    const started = performance.now();
    new CatalogStore(ledger.database).saveProducts(all);
    const fillMs = performance.now() - started;
    const catalog = service(ledger);
    const probe = (): number => Math.floor(Math.random() * SIZE);
    const lat = await measureInterleaved(
      {
        exact: () => catalog.product(`prd-${probe().toString(16).padStart(16, '0')}`),
        name: () => catalog.search('카페', 20, false),
        initials: () => catalog.search('ㅊㅋ', 20, false),
        initialsLong: () => catalog.search('ㅇㅁㄹㅋㄴ', 20, false),
        shortCode: () => catalog.search(`P${probe()}`, 20, false),
        barcode: () => catalog.search(ean13(probe()), 20, false),
        scan: () => catalog.byCode(ean13(probe())),
        nowhere: () => catalog.search('없는상품', 20, false),
      },
      RUNS,
    );
    const base = lat.exact?.p95 ?? null;
    const line = (name: keyof typeof lat, label: string, note: string) => {
      const l = lat[name];
      if (!l) throw new Error(`${name}: not measured`);
      return row({ figure: `catalog search @ 50k: ${label}`, value: l.p95, unit: 'ms', baseline: base, p50: l.p50, p95: l.p95, note });
    };
    return [
      row({ figure: 'catalog bulk fill 50k', value: fillMs / 1000, unit: 's', note: 'products + barcodes + name/초성 terms, one transaction' }),
      line('exact', 'get by product id', 'baseline: indexed exact lookup (p95)'),
      line('name', 'name prefix "카페"', 'term range; 20 of thousands of matches (p95; aim < 5 ms)'),
      line('initials', '초성 "ㅊㅋ"', 'term range on 초성 terms (p95; aim < 5 ms)'),
      line('initialsLong', '초성 "ㅇㅁㄹㅋㄴ"', 'p95; aim < 5 ms'),
      line('shortCode', 'short code', 'short-code index first (p95)'),
      line('barcode', 'barcode (EAN-13) typed in search', 'barcode index (p95; aim < 5 ms)'),
      line('scan', 'scanner exact barcode', 'productByCode (p95)'),
      line('nowhere', 'a name found nowhere', 'every range empty (p95)'),
    ];
  } finally {
    ledger.close();
    dir.cleanup();
  }
}

function csvOf(all: readonly ProductView[]): string {
  const lines = ['상품명,가격,과세구분,바코드,단축코드', ...all.map((p) => `${p.name},${p.price},${p.taxation === 'taxable' ? '과세' : '면세'},${p.barcodes.join(';')},${p.shortCode}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function importRows(): Promise<ReturnType<typeof row>[]> {
  const dir = benchDir();
  const ledger = new Ledger({ dataDir: dir.path });
  try {
    const file = Buffer.from(csvOf(products()), 'utf8');
    const parseStarted = performance.now();
    Papa.parse<string[]>(file.toString('utf8'), { header: false });
    const parseMs = performance.now() - parseStarted;
    const catalog = service(ledger);
    const started = performance.now();
    const preview = catalog.previewImport(file.toString('base64'));
    const previewMs = performance.now() - started;
    const result = await catalog.confirmImport(preview.previewId, undefined);
    const totalMs = performance.now() - started;
    if (result.added !== SIZE || preview.problems.length > 0) throw new Error(`import of ${SIZE} rows added ${result.added}, ${preview.problems.length} problems`);
    return [
      row({ figure: 'CSV import 50k rows (preview + confirm)', value: totalMs / 1000, unit: 's', baseline: parseMs / 1000, note: `baseline: papaparse alone; preview ${(previewMs / 1000).toFixed(2)} s; aim < 5 s` }),
    ];
  } finally {
    ledger.close();
    dir.cleanup();
  }
}

export const figure: Figure = async () => [...(await searchRows()), ...(await importRows())];
