import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { windowPayMessages } from '../../renderer/src/window-pay/messages';
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
    page.context().setDefaultTimeout(10_000);
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
    const found = await Promise.race([
      paymentWindow.waitForEvent('popup').then((p) => ({ popup: p })),
      layer.waitFor().then(() => ({ popup: null })),
    ]);
    if (found.popup) {
      await found.popup.waitForLoadState();
      return found.popup;
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
    const hecto = await hectoPage(paymentWindow);
    expect(await hecto.locator('#amount').textContent()).toBe('4,500원');
    await hecto.getByRole('button', { name: /승인/ }).click();
    await expect.poll(resultText).toContain('결제 완료: ₩4,500');
    await expect.poll(() => paymentWindow.isClosed()).toBe(true);
    const paid = (await sandboxPayments(stack.sandbox.url)).filter((p) => p.status === 'paid');
    expect(paid.length).toBeGreaterThan(0);
  });
});
