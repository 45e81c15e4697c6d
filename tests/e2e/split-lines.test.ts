import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashMessages } from '../../renderer/src/cash/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { listCashReceipts, taxFreeOf } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { futureExpiry, openTill, sandboxPayments, startTill, text, type Till, type TillWindow } from './harness';

const s = saleMessages.ko;
const c = cashMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
const fill = (sentence: string, params: Record<string, string | number>) => sentence.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w));
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isFocused = (locator: Locator) => locator.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);

/** Split by lines (나눠 내기: 품목) and the keyed card's auto-advance on the sale's pay panel, in Chromium against the sandbox, Korean UI. */
describe('split a sale by its lines (Chromium, sandbox)', () => {
  let till: Till;
  let page: Page;

  const tile = (name: string) => page.getByRole('group', { name: s.grid }).getByRole('button', { name: new RegExp(name) });
  const payForm = () => page.getByRole('form', { name: s.payTitle });
  const tab = (name: string) => payForm().getByRole('tab', { name, exact: true });
  const paidPanel = () => page.getByRole('region', { name: s.salePaidTitle });
  const lineBox = (name: string) => payForm().getByRole('checkbox', { name: new RegExp(`^${escape(fill(s.lineChoice, { name, qty: 1 }))}`) });
  const chosen = () => payForm().getByRole('status', { name: s.linesChosenTitle });
  const remaining = () => payForm().locator('[data-split="remaining"]');
  const submit = () => payForm().locator('button[type=submit]').click();
  const ring = async (...names: string[]) => {
    for (const name of names) await tile(name).click();
    await page.getByRole('button', { name: /결제 \(Enter\)$/ }).click();
    await payForm().waitFor();
  };

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    const seeded = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0, categoryId: null };
      return Promise.all([
        pos.saveProduct({ ...base, name: '과세상품', price: 30_000, taxation: 'taxable' }),
        pos.saveProduct({ ...base, name: '면세상품', price: 3_000, taxation: 'tax_free' }),
      ]);
    });
    expect(seeded.every((x) => x.ok)).toBe(true);
    await page.reload();
    await page.getByRole('navigation').waitFor();
  });

  afterAll(async () => {
    await till?.close();
  });

  it('the 면세 line by cash, then the 과세 line by keyed card (its fields move on by themselves): PortOne gets the card part with tax_free 0', async () => {
    await ring('과세상품', '면세상품');
    await payForm().getByRole('radio', { name: s.splitByLines, exact: true }).check();
    await lineBox('면세상품').check();
    await chosen().filter({ hasText: fill(s.linesChosen, { amount: '₩3,000', taxFree: '₩3,000' }) }).waitFor();
    await tab(c.tender).click();
    await payForm().getByLabel(c.given, { exact: true }).fill('3000');
    await submit();

    // What is paid and what is left; the 면세 line is shown paid and cannot be chosen again.
    await expect.poll(() => remaining().textContent()).toBe('₩30,000');
    expect(await payForm().locator('[data-split="paid"]').textContent()).toBe('₩3,000');
    await payForm().getByRole('list', { name: s.partsTitle }).getByText(fill(s.partLines, { names: '면세상품' })).waitFor();
    // The next part starts by items again (the next diner's lines).
    expect(await payForm().getByRole('radio', { name: s.splitByLines, exact: true }).isChecked()).toBe(true);
    expect(await lineBox('면세상품').isDisabled()).toBe(true);
    expect(await lineBox('면세상품').isChecked()).toBe(true);
    await payForm().locator('.pay__line.is-paid').filter({ hasText: '면세상품' }).getByText(s.linePaid, { exact: true }).waitFor();
    await lineBox('과세상품').check();
    await chosen().filter({ hasText: fill(s.linesChosen, { amount: '₩30,000', taxFree: '₩0' }) }).waitFor();

    // Task B: a whole card number moves the caret to the expiry, a whole expiry to the password digits.
    await tab(s.tenderKeyed).click();
    const cardNumber = payForm().getByLabel(ko('charge.cardNumber'), { exact: true });
    const expiry = payForm().getByLabel(ko('charge.expiry'), { exact: true });
    const pwd = payForm().getByLabel(ko('charge.pwd2'), { exact: true });
    await cardNumber.click();
    await page.keyboard.type(TEST_CARDS.approve.replace(/\D/g, ''));
    await expect.poll(() => isFocused(expiry)).toBe(true);
    await page.keyboard.type(futureExpiry().replace(/\D/g, ''));
    await expect.poll(() => isFocused(pwd)).toBe(true);
    await page.keyboard.type('12');
    await payForm().getByLabel(ko('charge.birth'), { exact: true }).fill('900101');
    await submit();
    await paidPanel().waitFor();

    const payments = await sandboxPayments(till.sandbox.url);
    expect(payments.map((p) => [p.amount, p.status])).toEqual([[30_000, 'paid']]);
    // The lines' own tax-free (the proportional rule would have given this part ₩2,727 of it).
    expect((await taxFreeOf(till.sandbox.url, payments[0]?.merchant_uid ?? ''))[0]?.tax_free).toBe(0);
    expect(await listCashReceipts(till.sandbox.url)).toEqual([]);
    await paidPanel().getByText(fill(s.partLines, { names: '과세상품' })).waitFor();
    await paidPanel().getByText(fill(s.partCash, { amount: '₩3,000', change: '₩0' })).waitFor();
    // The receipt prints with each part the lines it paid.
    const slip = page.getByRole('region', { name: s.title }).getByRole('document');
    const paper = () => slip.textContent().then((t) => (t ?? '').replace(/[\s\u200b]+/g, ''));
    await expect.poll(paper).toContain('품목:면세상품현금결제3,000원');
    expect(await paper()).toContain('품목:과세상품카드결제30,000원');
  });

  it('after a part paid by amount, the rest is paid by amount: the 품목 choice is no longer offered', async () => {
    await page.keyboard.press('F2');
    await expect.poll(() => page.getByRole('list', { name: s.cart }).count()).toBe(0);
    await ring('과세상품', '면세상품');
    await payForm().getByRole('radiogroup', { name: s.splitBy }).waitFor();
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('10000');
    await tab(c.tender).click();
    await payForm().getByLabel(c.given, { exact: true }).fill('10000');
    await submit();
    await expect.poll(() => remaining().textContent()).toBe('₩23,000');
    expect(await payForm().getByRole('radiogroup', { name: s.splitBy }).count()).toBe(0);
  });
});
