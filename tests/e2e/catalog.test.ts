import type { Page } from 'playwright-core';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '../../domain/barcode';
import { catalogMessages, catalogReasonMessages } from '../../renderer/src/catalog/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { openTill, startTill, type Till } from './harness';

const c = catalogMessages.ko;
const r = catalogReasonMessages.ko;
const fill = (sentence: string, params: Record<string, string | number>) => sentence.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w));
const ean13 = (body: string) => `${body}${gs1CheckDigit(body)}`;

describe('catalog management (Chromium, browser host, Korean UI)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: c.title }).waitFor();
  });
  afterAll(() => till?.close());

  const tab = (name: string) => page.getByRole('tab', { name }).click();

  it('adds a category, then a product; a wrong check digit is named before anything is saved', async () => {
    await tab(c.tabCategories);
    await page.getByLabel(`${c.newCategory} ${c.categoryName}`, { exact: true }).fill('커피');
    await page.getByRole('button', { name: c.save }).click();
    await page.getByRole('status').filter({ hasText: fill(c.saved, { name: '커피' }) }).waitFor();

    await tab(c.tabProducts);
    // Opens with the caret in its first field.
    expect(await page.getByLabel(c.filter, { exact: true }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    const good = ean13('880111100001');
    const bad = `${good.slice(0, -1)}${(Number(good.at(-1)) + 1) % 10}`;
    await page.getByLabel(c.name, { exact: true }).fill('아메리카노');
    await page.getByLabel(c.price, { exact: true }).fill('4500');
    await page.getByLabel(c.category, { exact: true }).selectOption({ label: '커피' });
    await page.getByLabel(c.barcodes, { exact: true }).fill(bad);
    await page.getByRole('button', { name: c.save }).click();
    await page.getByText(fill(r['catalog.bad_check_digit'], { barcode: bad })).waitFor();
    expect(await page.getByRole('table', { name: c.tabProducts }).count()).toBe(0);

    await page.getByLabel(c.barcodes, { exact: true }).fill(good);
    await page.getByRole('button', { name: c.save }).click();
    await page.getByRole('status').filter({ hasText: fill(c.saved, { name: '아메리카노' }) }).waitFor();
    await page.getByRole('table', { name: c.tabProducts }).getByRole('row').filter({ hasText: '아메리카노' }).waitFor();
  });

  it('imports a CP949 file from Korean Excel: every problem by line, column and reason, nothing written until the fixed file is confirmed', async () => {
    await tab(c.tabCsv);
    const header = '상품명,가격,과세구분,분류,바코드';
    const rows = ['바나나,3000,면세,커피,', '카페라떼,5천원,과세,커피,', '크루아상,3500,과세,빵,'];
    const file = (lines: string[]) => ({ name: '상품.csv', mimeType: 'text/csv', buffer: iconv.encode([header, ...lines].join('\r\n'), 'cp949') });

    await page.getByLabel(c.csvFile, { exact: true }).setInputFiles(file(rows));
    await page.getByRole('heading', { name: c.preview }).waitFor();
    expect(await page.getByText(fill(c.previewOf, { file: '상품.csv', rows: 3, encoding: 'cp949' })).count()).toBe(1);
    const problems = page.getByRole('table', { name: fill(c.problems, { count: 2 }) });
    const body = problems.locator('tbody tr');
    const cells: string[][] = [];
    for (let i = 0; i < (await body.count()); i++) cells.push(await body.nth(i).locator('td').allTextContents());
    expect(cells).toEqual([
      ['3', '가격', fill(r['catalog.price_not_a_number'], { value: '5천원' })],
      ['4', '분류', fill(r['catalog.unknown_category'], { category: '빵' })],
    ]);
    expect(await page.getByRole('button', { name: c.confirmImport }).isDisabled()).toBe(true);

    await page.getByLabel(c.csvFile, { exact: true }).setInputFiles(file(['바나나,3000,면세,커피,', '카페라떼,5000,과세,커피,', '크루아상,3500,과세,,']));
    await page.getByText(c.noProblems).waitFor();
    await page.getByRole('button', { name: c.confirmImport }).click();
    await page.getByRole('dialog').getByRole('button', { name: c.confirmImport }).click();
    await page.getByRole('status').filter({ hasText: fill(c.imported, { added: 3, updated: 0, unchanged: 0 }) }).waitFor();

    // The sale screen's grid has them, 면세 marked.
    await page.keyboard.press('F2');
    const banana = page.getByRole('group', { name: saleMessages.ko.grid }).getByRole('button', { name: /바나나/ });
    expect(await banana.textContent()).toContain(saleMessages.ko.taxFree);
  });

  it('exports the catalog as a CSV file to download', async () => {
    await page.keyboard.press('F4');
    await tab(c.tabCsv);
    await page.getByRole('button', { name: c.export }).click();
    const link = page.getByRole('link', { name: /내려받기/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const text = await (await download.createReadStream()).toArray();
    const csv = Buffer.concat(text as Buffer[]).toString('utf8');
    for (const name of ['아메리카노', '바나나', '카페라떼', '크루아상']) expect(csv).toContain(name);
  });
});
