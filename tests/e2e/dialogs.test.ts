import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages } from '../../renderer/src/auth/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { closeMessages } from '../../renderer/src/close/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { chargeAtTill, openPayment, pm, portOnePayment } from '../refunds/till';
import { CASHIER_PIN, OWNER_PIN } from '../support/pins';
import { openTill, startTill, type Till, type TillWindow } from './harness';

const a = authMessages.ko;
/** Whether the element is the page's focused one (node tests have no DOM types: the document is reached through globalThis). */
const isFocused = (el: unknown): boolean => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el;
const s = staffMessages.ko;
const sm = saleMessages.ko;
const cm = closeMessages.ko;

/** The keyboard contract of the till's dialogs: Enter confirms the primary action, Esc cancels, focus starts where the cashier types. */
describe('dialogs answer the keyboard (Chromium, Korean)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(10_000);
  });
  afterAll(() => till?.close());

  async function openRefundConfirm(): Promise<void> {
    await page.getByRole('button', { name: pm('refundAll'), exact: true }).click();
    await page.getByLabel(pm('reason'), { exact: true }).fill('키보드 반품');
    await page.locator('.refund').getByRole('button', { name: pm('refundTitle'), exact: true }).click();
    await page.getByRole('dialog').waitFor();
  }

  it('a confirm dialog opens with its action focused: Esc cancels (nothing refunded), Enter refunds', async () => {
    const uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '12000', orderName: '키보드 주문' });
    await openPayment(page, '키보드 주문');
    await page.getByRole('button', { name: pm('refund'), exact: true }).click();

    await openRefundConfirm();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: pm('refundDo') }).evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await portOnePayment(till.sandbox.url, uid)).cancel_amount).toBe(0);

    await openRefundConfirm();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩12,000' }) }).waitFor();
    expect(await portOnePayment(till.sandbox.url, uid)).toMatchObject({ status: 'cancelled', cancel_amount: 12_000 });
  });

  /** The focused element's accessible label (its <label>, or a button's text). */
  const focusedLabel = () =>
    page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: { labels?: { textContent: string }[] | null; textContent: string } | null } }).document.activeElement;
      return el?.labels?.[0]?.textContent ?? el?.textContent ?? null;
    });

  it("the sale screen's dialogs: focus in the first field (or the action), Esc cancels, Enter confirms", async () => {
    await page.keyboard.press('F2');
    const sale = page.getByRole('region', { name: sm.title });
    const cart = () => sale.textContent();

    // 금액 입력: the amount has the caret; Esc adds nothing; Enter adds the line.
    const amountDialog = page.getByRole('dialog', { name: sm.amountLineTitle });
    await sale.getByRole('button', { name: sm.amountLine, exact: true }).click();
    await amountDialog.waitFor();
    expect(await focusedLabel()).toBe(sm.amountLineAmount);
    await page.keyboard.press('Escape');
    await amountDialog.waitFor({ state: 'detached' });
    expect(await sale.getByRole('button', { name: sm.clear }).isDisabled()).toBe(true);
    await sale.getByRole('button', { name: sm.amountLine, exact: true }).click();
    await amountDialog.waitFor();
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await amountDialog.waitFor({ state: 'detached' });
    await expect.poll(cart).toContain('₩5,000');

    // The sale's discount: the value has the caret; Esc applies nothing; Enter applies it.
    const discount = page.getByRole('dialog', { name: sm.discountTitleSale });
    await sale.getByRole('button', { name: sm.discountSale, exact: true }).click();
    await discount.waitFor();
    expect(await focusedLabel()).toBe(sm.discountValue);
    await page.keyboard.press('Escape');
    await discount.waitFor({ state: 'detached' });
    await sale.getByRole('button', { name: sm.discountSale, exact: true }).click();
    await discount.waitFor();
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await discount.waitFor({ state: 'detached' });
    await expect.poll(cart).toContain('₩4,500');

    // Held sales: Enter on the first one recalls it; Esc closes the list.
    await sale.getByRole('button', { name: sm.hold, exact: true }).click();
    await expect.poll(() => sale.getByRole('button', { name: sm.clear }).isDisabled()).toBe(true);
    const held = page.getByRole('dialog', { name: sm.heldTitle });
    await sale.getByRole('button', { name: sm.held.replace('{count}', '1') }).click();
    await held.waitFor();
    await expect.poll(focusedLabel).toBe(sm.recall);
    await page.keyboard.press('Escape');
    await held.waitFor({ state: 'detached' });
    await sale.getByRole('button', { name: sm.held.replace('{count}', '1') }).click();
    await held.waitFor();
    await expect.poll(focusedLabel).toBe(sm.recall);
    await page.keyboard.press('Enter');
    await held.waitFor({ state: 'detached' });
    await expect.poll(cart).toContain('₩4,500');

    // Clearing the sale asks first: the action has focus, Esc keeps the sale, Enter clears it.
    await sale.getByRole('button', { name: sm.clear, exact: true }).click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor();
    expect(await focusedLabel()).toBe(sm.clearDo);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await sale.getByRole('button', { name: sm.clear }).isDisabled()).toBe(false);
    await sale.getByRole('button', { name: sm.clear, exact: true }).click();
    await confirm.waitFor();
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => sale.getByRole('button', { name: sm.clear }).isDisabled()).toBe(true);

    // An open-price product asks its price: the price has the caret; Esc adds nothing; Enter adds it at that price.
    const saved = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const product = { name: '시가 메뉴', price: 0, taxation: 'taxable' as const, categoryId: null, barcodes: [], shortCode: 'OPEN1', openPrice: true, active: true, gridOrder: 0 };
      return (await pos.saveProduct(product)).ok;
    });
    expect(saved).toBe(true);
    // The catalog is read again when the screen comes back.
    await page.keyboard.press('F3');
    await page.keyboard.press('F2');
    const priceDialog = page.getByRole('dialog', { name: sm.priceTitle.replace('{name}', '시가 메뉴') });
    const pick = async () => {
      await sale.getByRole('searchbox').fill('OPEN1');
      await sale.getByRole('searchbox').press('Enter');
      await priceDialog.waitFor();
    };
    await pick();
    expect(await focusedLabel()).toBe(sm.price);
    await page.keyboard.press('Escape');
    await priceDialog.waitFor({ state: 'detached' });
    await expect.poll(() => sale.getByRole('button', { name: sm.clear }).isDisabled()).toBe(true);
    await pick();
    await page.keyboard.type('3000');
    await page.keyboard.press('Enter');
    await priceDialog.waitFor({ state: 'detached' });
    await expect.poll(cart).toContain('₩3,000');
  });

  it('the day close confirm: the action has focus, Esc keeps the day open, Enter closes it', async () => {
    await page.keyboard.press('F9');
    await page.getByText(cm.noOpenDay).waitFor();
    await page.getByLabel(cm.float, { exact: true }).fill('0');
    await page.getByRole('button', { name: cm.open }).click();
    await page.getByTestId('open-day').waitFor();
    await page.getByLabel(cm.countedCash, { exact: true }).fill('0');
    await page.getByRole('button', { name: cm.close, exact: true }).click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor();
    expect(await focusedLabel()).toBe(cm.close);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('open-day').count()).toBe(1);
    await page.getByRole('button', { name: cm.close, exact: true }).click();
    await confirm.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: cm.closed.replace('{id}', '1') }).waitFor();
  });

  it('the lock screen opens on the PIN, its pad has 7-8-9 on top like the sale keypad, and Enter unlocks', async () => {
    await page.keyboard.press('F11');
    await page.getByLabel(s.name, { exact: true }).fill('사장');
    await page.getByLabel(s.pin, { exact: true }).fill(OWNER_PIN);
    await page.getByLabel(s.pinAgain, { exact: true }).fill(OWNER_PIN);
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('status').filter({ hasText: s.created.replace('{name}', '사장') }).waitFor();

    await page.getByRole('button', { name: a.lock }).click();
    const lock = page.getByRole('dialog', { name: a.lockedTitle });
    await lock.waitFor();
    // Opened on main's answer, so its focus lands just after it is drawn: polled, not read at once.
    await expect.poll(() => lock.getByLabel(a.pin, { exact: true }).evaluate(isFocused)).toBe(true);
    const pad = await lock.getByRole('group', { name: a.pinPad }).getByRole('button').allTextContents();
    expect(pad.slice(0, 9)).toEqual(['7', '8', '9', '4', '5', '6', '1', '2', '3']);

    await page.keyboard.type(OWNER_PIN);
    await page.keyboard.press('Enter');
    await lock.waitFor({ state: 'detached' });
  });

  it("sign-in starts on the PIN and Esc does not dismiss it; a manager's approval starts on the PIN, Esc cancels the call, Enter approves it", async () => {
    // The owner (signed in since the lock test) adds a cashier, then leaves the till.
    const made = await page.evaluate(async (pin) => {
      const { pos } = globalThis as unknown as TillWindow;
      return (await pos.createCashier({ name: '알바', role: 'cashier', pin })).ok;
    }, CASHIER_PIN);
    expect(made).toBe(true);
    await page.getByRole('button', { name: a.signOut }).click();
    const signIn = page.getByRole('dialog', { name: a.signInTitle });
    await signIn.waitFor();
    await expect.poll(() => signIn.getByLabel(a.pin, { exact: true }).evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await signIn.isVisible()).toBe(true);
    await signIn.getByLabel(a.who, { exact: true }).selectOption({ label: `알바 (${a['role.cashier']})` });
    await signIn.getByLabel(a.pin, { exact: true }).focus();
    await page.keyboard.type(CASHIER_PIN);
    await page.keyboard.press('Enter');
    await signIn.waitFor({ state: 'detached' });

    // Reconciling is a manager's: the cashier's call asks for a PIN.
    await page.keyboard.press('F9');
    await page.getByLabel(cm.float, { exact: true }).fill('0');
    await page.getByRole('button', { name: cm.open }).click();
    await page.getByTestId('open-day').waitFor();
    const approval = page.getByRole('dialog', { name: a.approvalTitle });
    await page.getByRole('button', { name: cm.reconcile }).click();
    await approval.waitFor();
    await expect.poll(() => approval.getByLabel(a.approverPin, { exact: true }).evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Escape');
    await approval.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: cm.recon }).count()).toBe(0);
    await page.getByRole('button', { name: cm.reconcile }).click();
    await approval.waitFor();
    await page.keyboard.type(OWNER_PIN);
    await page.keyboard.press('Enter');
    await approval.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: cm.recon }).waitFor();
  });
});
