import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { windowPayMessages } from '../../renderer/src/window-pay/messages';
import { resultMessages } from '../../renderer/src/result/messages';
import { closeMessages } from '../../renderer/src/close/messages';
import { receiptsMessages } from '../../renderer/src/receipts/messages';
import { ko as koText } from '../../renderer/src/i18n/ko';
import { startWebHost } from '../../webhost/server';
import { windowRowLabel } from '../../contract/close-labels';
import { launchBrowser, openTill, sandboxPayments, startStack, type Stack } from './harness';

const m = windowPayMessages.ko;

interface Sale {
  amount: string;
  method?: 'card' | 'trans' | 'vbank' | 'phone';
  buyerTel?: string;
  company?: string;
  companyEn?: string;
}

describe('payment window (Chromium, browser host, sandbox JS SDK)', () => {
  let browser: Browser;
  let stack: Stack;
  let page: Page;

  beforeAll(async () => {
    [browser, stack] = await Promise.all([launchBrowser(), startStack({ lang: 'ko', core: { sleep: () => Promise.resolve() } })]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  beforeEach(async () => {
    page = await openTill(browser, stack.host.url);
    page.context().setDefaultTimeout(20_000);
    await page.getByRole('button', { name: new RegExp(m.nav) }).click();
  });
  afterEach(async () => {
    await page.context().close();
  });

  const screen = () => page.getByRole('region', { name: m.title });
  const field = (label: string) => screen().getByLabel(label, { exact: true });

  async function fill(sale: Sale): Promise<void> {
    await field(m.amount).fill(sale.amount);
    await field(m.orderName).fill('카페라떼');
    await screen().getByRole('radio', { name: m[`method.${sale.method ?? 'card'}`] }).check();
    await field(m.buyerName).fill('홍길동');
    await field(m.buyerTel).fill(sale.buyerTel ?? '010-1234-5678');
    await field(m.company).fill(sale.company ?? '');
    await field(m.companyEn).fill(sale.companyEn ?? '');
  }

  /** Clicks "open" and returns the payment window the page opened. */
  async function openWindow(): Promise<Page> {
    const [popup] = await Promise.all([page.waitForEvent('popup'), screen().getByRole('button', { name: m.open }).click()]);
    return popup;
  }

  /**
   * The simulated Hecto authentication page: the SDK opens it as a popup of the payment window,
   * or as an in-page layer when the popup is blocked.
   */
  async function hectoPage(paymentWindow: Page): Promise<Page | Frame> {
    const layer = paymentWindow.locator('[data-imp-sandbox-layer] iframe');
    // It may already be open by the time the test looks: search, rather than wait for an event.
    const popup = () => paymentWindow.context().pages().find((p) => p.url().includes('/sdk/auth/')) ?? null;
    await expect.poll(async () => popup() !== null || (await layer.count()) > 0, { timeout: 20_000 }).toBe(true);
    const found = popup();
    if (found) {
      await found.waitForLoadState();
      return found;
    }
    const frame = await (await layer.elementHandle())?.contentFrame();
    if (!frame) throw new Error('no Hecto layer frame');
    await frame.waitForLoadState();
    return frame;
  }

  const progress = () => page.getByRole('status').filter({ hasText: m.waiting });
  const resultText = () => page.locator('.window-pay__result').textContent();

  it('card approve: the cashier sees progress, then a verified payment; the sale cannot be paid twice', async () => {
    await fill({ amount: '4500' });
    const paymentWindow = await openWindow();
    await expect.poll(() => progress().count()).toBe(1);
    // A second payment for this sale while the window is open is refused: the form is locked.
    expect(await screen().getByRole('button', { name: m.open }).isDisabled()).toBe(true);
    // The cashier looks at another screen and comes back: the payment is still followed.
    await page.keyboard.press('F3');
    await page.keyboard.press('F6');
    await expect.poll(() => progress().count()).toBe(1);
    const hecto = await hectoPage(paymentWindow);
    expect(await hecto.locator('#amount').textContent()).toBe('4,500원');
    await hecto.getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('결제 완료: ₩4,500');
    await expect.poll(() => paymentWindow.isClosed()).toBe(true);
    expect(await screen().getByRole('button', { name: m.open }).isDisabled()).toBe(true);
    const paid = (await sandboxPayments(stack.sandbox.url)).filter((p) => p.status === 'paid');
    expect(paid.length).toBeGreaterThan(0);
  });

  it('card decline: the PG says no; the cashier sees the decline and can pay the same sale by bank transfer', async () => {
    await fill({ amount: '5500' });
    const paymentWindow = await openWindow();
    await (await hectoPage(paymentWindow)).getByRole('button', { name: /거절/ }).click();
    await expect.poll(resultText).toContain('결제 거절');
    expect(await resultText()).toContain('거절되었습니다');
    const [last] = await sandboxPayments(stack.sandbox.url);
    expect(last?.status).toBe('failed');
    // Same sale, another method: a real-time bank transfer.
    await screen().getByRole('radio', { name: m['method.trans'] }).check();
    const again = await openWindow();
    await (await hectoPage(again)).getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('결제 완료: ₩5,500');
  });

  it('the payment page closes while the PG window is still open: checking, not "closed"; the customer closing the PG window ends it', async () => {
    await fill({ amount: '6600' });
    const paymentWindow = await openWindow();
    const hecto = await hectoPage(paymentWindow);
    await paymentWindow.close();
    // PortOne holds the attempt `ready`: the customer may still approve it.
    await expect.poll(resultText).toContain(m['outcome.checking']);
    await hecto.getByRole('button', { name: /닫기/ }).click();
    // PortOne's `failed` (the customer cancelled) is final: not paid, with PortOne's reason.
    await expect.poll(resultText, { timeout: 20_000 }).toContain('사용자가 결제를 취소하셨습니다');
    expect(await resultText()).not.toContain('결제 완료');
  });

  it('the customer closes the window right after paying (the return never arrives): the lookup finds it paid', async () => {
    await fill({ amount: '7700' });
    const paymentWindow = await openWindow();
    // The callback's navigation to the return URL never gets an answer, as when the window is closed at that moment.
    // Held, not aborted: an aborted navigation replaces the page with an error page, which the host rightly takes for
    // a closed window (and looks the payment up at once), so "still waiting" would depend on timing.
    let reached: (value: boolean) => void = () => undefined;
    const lost = new Promise<boolean>((resolve) => (reached = resolve));
    await paymentWindow.route('**/window-pay/return/**', () => reached(true));
    const hecto = await hectoPage(paymentWindow);
    await hecto.getByRole('button', { name: /승인/ }).click();
    await lost;
    expect(await progress().count()).toBe(1);
    await paymentWindow.close();
    await expect.poll(resultText).toContain('결제 완료: ₩7,700');
  });

  it('vbank: an issued account is shown (bank, number, holder, due date) as awaiting deposit', async () => {
    await fill({ amount: '30000', method: 'vbank', company: '테스트상점' });
    const paymentWindow = await openWindow();
    await (await hectoPage(paymentWindow)).getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('가상계좌 발급: ₩30,000 입금 대기 중');
    const account = page.getByRole('definition');
    expect(await account.nth(0).textContent()).toBe('신한은행');
    expect(await account.nth(1).textContent()).toMatch(/^\d{14}$/);
    expect(await account.nth(2).textContent()).toBe('테스트상점');
    expect(await account.nth(3).textContent()).not.toBe('-');
    const [last] = await sandboxPayments(stack.sandbox.url);
    expect(last?.status).toBe('ready');
  });

  it('each window method is named in history and at the close with its card company or bank; a virtual account is 입금 대기 with its account in the detail', async () => {
    const r = resultMessages.ko;
    const c = closeMessages.ko;
    // A business day opened first, so the close counts these payments.
    await page.keyboard.press('F9');
    await page.getByText(c.noOpenDay).waitFor();
    await page.getByLabel(c.float, { exact: true }).fill('0');
    await page.getByRole('button', { name: c.open }).click();
    await page.getByTestId('open-day').waitFor();
    await page.keyboard.press('F6');
    const pay = async (sale: Sale) => {
      await fill(sale);
      const paymentWindow = await openWindow();
      await (await hectoPage(paymentWindow)).getByRole('button', { name: /승인/ }).click();
      await expect.poll(() => page.locator('.window-pay__result').count()).toBe(1);
      await page.locator('.window-pay__result').getByText(m.orderNo, { exact: false }).waitFor();
    };
    await pay({ amount: '31000', method: 'card' });
    // The card's approval number and masked number are on the result.
    await expect.poll(resultText).toContain(`${m.approvalNo}: `);
    expect(await resultText()).toMatch(/941000\*+0005|9410-00\*\*-\*\*\*\*-0005/);
    for (const sale of [
      { amount: '32000', method: 'trans' },
      { amount: '33000', method: 'vbank', company: '테스트상점' },
      { amount: '34000', method: 'phone', company: '테스트상점', companyEn: 'Test Shop' },
    ] as const) {
      await screen().getByRole('button', { name: m.newSale }).click();
      await pay(sale);
    }
    await page.keyboard.press('F8');
    const row = (amount: string) => page.getByRole('row').filter({ hasText: amount });
    await row('₩31,000').waitFor();
    expect(await row('₩31,000').textContent()).toContain(`${r['result.method.card']} (BC카드)`);
    expect(await row('₩32,000').textContent()).toContain(`${r['result.method.trans']} (신한은행)`);
    expect(await row('₩33,000').textContent()).toContain(`${r['result.method.vbank']} (신한은행)`);
    expect(await row('₩33,000').textContent()).toContain(koText['status.ready']);
    expect(await row('₩33,000').textContent()).not.toContain(koText['status.unknown']);
    expect(await row('₩34,000').textContent()).toContain(r['result.method.phone']);
    expect(await page.getByRole('table').textContent()).not.toContain('결제창');

    await row('₩33,000').getByRole('button').click();
    const value = (label: string) => page.locator('.summary__row').filter({ has: page.locator('dt').getByText(label, { exact: true }) }).locator('dd');
    await value(r['result.vbankNumber']).waitFor();
    const account = await value(r['result.vbankNumber']).textContent();
    expect(await value(r['result.vbankBank']).textContent()).toBe('신한은행');
    expect(await value(r['result.vbankNumber']).textContent()).toMatch(/^\d{14}$/);
    expect(await value(r['result.vbankHolder']).textContent()).toBe('테스트상점');
    expect(await value(r['result.vbankDue']).textContent()).toMatch(/\d/);

    // The transfer's receipt says how it was paid and at which bank, not "card".
    await page.keyboard.press('Escape');
    await row('₩32,000').getByRole('button').click();
    await page.getByRole('button', { name: receiptsMessages.ko.sale, exact: true }).click();
    const paper = page.getByRole('document', { name: receiptsMessages.ko.preview });
    await paper.waitFor();
    expect(await paper.textContent()).toContain('계좌이체');
    expect(await paper.textContent()).toContain('신한은행');
    expect(await paper.textContent()).not.toContain('카드 결제');

    // The close splits the window line by method; the issued account waits for its deposit, apart from "being checked".
    await page.keyboard.press('F9');
    const cells = async (testId: string) => page.getByTestId(testId).locator('td').allTextContents();
    await page.getByTestId('window-card-BC카드-approved').waitFor();
    expect(await page.getByTestId('window-card-BC카드-approved').locator('th').textContent()).toBe(windowRowLabel('ko', 'card', 'BC카드'));
    expect(await cells('window-card-BC카드-approved')).toEqual([c.approved, '1', '₩31,000', '₩0', '₩28,182', '₩2,818']);
    expect((await cells('window-trans-신한은행-approved')).slice(1, 3)).toEqual(['1', '₩32,000']);
    expect((await cells('window-phone--approved')).slice(1, 3)).toEqual(['1', '₩34,000']);
    expect(await page.locator('[data-testid^="window-vbank-"]').count()).toBe(0);
    expect((await cells('method-window-approved')).slice(1, 3)).toEqual(['3', '₩97,000']);
    const fact = (label: string) => page.locator('.close-report__facts dt').getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
    expect(await fact(c.awaitingDeposit).textContent()).toBe('1');
    expect(await fact(c.unresolved).textContent()).toBe('0');

    // A fresh host on the same data directory (as after a restart, no window session in memory) reads the account back from the ledger.
    const restarted = await startWebHost({ port: 0, dataDir: stack.dataDir, portoneApiUrl: stack.sandbox.url, lang: 'ko' });
    try {
      const after = await openTill(browser, restarted.url);
      await after.keyboard.press('F8');
      await after.getByRole('row').filter({ hasText: '₩33,000' }).getByRole('button').click();
      const again = (label: string) => after.locator('.summary__row').filter({ has: after.locator('dt').getByText(label, { exact: true }) }).locator('dd');
      await again(r['result.vbankNumber']).waitFor();
      expect(await again(r['result.vbankNumber']).textContent()).toBe(account);
      expect(await again(r['result.vbankHolder']).textContent()).toBe('테스트상점');
      expect(await after.locator('.detail').textContent()).toContain(koText['status.ready']);
      await after.close();
    } finally {
      await restarted.close();
    }
  });

  it('phone payment: company and its English name are required first, then it is paid', async () => {
    await fill({ amount: '9900', method: 'phone', company: '테스트상점' });
    await screen().getByRole('button', { name: m.open }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: m['err.companyEn'] }).count()).toBe(1);
    expect(await field(m.companyEn).getAttribute('aria-invalid')).toBe('true');
    await field(m.companyEn).fill('Test Shop');
    const paymentWindow = await openWindow();
    await (await hectoPage(paymentWindow)).getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('결제 완료: ₩9,900');
  });

  it('settle rules are checked before any window opens: an amount, buyer phone, company for vbank', async () => {
    let popups = 0;
    page.context().on('page', () => popups++);
    // The field keeps digits only (grouped as typed); an empty one is refused by main's rule.
    await fill({ amount: '1,000원' });
    expect(await field(m.amount).inputValue()).toBe('1,000');
    await field(m.amount).fill('');
    await screen().getByRole('button', { name: m.open }).click();
    await expect.poll(() => field(m.amount).getAttribute('aria-invalid')).toBe('true');
    await fill({ amount: '1000', buyerTel: '' });
    await screen().getByRole('button', { name: m.open }).click();
    await expect.poll(() => field(m.buyerTel).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: m['err.buyerTel'] }).count()).toBe(1);
    await fill({ amount: '1000', method: 'vbank' });
    await screen().getByRole('button', { name: m.open }).click();
    await expect.poll(() => field(m.company).getAttribute('aria-invalid')).toBe('true');
    expect(popups).toBe(0);
  });

  it('a tampered amount: the prepared amount differs, the SDK refuses to open the PG window', async () => {
    const before = (await sandboxPayments(stack.sandbox.url)).length;
    // Someone changes the amount inside the payment page before it reaches the SDK.
    await page.context().addInitScript(() => {
      if (!(globalThis as unknown as { location: { pathname: string } }).location.pathname.startsWith('/window-pay/page/')) return;
      type Imp = { request_pay(params: Record<string, unknown>, cb: unknown): void };
      Object.defineProperty(globalThis, 'IMP', {
        configurable: true,
        get: () => undefined,
        set(imp: Imp) {
          const pay = imp.request_pay.bind(imp);
          imp.request_pay = (params, cb) => pay({ ...params, amount: 1200 }, cb);
          Object.defineProperty(globalThis, 'IMP', { value: imp, writable: true, configurable: true });
        },
      });
    });
    await fill({ amount: '12000' });
    await openWindow();
    await expect.poll(resultText).toContain('결제창이 열리지 않았습니다');
    expect(await resultText()).toMatch(/12000원.*1200원/);
    expect((await sandboxPayments(stack.sandbox.url)).length).toBe(before);
  });

  it('a callback with the imp_uid of another order is rejected by verification; nothing is recorded as paid', async () => {
    // Another order, paid.
    await fill({ amount: '2000' });
    let paymentWindow = await openWindow();
    await (await hectoPage(paymentWindow)).getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('결제 완료');
    const other = (await sandboxPayments(stack.sandbox.url)).find((p) => p.status === 'paid');
    await screen().getByRole('button', { name: m.newSale }).click();

    await fill({ amount: '2000' });
    paymentWindow = await openWindow();
    const hecto = await hectoPage(paymentWindow);
    const returnUrl = new URL(paymentWindow.url().replace('/window-pay/page/', '/window-pay/return/'));
    returnUrl.searchParams.set('imp_uid', other?.imp_uid ?? '');
    returnUrl.searchParams.set('merchant_uid', other?.merchant_uid ?? '');
    await paymentWindow.goto(returnUrl.toString()).catch(() => undefined);
    // This sale's own attempt is still `ready` at PortOne: checked, never "paid" by the other order.
    await expect.poll(resultText).toContain(m['outcome.checking']);
    expect(await resultText()).not.toContain('결제 완료');
    // The other order's payment is left alone: it is not this sale's to cancel.
    expect((await sandboxPayments(stack.sandbox.url)).find((p) => p.imp_uid === other?.imp_uid)?.status).toBe('paid');
    // The customer gives up in the PG window: PortOne's `failed` ends the sale, unpaid.
    await hecto.getByRole('button', { name: /닫기/ }).click();
    await expect.poll(resultText, { timeout: 20_000 }).toContain('사용자가 결제를 취소하셨습니다');
  });

  // Issue 12: the redirect flow of a mobile user agent. The payment page navigating to the PG
  // closes its keep-alive stream, which the host cannot tell from a close.
  it('redirect mode: the customer approves after the till would have said "closed"; the till ends paid, PortOne holds one paid payment', async () => {
    const mobile = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
    });
    const till = await mobile.newPage();
    try {
      till.context().setDefaultTimeout(20_000);
      await till.goto(stack.host.url);
      await till.getByRole('navigation').waitFor();
      await till.getByRole('button', { name: new RegExp(m.nav) }).click();
      const region = till.getByRole('region', { name: m.title });
      const input = (label: string) => region.getByLabel(label, { exact: true });
      await input(m.amount).fill('9900');
      await input(m.orderName).fill('카페라떼');
      await input(m.buyerName).fill('홍길동');
      await input(m.buyerTel).fill('010-1234-5678');
      const [paymentWindow] = await Promise.all([till.waitForEvent('popup'), region.getByRole('button', { name: m.open }).click()]);
      // The page itself goes to the Hecto page (no popup in redirect mode).
      await paymentWindow.waitForURL(/\/sdk\/auth\//);
      const result = () => till.locator('.window-pay__result').textContent();
      await expect.poll(result).toContain(m['outcome.checking']);
      expect(await result()).not.toContain(m['outcome.closed']);
      await paymentWindow.getByRole('button', { name: /승인/ }).click();
      await expect.poll(result, { timeout: 30_000 }).toContain('결제 완료: ₩9,900');
      const merchantUid = /pos-\d{8}-[0-9a-f]{12}/.exec((await result()) ?? '')?.[0];
      expect(merchantUid).toBeDefined();
      const forSale = (await sandboxPayments(stack.sandbox.url)).filter((p) => p.merchant_uid === merchantUid);
      expect(forSale.filter((p) => p.status === 'paid')).toHaveLength(1);
    } finally {
      await mobile.close();
    }
  });
});

describe('payment window in English', () => {
  const en = windowPayMessages.en;
  let browser: Browser;
  let stack: Stack;

  beforeAll(async () => {
    [browser, stack] = await Promise.all([launchBrowser(), startStack({ lang: 'en' })]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('names every control and reports the verified payment in English', async () => {
    const page = await openTill(browser, stack.host.url);
    page.context().setDefaultTimeout(20_000);
    await page.getByRole('button', { name: new RegExp(en.nav) }).click();
    const region = page.getByRole('region', { name: en.title });
    for (const label of [en.amount, en.taxFree, en.orderName, en.buyerName, en.buyerTel, en.buyerEmail, en.company, en.companyEn]) {
      expect(await region.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    for (const method of ['card', 'trans', 'vbank', 'phone'] as const) {
      expect(await region.getByRole('radio', { name: en[`method.${method}`] }).count()).toBe(1);
    }
    await region.getByLabel(en.amount, { exact: true }).fill('3300');
    await region.getByLabel(en.orderName, { exact: true }).fill('Latte');
    await region.getByLabel(en.buyerTel, { exact: true }).fill('010-1234-5678');
    const [paymentWindow] = await Promise.all([page.waitForEvent('popup'), region.getByRole('button', { name: en.open }).click()]);
    await page.getByRole('status').filter({ hasText: en.waiting }).waitFor();
    const layer = paymentWindow.locator('[data-imp-sandbox-layer] iframe');
    const popup = () => page.context().pages().find((p) => p.url().includes('/sdk/auth/')) ?? null;
    await expect.poll(async () => popup() !== null || (await layer.count()) > 0, { timeout: 20_000 }).toBe(true);
    const target = popup() ?? paymentWindow.frameLocator('[data-imp-sandbox-layer] iframe');
    await target.getByRole('button', { name: /Approve/ }).click();
    await expect.poll(() => page.locator('.window-pay__result').textContent()).toContain('Paid: ₩3,300 (verified with PortOne)');
    await page.context().close();
  });
});
