import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashMessages } from '../../renderer/src/cash/messages';
import { cashReceiptMessages } from '../../renderer/src/cash-receipts/messages';
import { closeMessages } from '../../renderer/src/close/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { listCashReceipts } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { futureExpiry, openTill, startTill, text, type Till, type TillWindow } from './harness';

const s = saleMessages.ko;
const c = cashMessages.ko;
const r = cashReceiptMessages.ko;
const m = closeMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);

/** 중간정산 (X) and 마감정산 (Z) after a cash sale, a split sale and a drop: the drawer adds up (Chromium, sandbox, Korean UI). */
describe('X report and day close with cash (Chromium, sandbox)', () => {
  let till: Till;
  let page: Page;

  const payForm = () => page.getByRole('form', { name: s.payTitle });
  const tab = (name: string) => payForm().getByRole('tab', { name, exact: true });
  const nav = (label: string) => page.getByRole('navigation').getByRole('button', { name: label }).click();
  const ring = async (name: string) => {
    await page.keyboard.press('F2');
    await page.getByRole('group', { name: s.grid }).getByRole('button', { name: new RegExp(name) }).click();
    await page.getByRole('button', { name: /결제 \(Enter\)$/ }).click();
    await payForm().waitFor();
  };
  /** The cash part, its 현금영수증 to a phone. */
  const payCash = async (given: string, phone: string) => {
    await tab(c.tender).click();
    await payForm().getByLabel(c.given, { exact: true }).fill(given);
    await payForm().getByRole('radio', { name: r.person }).check();
    await payForm().getByLabel(r.personNumber, { exact: true }).fill(phone);
    await payForm().locator('button[type=submit]').click();
  };
  const figure = async (scope: ReturnType<Page['locator']>, id: string) => ((await scope.getByTestId(id).textContent()) ?? '').trim();

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(15_000);
    const seeded = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0, categoryId: null, taxation: 'taxable' as const };
      return Promise.all([pos.saveProduct({ ...base, name: '도시락', price: 12_000 }), pos.saveProduct({ ...base, name: '과세상품', price: 30_000 })]);
    });
    expect(seeded.every((x) => x.ok)).toBe(true);
    await page.reload();
    await page.getByRole('navigation').waitFor();
  });

  afterAll(() => till?.close());

  it('opens the day with ₩50,000, sells ₩12,000 in cash and ₩30,000 split (₩10,000 cash + ₩20,000 keyed card)', async () => {
    await nav(m.nav);
    await page.getByLabel(m.float, { exact: true }).fill('50000');
    await page.getByRole('button', { name: m.open }).click();
    await page.getByTestId('open-day').waitFor();

    await ring('도시락');
    await payCash('20000', '010-2222-3333');
    await page.getByRole('region', { name: s.salePaidTitle }).waitFor();

    await ring('과세상품');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('10000');
    await payCash('10000', '010-4444-5555');
    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent()).toBe('₩20,000');
    await tab(s.tenderKeyed).click();
    await payForm().getByLabel(ko('charge.cardNumber'), { exact: true }).fill(TEST_CARDS.approve);
    await payForm().getByLabel(ko('charge.expiry'), { exact: true }).fill(futureExpiry());
    await payForm().getByLabel(ko('charge.birth'), { exact: true }).fill('900101');
    await payForm().getByLabel(ko('charge.pwd2'), { exact: true }).fill('12');
    await payForm().locator('button[type=submit]').click();
    await page.getByRole('region', { name: s.salePaidTitle }).waitFor();
    expect((await listCashReceipts(till.sandbox.url)).map((x) => x.receipt.amount).sort()).toEqual([10_000, 12_000]);
  });

  it('a ₩5,000 drop is recorded from the close screen', async () => {
    await nav(m.nav);
    const form = page.getByRole('form', { name: m.moveTitle });
    await form.getByRole('radio', { name: m.drops }).check();
    await form.getByLabel(m.moveAmount, { exact: true }).fill('5000');
    await form.getByLabel(m.moveReason, { exact: true }).fill('금고 입금');
    await form.getByRole('button', { name: m.moveRecord }).click();
    await form.getByRole('status').getByText(m.moved.replace('{kind}', m.drops).replace('{amount}', '₩5,000')).waitFor();
  });

  it('중간정산 (X) with ₩66,000 counted: expected ₩67,000, ₩1,000 short, 2 receipts, 1 split sale; nothing is stored', async () => {
    await page.getByLabel(m.countedCash, { exact: true }).fill('66000');
    await page.getByRole('button', { name: m.xReport, exact: true }).click();
    const x = page.getByRole('region', { name: new RegExp(m.xReport.replace(/[()]/g, '\\$&')) });
    await expect.poll(() => figure(x, 'cash-counted')).toBe('₩66,000');
    expect(await figure(x, 'cash-sales')).toBe('₩22,000 (2)');
    expect(await figure(x, 'cash-drops')).toBe('₩5,000 (1)');
    expect(await figure(x, 'cash-refunds')).toBe('₩0 (0)');
    expect(await figure(x, 'cash-expected')).toBe('₩67,000');
    expect(await figure(x, 'cash-difference')).toBe('1,000원 부족');
    expect(await figure(x, 'receipts-issued')).toBe('₩22,000 (2)');
    expect(await figure(x, 'split-sales')).toBe('1');
    expect(await x.getByText(m.notFinal).count()).toBe(1);
    // The card part is the only card payment: its company's line holds it.
    expect(await x.getByRole('table', { name: m.cardCompany }).getByRole('row').filter({ hasText: m.approved }).first().textContent()).toContain('₩20,000');

    // Its PDF is titled as the X report, with the same drawer figures.
    await x.getByRole('button', { name: m.pdf }).click();
    const saved = page.getByRole('status').filter({ hasText: 'PDF' });
    await saved.waitFor();
    const pdf = execFileSync('pdftotext', [((await saved.textContent()) ?? '').split(': ').pop()?.trim() ?? '', '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const printed of ['중간정산(X)', '예상현금', '₩67,000', '₩66,000', '1,000원부족', '복합결제건수', '₩22,000(2)']) expect(pdf).toContain(printed);

    // The X report stored nothing: the day is open and no day is closed.
    const days = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.listDays({ limit: 5 }));
    expect(days).toMatchObject({ ok: true, data: [{ closedAt: null }] });
  });

  it('the reconciliation checks both cash receipts with PortOne and finds no difference', async () => {
    await page.getByRole('button', { name: m.reconcile }).click();
    await page.getByTestId('receipts-checked').filter({ hasText: m.receiptsChecked.replace('{count}', '2') }).waitFor();
    expect(await page.getByRole('region', { name: m.receiptsRecon }).getByText(m.reconOk).count()).toBe(1);
  });

  it('the close shows the same: expected ₩67,000, counted ₩66,000, ₩1,000 short, 2 receipts, 1 split sale', async () => {
    await page.getByRole('button', { name: m.close, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: m.close }).click();
    await page.getByRole('status').filter({ hasText: m.closed.replace('{id}', '1') }).waitFor();
    const z = page.locator('.close-screen__report');
    expect(await figure(z, 'cash-expected')).toBe('₩67,000');
    expect(await figure(z, 'cash-counted')).toBe('₩66,000');
    expect(await figure(z, 'cash-difference')).toBe('1,000원 부족');
    expect(await figure(z, 'receipts-issued')).toBe('₩22,000 (2)');
    expect(await figure(z, 'split-sales')).toBe('1');
    expect(await z.getByText(m.final, { exact: true }).count()).toBe(1);
  });
});
