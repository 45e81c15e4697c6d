import { execFileSync } from 'node:child_process';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SELF_ISSUE_IDENTIFIER } from '../../domain/cash-receipt-rules';
import { splitTaxFree } from '../../domain/tender-split';
import { cashMessages } from '../../renderer/src/cash/messages';
import { cashReceiptMessages } from '../../renderer/src/cash-receipts/messages';
import { receiptsMessages } from '../../renderer/src/receipts/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { clearFaults, listCashReceipts, setFaults, taxFreeOf } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { futureExpiry, openTill, sandboxPayments, startTill, text, type Till, type TillWindow } from './harness';

const s = saleMessages.ko;
const c = cashMessages.ko;
const r = cashReceiptMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
const fill = (sentence: string, params: Record<string, string | number>) => sentence.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w));
const PHONE = '010-3456-7890';

/** Cash and split tender (복합결제) on the sale screen, in Chromium against the sandbox, Korean UI. */
describe('tenders: cash, 현금영수증 and split payments (Chromium, sandbox)', () => {
  let till: Till;
  let page: Page;

  const tile = (name: string) => page.getByRole('group', { name: s.grid }).getByRole('button', { name: new RegExp(name) });
  const payForm = () => page.getByRole('form', { name: s.payTitle });
  const tab = (name: string) => payForm().getByRole('tab', { name, exact: true });
  const change = () => payForm().getByRole('status', { name: c.change });
  const paidPanel = () => page.getByRole('region', { name: s.salePaidTitle });
  const newSale = async () => {
    await page.keyboard.press('F2');
    await expect.poll(() => page.getByRole('list', { name: s.cart }).count()).toBe(0);
  };
  const ring = async (...names: string[]) => {
    for (const name of names) await tile(name).click();
    await page.getByRole('button', { name: new RegExp(`결제 \\(Enter\\)$`) }).click();
    await payForm().waitFor();
  };
  const payCash = async (given: string) => {
    await tab(c.tender).click();
    await payForm().getByLabel(c.given, { exact: true }).fill(given);
  };
  /** The pay panel's one big button (its words name the tender and the amount). */
  const submit = () => payForm().locator('button[type=submit]').click();
  const typeCard = async (cardNumber: string) => {
    await tab(s.tenderKeyed).click();
    await payForm().getByLabel(ko('charge.cardNumber'), { exact: true }).fill(cardNumber);
    await payForm().getByLabel(ko('charge.expiry'), { exact: true }).fill(futureExpiry());
    await payForm().getByLabel(ko('charge.birth'), { exact: true }).fill('900101');
    await payForm().getByLabel(ko('charge.pwd2'), { exact: true }).fill('12');
  };
  /** The receipt preview beside the paid sale, without the slip's spacing. */
  const slipText = async () => {
    const slip = page.getByRole('region', { name: s.title }).getByRole('document');
    await slip.getByText('거스름돈').waitFor();
    return ((await slip.textContent()) ?? '').replace(/[\s\u200b]+/g, '');
  };
  const receiptsOf = async (amount: number) => (await listCashReceipts(till.sandbox.url)).filter((x) => x.receipt.amount === amount);

  beforeAll(async () => {
    // Receipts left open are asked about again every 200 ms (30 s in the app).
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve(), cashReceiptPollMs: 200 } });
    page = await openTill(till.browser, till.host.url);
    const seeded = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0, categoryId: null };
      const products = [
        { ...base, name: '선물세트', price: 120_000, taxation: 'taxable' as const },
        { ...base, name: '도시락', price: 12_000, taxation: 'taxable' as const },
        { ...base, name: '과세상품', price: 30_000, taxation: 'taxable' as const },
        { ...base, name: '면세상품', price: 3_000, taxation: 'tax_free' as const },
      ];
      // 의무발행업종: a manager sets it once; here through the bridge (the settings screen is tested elsewhere).
      const setting = await pos.saveCashReceiptSettings({ mandatorySector: true, channelKey: '' });
      return [setting, ...(await Promise.all(products.map((p) => pos.saveProduct(p))))];
    });
    expect(seeded.every((x) => x.ok)).toBe(true);
    await page.reload();
    await page.getByRole('navigation').waitFor();
  });

  afterAll(async () => {
    await till?.close();
  });

  it('₩120,000 cash, no number, mandatory sector: the till self-issues the 현금영수증 to 010-000-1234', async () => {
    await ring('선물세트');
    await tab(c.tender).click();
    await payForm().getByText(r.selfIssueHint).waitFor();
    await payForm().getByRole('group', { name: c.quickGiven }).getByRole('button', { name: fill(c.exact, { amount: '₩120,000' }) }).click();
    expect(await change().textContent()).toBe('₩0');
    expect(await payForm().getByRole('radio', { name: r.none }).isChecked()).toBe(true);
    await submit();
    await paidPanel().waitFor();
    await paidPanel().getByText(new RegExp(`현금영수증 발급 · 승인번호 \\d+ · ${r.selfIssued}`)).waitFor();

    const receipts = await receiptsOf(120_000);
    expect(receipts.map((x) => [x.identifier, x.receipt.amount, x.receipt.cancelled_at])).toEqual([[SELF_ISSUE_IDENTIFIER, 120_000, 0]]);
    expect(await sandboxPayments(till.sandbox.url)).toEqual([]);

    // A cash sale has a receipt too (no PortOne payment behind it): the cash, the change and the 현금영수증.
    const paper = await slipText();
    for (const printed of ['선물세트', '합계120,000원', '현금결제120,000원', '받은금액120,000원', '거스름돈0원', SELF_ISSUE_IDENTIFIER, `승인번호${receipts[0]?.receipt.apply_num ?? ''}`]) {
      expect(paper).toContain(printed);
    }
  });

  it('a cash sale given ₩50,000 shows the change, on the pay panel and large once paid', async () => {
    await newSale();
    await ring('도시락');
    await payCash('50000');
    expect(await change().textContent()).toBe('₩38,000');
    await submit();
    await paidPanel().waitFor();
    expect(await paidPanel().getByRole('status', { name: c.change }).textContent()).toBe('₩38,000');
    // Under ₩100,000 without a number: no receipt is issued.
    expect(await receiptsOf(12_000)).toEqual([]);
  });

  it('a 현금영수증 whose answer is lost: the paid sale says it is being checked, then shows it issued, with no refresh', async () => {
    await newSale();
    await setFaults(till.sandbox.url, [
      { path: '/receipts/external/*', method: 'POST', commitThenDrop: true, count: 1 },
      { path: '/receipts/external/*', method: 'GET', status: 503, count: 1 },
    ]);
    try {
      await ring('도시락');
      await payCash('12000');
      await payForm().getByRole('radio', { name: r.person }).check();
      await payForm().getByLabel(r.personNumber, { exact: true }).fill('010-2323-4545');
      await submit();
      await paidPanel().getByText(r.checking).waitFor();
      await paidPanel().getByText(new RegExp(`현금영수증 발급 · 승인번호 \\d+ · 010-\\*\\*\\*\\*-4545`)).waitFor({ timeout: 10_000 });
      expect(await paidPanel().getByText(r.checking).count()).toBe(0);
      expect((await receiptsOf(12_000)).filter((x) => x.identifier === '010-2323-4545')).toHaveLength(1);
    } finally {
      await clearFaults(till.sandbox.url);
    }
  });

  it('₩33,000 split: ₩10,000 cash (given ₩50,000, change ₩40,000) + ₩23,000 keyed card; PortOne holds one 23,000 payment with its tax_free share and one 10,000 receipt to the typed phone', async () => {
    await newSale();
    await ring('과세상품', '면세상품');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('10000');
    await payCash('50000');
    expect(await change().textContent()).toBe('₩40,000');
    await payForm().getByRole('radio', { name: r.person }).check();
    await payForm().getByLabel(r.personNumber, { exact: true }).fill(PHONE);
    await submit();

    // The panel stays for the rest: paid and remaining shown, the amount is what is left.
    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent()).toBe('₩23,000');
    expect(await payForm().locator('[data-split="paid"]').textContent()).toBe('₩10,000');
    await page.getByRole('status').filter({ hasText: fill(c.taken, { amount: '₩10,000', change: '₩40,000' }) }).waitFor();
    expect(await payForm().getByLabel(s.partAmount, { exact: true }).inputValue()).toBe('23,000');
    await typeCard(TEST_CARDS.approve);
    await submit();
    await paidPanel().waitFor();

    const payments = await sandboxPayments(till.sandbox.url);
    expect(payments.map((p) => [p.amount, p.status])).toEqual([[23_000, 'paid']]);
    const [cashTaxFree, cardTaxFree] = splitTaxFree({ amount: 33_000, taxFree: 3_000 }, [10_000, 23_000]);
    expect((await taxFreeOf(till.sandbox.url, payments[0]?.merchant_uid ?? ''))[0]?.tax_free).toBe(cardTaxFree);
    const receipts = await receiptsOf(10_000);
    expect(receipts.map((x) => [x.identifier, x.tax_free])).toEqual([[PHONE, cashTaxFree]]);
    await paidPanel().getByText(fill(s.partCash, { amount: '₩10,000', change: '₩40,000' })).waitFor();
    await paidPanel().getByText(new RegExp(fill(s.partCard, { amount: '₩23,000' }))).waitFor();

    // The receipt lists each tender: the card, the cash with what was handed over and the change, and the 현금영수증's approval number.
    const applyNum = receipts[0]?.receipt.apply_num ?? '';
    const paper = await slipText();
    // The PDF is laid out from the same slip.
    const receiptPanel = page.getByRole('region', { name: s.title }).locator('.receipt-panel');
    await receiptPanel.getByRole('button', { name: receiptsMessages.ko.savePdf, exact: true }).click();
    const saved = receiptPanel.getByRole('status');
    await saved.waitFor();
    const pdfPath = ((await saved.textContent()) ?? '').replace(receiptsMessages.ko.saved.replace('{path}', ''), '').trim();
    const pdf = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const printed of ['합계33,000원', '카드결제23,000원', '현금결제10,000원', '받은금액50,000원', '거스름돈40,000원', '소득공제', '010-****-7890', `승인번호${applyNum}`]) {
      expect(paper).toContain(printed);
      expect(pdf).toContain(printed);
    }
  });

  it('voids the split sale: the card part is cancelled at PortOne and the cash receipt cancelled', async () => {
    const cardUid = (await sandboxPayments(till.sandbox.url))[0]?.merchant_uid ?? '';
    await paidPanel().getByLabel(s.voidReason, { exact: true }).fill('고객 변심');
    await paidPanel().getByRole('button', { name: s.voidDo, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: s.voidDo, exact: true }).click();
    await paidPanel().getByText(fill(s.voided, { amount: '₩33,000' })).waitFor();

    const card = (await sandboxPayments(till.sandbox.url)).find((p) => p.merchant_uid === cardUid);
    expect(card).toMatchObject({ status: 'cancelled' });
    const receipts = await receiptsOf(10_000);
    expect(receipts.map((x) => x.receipt.cancelled_at > 0)).toEqual([true]);
    await paidPanel().getByText(r.cancelled).waitFor();
  });

  it('a declined card part leaves the paid cash; the rest is paid by cash and the sale is paid', async () => {
    await newSale();
    await ring('과세상품', '면세상품');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('13000');
    await payCash('13000');
    await submit();
    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent()).toBe('₩20,000');

    const before = (await sandboxPayments(till.sandbox.url)).length;
    await typeCard(TEST_CARDS.declineFailed);
    await submit();
    await page.getByRole('alert').filter({ hasText: '카드 결제가 되지 않았습니다' }).waitFor();
    expect(await payForm().locator('[data-split="remaining"]').textContent()).toBe('₩20,000');
    expect((await sandboxPayments(till.sandbox.url)).filter((p) => p.status === 'paid')).toHaveLength(0);
    expect(await sandboxPayments(till.sandbox.url)).toHaveLength(before + 1);

    await payCash('20000');
    await submit();
    await paidPanel().waitFor();
    await paidPanel().getByText(fill(s.partCash, { amount: '₩13,000', change: '₩0' })).waitFor();
    await paidPanel().getByText(fill(s.partCash, { amount: '₩20,000', change: '₩0' })).waitFor();
  });

  it('history: a split sale offers the whole-sale void instead of refund by line; voiding there cancels the card and gives the cash back', async () => {
    await newSale();
    await ring('과세상품', '면세상품');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('13000');
    await typeCard(TEST_CARDS.approve);
    await submit();
    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent()).toBe('₩20,000');
    await payCash('20000');
    await submit();
    await paidPanel().waitFor();
    const card = (await sandboxPayments(till.sandbox.url)).find((p) => p.amount === 13_000);

    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
    await page.getByRole('row').filter({ hasText: '13,000' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: ko('payments.detail') }).waitFor();
    await page.getByRole('button', { name: s.lineRefundTitle, exact: true }).click();
    const voidPanel = page.getByRole('region', { name: s.voidTitle });
    await voidPanel.waitFor();
    expect(await page.getByRole('heading', { name: s.lineRefundTitle }).count()).toBe(0);
    await voidPanel.getByLabel(s.voidReason, { exact: true }).fill('주문 취소');
    await voidPanel.getByRole('button', { name: s.voidDo, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: s.voidDo, exact: true }).click();
    await voidPanel.getByText(fill(s.voided, { amount: '₩33,000' })).waitFor();
    expect((await sandboxPayments(till.sandbox.url)).find((p) => p.merchant_uid === card?.merchant_uid)).toMatchObject({ status: 'cancelled', cancel_amount: 13_000 });
  });

  it('a part in the PG window, then the rest in cash: after the window the pay panel shows what is left, never "new sale"', async () => {
    // From history: F2 brings the sale screen back, a second F2 starts the next sale.
    await page.keyboard.press('F2');
    await paidPanel().waitFor();
    await newSale();
    await ring('과세상품', '면세상품');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('13000');
    await tab(s.tenderWindow).click();
    await payForm().getByLabel(ko('charge.buyerTel'), { exact: true }).fill('010-1234-5678');
    const [paymentWindow] = await Promise.all([page.waitForEvent('popup'), submit()]);
    // The simulated Hecto page: a popup of the payment window, or a layer inside it.
    const layer = paymentWindow.locator('[data-imp-sandbox-layer] iframe');
    const popup = () => paymentWindow.context().pages().find((p) => p.url().includes('/sdk/auth/')) ?? null;
    await expect.poll(async () => popup() !== null || (await layer.count()) > 0, { timeout: 20_000 }).toBe(true);
    const hecto: Page | Frame | null | undefined = popup() ?? (await (await layer.elementHandle())?.contentFrame());
    if (!hecto) throw new Error('no Hecto page');
    expect(await hecto.locator('#amount').textContent()).toBe('13,000원');
    await hecto.getByRole('button', { name: /승인/ }).click();

    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent(), { timeout: 20_000 }).toBe('₩20,000');
    await payCash('20000');
    await submit();
    await paidPanel().waitFor();
    const windowPart = (await sandboxPayments(till.sandbox.url)).find((p) => p.amount === 13_000 && p.status === 'paid');
    expect(windowPart).toBeTruthy();
  });
});
