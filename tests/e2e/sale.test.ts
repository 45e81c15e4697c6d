import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gs1CheckDigit } from '../../domain/barcode';
import { saleMessages } from '../../renderer/src/sale/messages';
import { paymentsMessages } from '../../renderer/src/history/messages';
import { setFaults, taxFreeOf } from '../../sandbox/control';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { startWebHost, type WebHost } from '../../webhost/server';
import { sandboxToken } from '../core/support/sandbox';
import { ensureRendererBuilt, futureExpiry, launchBrowser, text, wedgeType, type TillWindow } from './harness';

const s = saleMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
const fill = (sentence: string, params: Record<string, string | number>) => sentence.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w));

/** A valid EAN-13 from 12 digits (Korea's 880 prefix). */
const ean13 = (body: string) => `${body}${gs1CheckDigit(body)}`;
const CODES = { americano: ean13('880123400001'), latte: ean13('880123400002'), water: ean13('880123400003') };

const FoundPayment = z.object({
  response: z.object({ amount: z.number(), name: z.string(), status: z.string(), cancel_amount: z.number() }),
});
async function atPortOne(sandboxUrl: string, merchantUid: string) {
  const res = await fetch(`${sandboxUrl}/payments/find/${merchantUid}`, { headers: { authorization: await sandboxToken(sandboxUrl) } });
  return FoundPayment.parse(await res.json()).response;
}


describe('the sale screen (Chromium, browser host, sandbox, Korean UI)', () => {
  let sandbox: SandboxHandle;
  let browser: Browser;
  let host: WebHost;
  let page: Page;
  let dataDir: string;
  let paidUid = '';

  const startHost = async () => {
    host = await startWebHost({ port: 0, dataDir, portoneApiUrl: sandbox.url, lang: 'ko', core: { sleep: () => Promise.resolve() } });
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
  };
  const tile = (name: string) => page.getByRole('group', { name: s.grid }).getByRole('button', { name: new RegExp(name) });
  const search = () => page.getByLabel(s.search, { exact: true });
  const cart = () => page.getByRole('list', { name: s.cart });
  const line = (name: string) => cart().getByRole('listitem').filter({ hasText: name });
  const total = (key: 'supply' | 'vat' | 'taxFreeTotal' | 'discountTotal') => page.locator(`[data-total="${key}"]`).textContent();

  beforeAll(async () => {
    await ensureRendererBuilt();
    [sandbox, browser] = await Promise.all([startSandbox({ port: 0 }), launchBrowser()]);
    dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-sale-'));
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Running in real time; wedgeType pauses it while a scan's keys go in.
    await page.clock.install();
    await startHost();
    // The catalog a manager would have entered on the catalog screen (tested there), here through the bridge.
    const seeded = await page.evaluate(async (codes) => {
      const { pos } = globalThis as unknown as TillWindow;
      const coffee = await pos.saveCategory({ name: '커피', colour: '#8b5a2b', order: 0 });
      const food = await pos.saveCategory({ name: '식품', colour: '#2f855a', order: 1 });
      if (!coffee.ok || !food.ok) return [coffee, food];
      const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0 };
      const products = [
        { ...base, name: '아메리카노', price: 4500, taxation: 'taxable' as const, categoryId: coffee.data.categoryId, barcodes: [codes.americano], shortCode: '101' },
        { ...base, name: '카페라떼', price: 5000, taxation: 'taxable' as const, categoryId: coffee.data.categoryId, barcodes: [codes.latte] },
        { ...base, name: '생수', price: 1000, taxation: 'tax_free' as const, categoryId: food.data.categoryId, barcodes: [codes.water] },
        { ...base, name: '크루아상', price: 3500, taxation: 'taxable' as const, categoryId: food.data.categoryId },
        { ...base, name: '바나나', price: 3000, taxation: 'tax_free' as const, categoryId: food.data.categoryId },
        { ...base, name: '꽃다발', price: 0, taxation: 'taxable' as const, categoryId: null, openPrice: true },
      ];
      return Promise.all(products.map((p) => pos.saveProduct(p)));
    }, CODES);
    expect(seeded.every((r) => r.ok)).toBe(true);
    await page.reload();
    await page.getByRole('navigation').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await sandbox?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens first, with the caret in the search field', async () => {
    await tile('아메리카노').waitFor();
    expect(await search().evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
  });

  it('rings up scans, a tap, a 초성 search, an open price and discounts; pays by keyed card with the cart’s amount and tax_free', async () => {
    // Focus on another control (the search field): not one of the scanner's keys may land in it.
    await search().focus();
    await search().evaluate((el) => {
      const w = globalThis as unknown as { __typed: number };
      w.__typed = 0;
      (el as unknown as { addEventListener(type: string, listener: () => void): void }).addEventListener('input', () => (w.__typed += 1));
    });
    for (const code of [CODES.americano, CODES.latte, CODES.water]) {
      const before = await cart().getByRole('listitem').count();
      await wedgeType(page, code);
      await expect.poll(() => cart().getByRole('listitem').count()).toBe(before + 1);
    }
    expect(await search().inputValue()).toBe('');
    expect(await page.evaluate(() => (globalThis as unknown as { __typed: number }).__typed)).toBe(0);
    for (const name of ['아메리카노', '카페라떼', '생수']) expect(await line(name).count()).toBe(1);

    await tile('크루아상').click();
    await search().fill('ㅂㄴㄴ');
    await tile('바나나').waitFor();
    await search().press('Enter');
    await line('바나나').waitFor();

    await tile('꽃다발').click();
    const priceDialog = page.getByRole('dialog', { name: fill(s.priceTitle, { name: '꽃다발' }) });
    await priceDialog.getByLabel(s.price, { exact: true }).fill('12000');
    await priceDialog.getByLabel(s.price, { exact: true }).press('Enter');
    await line('꽃다발').waitFor();

    await line('카페라떼').locator('.cart-line__name').click();
    await page.getByRole('button', { name: s.discountLine, exact: true }).click();
    const lineDialog = page.getByRole('dialog', { name: fill(s.discountTitleLine, { name: '카페라떼' }) });
    await lineDialog.getByLabel(s.discountValue, { exact: true }).fill('10');
    await lineDialog.getByLabel(s.discountValue, { exact: true }).press('Enter');

    await page.getByRole('button', { name: s.discountSale, exact: true }).click();
    const saleDialog = page.getByRole('dialog', { name: s.discountTitleSale });
    await saleDialog.getByRole('radio', { name: s.discountWon }).check();
    await saleDialog.getByLabel(s.discountValue, { exact: true }).fill('1000');
    await saleDialog.getByLabel(s.discountValue, { exact: true }).press('Enter');

    // 29,000 gross − 500 (10% of 카페라떼) − 1,000 = 27,500; 면세 = 생수 + 바나나 after their whole-won share of the ₩1,000.
    await expect.poll(() => page.getByRole('group', { name: s.total }).locator('output').textContent()).toBe('₩27,500');
    const shown = { supply: await total('supply'), vat: await total('vat'), taxFree: await total('taxFreeTotal'), discount: await total('discountTotal') };
    expect(shown.discount).toBe('₩1,500');
    const won = (t: string | null) => Number((t ?? '').replace(/\D/g, ''));
    expect(won(shown.taxFree)).toBeLessThan(4000);
    expect(won(shown.taxFree)).toBeGreaterThan(3800);
    expect(won(shown.supply) + won(shown.vat) + won(shown.taxFree)).toBe(27_500);

    // Enter in the empty search field goes to the tenders.
    await search().press('Enter');
    const pay = page.getByRole('form', { name: s.payTitle });
    await pay.getByLabel(ko('charge.cardNumber'), { exact: true }).fill(TEST_CARDS.approve);
    await pay.getByLabel(ko('charge.expiry'), { exact: true }).fill(futureExpiry());
    await pay.getByLabel(ko('charge.birth'), { exact: true }).fill('900101');
    await pay.getByLabel(ko('charge.pwd2'), { exact: true }).fill('12');
    await pay.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();

    const uidRow = page.locator('.summary__row').filter({ has: page.locator('dt').getByText(ko('result.merchantUid'), { exact: true }) });
    paidUid = (await uidRow.locator('dd').textContent()) ?? '';
    const portone = await atPortOne(sandbox.url, paidUid);
    expect(portone).toMatchObject({ amount: 27_500, status: 'paid' });
    expect([...portone.name].length).toBeLessThanOrEqual(40);
    expect(portone.name).toContain('아메리카노');
    expect((await taxFreeOf(sandbox.url, paidUid))[0]?.tax_free).toBe(won(shown.taxFree));

    // The receipt lists the lines and the same VAT split.
    const receipt = page.getByRole('region', { name: s.title }).getByRole('document');
    await receipt.getByText('카페라떼').first().waitFor();
    const paper = (await receipt.textContent()) ?? '';
    for (const name of ['아메리카노', '카페라떼', '생수', '크루아상', '바나나', '꽃다발']) expect(paper).toContain(name);
    for (const value of [shown.supply, shown.vat, shown.taxFree]) expect(paper).toContain((value ?? '').replace('₩', ''));
  });

  it('holds a second sale, keeps it across a restart of the host, and recalls it', async () => {
    await page.keyboard.press('F2');
    await expect.poll(() => cart().count()).toBe(0);
    await search().focus();
    await wedgeType(page, CODES.americano);
    await tile('바나나').click();
    await expect.poll(() => cart().getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: s.hold, exact: true }).click();
    await page.getByRole('status').filter({ hasText: '보류했습니다' }).waitFor();
    expect(await cart().count()).toBe(0);

    await host.close();
    await startHost();

    await page.getByRole('button', { name: fill(s.held, { count: 1 }) }).click();
    const dialog = page.getByRole('dialog', { name: s.heldTitle });
    await dialog.getByRole('button', { name: s.recall }).click();
    await line('아메리카노').waitFor();
    await line('바나나').waitFor();
    expect(await page.getByRole('group', { name: s.total }).locator('output').textContent()).toBe('₩7,500');
  });

  it('refunds one line from history: PortOne’s cancel is that line’s net amount and tax-free share', async () => {
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
    await page.getByRole('row').filter({ hasText: '아메리카노' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: ko('payments.detail') }).waitFor();

    // The detail lists the sale's lines; 바나나 is 면세, so its net is all tax-free.
    const lines = page.getByRole('table', { name: s.linesTitle });
    const banana = lines.getByRole('row').filter({ hasText: '바나나' });
    const net = Number(((await banana.locator('td').nth(4).textContent()) ?? '').replace(/\D/g, ''));
    expect(net).toBeGreaterThan(2800);

    await page.getByRole('button', { name: s.lineRefundTitle, exact: true }).click();
    await page.getByLabel(fill(s.lineRefundQty, { name: '바나나', max: 1 }), { exact: true }).fill('1');
    await page.getByLabel(s.lineRefundReason, { exact: true }).fill('바나나 반품');
    await page.getByRole('button', { name: s.lineRefundDo, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: s.lineRefundDo, exact: true }).click();
    await page.getByRole('status').filter({ hasText: fill(s.lineRefunded, { amount: `₩${net.toLocaleString('ko-KR')}` }) }).waitFor();

    expect((await atPortOne(sandbox.url, paidUid)).cancel_amount).toBe(net);
    expect((await taxFreeOf(sandbox.url, paidUid))[0]?.cancelled_tax_free).toBe(net);
    // A returned quantity cannot be returned again.
    await expect.poll(() => banana.locator('td').nth(5).textContent()).toBe('1');

    // PortOne gives no answer for the next line: the cashier is told it is being checked — never "refunded".
    await setFaults(sandbox.url, { path: '/payments/cancel', method: 'POST', status: 503, count: 1 });
    await page.getByLabel(new RegExp(`^${fill(s.lineRefundQty, { name: '아메리카노', max: 'MAX' }).replace(/[()]/g, '\\$&').replace('MAX', '\\d+')}$`)).fill('1');
    await page.getByLabel(s.lineRefundReason, { exact: true }).fill('커피 반품');
    await page.getByRole('button', { name: s.lineRefundDo, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: s.lineRefundDo, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: paymentsMessages.ko.refundChecking }).waitFor();
    expect(await page.getByText(new RegExp(fill(s.lineRefunded, { amount: '₩[\\d,]+' }))).count()).toBe(0);
    expect((await atPortOne(sandbox.url, paidUid)).cancel_amount).toBe(net);
  });
});
