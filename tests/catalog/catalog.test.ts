import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import { CatalogService } from '../../main/catalog/catalog-service';
import { CatalogStore } from '../../main/catalog/catalog-store';
import { authFixture } from '../auth/support';
import { CASHIER_PIN, OWNER_PIN } from '../support/pins';

type Fixture = ReturnType<typeof authFixture>;

let fx: Fixture;
let catalog: CatalogService;

beforeEach(() => {
  fx = authFixture();
  catalog = new CatalogService({ store: new CatalogStore(fx.ledger.database), access: fx.access, audit: fx.audit, now: () => fx.clock.now });
});
afterEach(() => fx.close());

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const cp949 = (text: string): string => base64(iconv.encode(text, 'cp949'));
const utf8Bom = (text: string): string => base64(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function seed() {
  const coffee = await catalog.saveCategory({ name: '커피', colour: '#8b5a2b', order: 0 });
  const bakery = await catalog.saveCategory({ name: '베이커리', colour: '#d2a060', order: 1 });
  const product = (name: string, price: number, extra: Partial<Parameters<CatalogService['saveProduct']>[0]> = {}) =>
    catalog.saveProduct({
      name,
      price,
      taxation: 'taxable',
      categoryId: coffee.categoryId,
      barcodes: [],
      shortCode: '',
      openPrice: false,
      active: true,
      gridOrder: 0,
      ...extra,
    });
  const americano = await product('아메리카노', 4500, { barcodes: ['8801234567893'], shortCode: '101' });
  const iced = await product('아이스 아메리카노', 5000, { shortCode: '102' });
  const latte = await product('카페라떼', 5000, { barcodes: ['96385074'] });
  const bagel = await product('플레인 베이글', 3000, { taxation: 'tax_free', categoryId: bakery.categoryId, barcodes: ['ST-1'] });
  return { coffee, bakery, americano, iced, latte, bagel };
}

describe('catalog', () => {
  it('finds products by name, 초성, short code and barcode', async () => {
    const { americano, iced, latte, bagel } = await seed();
    const names = (query: string) => catalog.search(query, 20, false).map((p) => p.name);
    expect(names('아메')).toEqual(expect.arrayContaining([americano.name, iced.name]));
    expect(names('아메')).toHaveLength(2);
    expect(names('ㅇㅁㄹㅋ')).toEqual(expect.arrayContaining([americano.name, iced.name]));
    expect(names('ㅋㅍ')).toEqual([latte.name]);
    expect(names('베이글')).toEqual([bagel.name]);
    expect(names('101')).toEqual([americano.name]);
    expect(names('880123')).toEqual([americano.name]);
    expect(names('ㅎ')).toEqual([]);
    expect(catalog.byCode('8801234567893')?.productId).toBe(americano.productId);
    expect(catalog.byCode('102')?.productId).toBe(iced.productId);
    expect(catalog.byCode('8801234567')).toBeNull();
  });

  it('refuses a barcode or short code another product has, naming it, and a wrong check digit at the boundary', async () => {
    const { americano, coffee } = await seed();
    const input = {
      name: '디카페인',
      price: 5000,
      taxation: 'taxable' as const,
      categoryId: coffee.categoryId,
      barcodes: ['8801234567893'],
      shortCode: '',
      openPrice: false,
      active: true,
      gridOrder: 1,
    };
    const dup = await rejection(catalog.saveProduct(input));
    expect(dup.reason).toBe('catalog.duplicate_barcode');
    expect(dup.params).toEqual({ barcode: '8801234567893', name: americano.name });
    const code = await rejection(catalog.saveProduct({ ...input, barcodes: [], shortCode: '101' }));
    expect(code.reason).toBe('catalog.duplicate_short_code');
    const { ProductInput } = await import('../../contract/catalog');
    const parsed = ProductInput.safeParse({ ...input, barcodes: ['8801234567890'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('check digit');
    // An inactive product is not found by the scanner nor by a default search.
    await catalog.saveProduct({ ...input, productId: americano.productId, name: americano.name, active: false });
    expect(catalog.byCode('8801234567893')).toBeNull();
    expect(catalog.search('아메리카노', 5, false).map((p) => p.name)).toEqual(['아이스 아메리카노']);
  });

  it('lets only a manager or owner edit, and audits every change', async () => {
    await fx.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const owner = fx.accounts.all()[0];
    await fx.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN });
    const cashier = fx.accounts.all().find((a) => a.name === '알바');
    if (!owner || !cashier) throw new Error('accounts missing');
    await fx.access.signIn(cashier.id, CASHIER_PIN);
    const denied = await rejection(catalog.saveCategory({ name: '음료', colour: '#336699', order: 0 }));
    expect(denied.code).toBe('forbidden');
    const drinks = await catalog.saveCategory({ name: '음료', colour: '#336699', order: 0, approval: { requestId: String(denied.params?.requestId), cashierId: owner.id, pin: OWNER_PIN } });
    const changes = fx.audit.page(null, 50).filter((e) => e.action === 'catalog_changed');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.target).toBe(drinks.categoryId);
    expect(changes[0]?.actorName).toBe('사장');
  });

  it('deletes only an empty category', async () => {
    const { bakery } = await seed();
    const full = await rejection(catalog.deleteCategory(bakery.categoryId, undefined));
    expect(full.reason).toBe('catalog.category_not_empty');
    expect(full.params).toEqual({ name: '베이커리', count: 1 });
    const empty = await catalog.saveCategory({ name: '빈 분류', colour: '#000000', order: 9 });
    await catalog.deleteCategory(empty.categoryId, undefined);
    expect(catalog.catalog(true).categories.map((c) => c.name)).toEqual(['커피', '베이커리']);
  });
});

describe('CSV import', () => {
  const header = '상품명,가격,과세구분,분류,바코드,단축코드,시가\r\n';

  it('reads a CP949 file from Korean Excel and names every problem by line, column and reason, writing nothing', async () => {
    await seed();
    const before = catalog.catalog(true);
    const file =
      header +
      '콜드브루,"5,500",과세,커피,8809876543213,201,N\r\n' + // line 2: fine (EAN-13, check digit 3)
      '바닐라라떼,5900,과세,커피,8801234567890,,N\r\n' + // line 3: bad check digit
      '우유,2500,면세,베이커리,,,N\r\n' + // line 4: fine
      // line 5: short code 102 is 아이스 아메리카노 (renamed here), but the barcode is 아메리카노's
      '아이스 녹차라떼,5500,과세,커피,8801234567893,102,N\r\n' +
      '쿠키,삼천원,면세,베이커리,,,N\r\n' + // line 6: price not a number
      '샌드위치,6500,과세,브런치,,,N\r\n' + // line 7: unknown category
      '시즌메뉴,,과세,커피,,,Y\r\n'; // line 8: open price, fine
    const preview = catalog.previewImport(cp949(file));
    expect(preview.encoding).toBe('cp949');
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'price', 'taxation', 'category', 'barcodes', 'shortCode', 'openPrice']);
    expect(preview.rows).toBe(7);
    expect(preview.problems).toEqual([
      { line: 3, column: '바코드', reason: 'catalog.bad_check_digit', params: { barcode: '8801234567890' } },
      { line: 5, column: '바코드', reason: 'catalog.duplicate_barcode', params: { barcode: '8801234567893', name: '아메리카노' } },
      { line: 6, column: '가격', reason: 'catalog.price_not_a_number', params: { value: '삼천원' } },
      { line: 7, column: '분류', reason: 'catalog.unknown_category', params: { category: '브런치' } },
    ]);
    expect(preview.added).toBe(3);
    const refused = await rejection(catalog.confirmImport(preview.previewId, undefined));
    expect(refused.reason).toBe('catalog.import_has_errors');
    expect(catalog.catalog(true)).toEqual(before);
  });

  it('imports a clean CP949 file once: the same file again changes nothing', async () => {
    await seed();
    const file = header + '콜드브루,"5,500",과세,커피,8809876543213,201,N\r\n우유,2500,면세,베이커리,,,N\r\n시즌메뉴,,과세,커피,,,Y\r\n';
    const first = catalog.previewImport(cp949(file));
    expect(first.problems).toEqual([]);
    expect(await catalog.confirmImport(first.previewId, undefined)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    const after = catalog.catalog(true);
    const milk = catalog.search('우유', 1, false)[0];
    expect(milk).toMatchObject({ price: 2500, taxation: 'tax_free', openPrice: false });
    expect(catalog.byCode('201')).toMatchObject({ name: '콜드브루', price: 5500, barcodes: ['8809876543213'] });

    fx.clock.now += 60_000;
    const again = catalog.previewImport(cp949(file));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, problems: [] });
    expect(await catalog.confirmImport(again.previewId, undefined)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(catalog.catalog(true)).toEqual(after);
    expect(fx.audit.page(null, 50).filter((e) => e.action === 'catalog_imported')).toHaveLength(2);
  });

  it('reads a UTF-8 file with a BOM and English headers, and an exported file imports back unchanged', async () => {
    await seed();
    const file = 'Name,Price,Tax,Category,Barcode,Code,Active\nEspresso,4000,taxable,커피,036000291452,E1,Y\nScone,3500,tax_free,베이커리,,,N\n';
    const preview = catalog.previewImport(utf8Bom(file));
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.problems).toEqual([]);
    await catalog.confirmImport(preview.previewId, undefined);
    expect(catalog.byCode('E1')).toMatchObject({ name: 'Espresso', taxation: 'taxable', barcodes: ['036000291452'] });
    expect(catalog.search('scone', 5, true)[0]).toMatchObject({ active: false, taxation: 'tax_free' });

    const exported = catalog.exportCsv();
    expect(exported.csv.startsWith('\uFEFF상품명,가격,과세구분,분류,바코드,단축코드,시가,사용,순서\r\n')).toBe(true);
    const back = catalog.previewImport(base64(Buffer.from(exported.csv, 'utf8')));
    expect(back).toMatchObject({ encoding: 'utf-8-bom', added: 0, updated: 0, unchanged: 6, problems: [] });
  });

  it('refuses a file that is neither UTF-8 nor CP949, a missing column, and an old preview', async () => {
    const garbage = await rejection(Promise.resolve().then(() => catalog.previewImport(base64(new Uint8Array([0xff, 0xfe, 0x00, 0xc8, 0x41])))));
    expect(garbage.reason).toBe('catalog.file_unreadable');
    const noPrice = catalog.previewImport(utf8Bom('상품명,분류\n아메리카노,커피\n'));
    expect(noPrice.problems).toEqual([{ line: 1, column: null, reason: 'catalog.missing_column', params: { column: '가격' } }]);
    const first = catalog.previewImport(utf8Bom('상품명,가격\n물,1000\n'));
    catalog.previewImport(utf8Bom('상품명,가격\n물,1000\n'));
    expect((await rejection(catalog.confirmImport(first.previewId, undefined))).reason).toBe('catalog.import_expired');
  });

  it("reads the README's example file without a problem", async () => {
    await catalog.saveCategory({ name: '커피', colour: '#8b5a2b', order: 0 });
    await catalog.saveCategory({ name: '식료품', colour: '#2f7d32', order: 1 });
    const preview = catalog.previewImport(readFileSync('docs/catalog-example.csv').toString('base64'));
    expect(preview).toMatchObject({ encoding: 'utf-8-bom', rows: 5, added: 5, problems: [] });
    expect(preview.columns.every((c) => c.field !== null)).toBe(true);
  });

  it('names duplicates inside the file', async () => {
    const preview = catalog.previewImport(utf8Bom('상품명,가격,바코드\n물,1000,8801234567893\n탄산수,1500,8801234567893\n물,1000,\n물,1200,\n'));
    expect(preview.problems).toEqual([
      { line: 3, column: '바코드', reason: 'catalog.duplicate_barcode', params: { barcode: '8801234567893', name: '물', other: 2 } },
      { line: 5, column: '상품명', reason: 'catalog.duplicate_row', params: { other: 4, name: '물' } },
    ]);
  });
});
