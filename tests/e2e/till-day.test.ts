import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages, authReasonMessages } from '../../renderer/src/auth/messages';
import { closeMessages } from '../../renderer/src/close/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { windowPayMessages } from '../../renderer/src/window-pay/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { chargeAtTill, openPayment, pm } from '../refunds/till';
import { openTill, startTill, text, type TextKey, type Till, type TillWindow } from './harness';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

const a = authMessages.ko;
const c = closeMessages.ko;
const s = staffMessages.ko;

/**
 * Issue 19, the till used all day: a cashier (not a manager) opens, reconciles and closes the day
 * with a manager's PIN, in Korean, at the till's 1366×768.
 */
describe('the till used all day (Chromium, browser host, ko)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(15_000);
    // The owner (first account, signed in at once) adds a manager and a cashier.
    const made = await page.evaluate(
      async ({ owner, manager, cashier }) => {
        const { pos } = globalThis as unknown as TillWindow;
        const results = [
          await pos.createCashier({ name: '사장', role: 'owner', pin: owner }),
          await pos.createCashier({ name: '점장', role: 'manager', pin: manager }),
          await pos.createCashier({ name: '알바', role: 'cashier', pin: cashier }),
          // A long name, as the session area must hold one without moving the F-keys.
          await pos.createCashier({ name: '야간근무 김수한무거북이와두루미', role: 'cashier', pin: cashier }),
        ];
        await pos.signOut(undefined);
        return results.map((r) => r.ok);
      },
      { owner: OWNER_PIN, manager: MANAGER_PIN, cashier: CASHIER_PIN },
    );
    expect(made).toEqual([true, true, true, true]);
    await page.reload();
  });

  afterAll(() => till?.close());

  const nav = (label: string) => page.getByRole('navigation').getByRole('button', { name: label }).click();
  const approvalDialog = () => page.getByRole('dialog', { name: a.approvalTitle });
  const roleOf: Record<string, 'owner' | 'manager' | 'cashier'> = { 사장: 'owner', 점장: 'manager' };

  async function signIn(name: string, pin: string) {
    const dialog = page.getByRole('dialog', { name: a.signInTitle });
    await dialog.waitFor();
    await dialog.getByLabel(a.who, { exact: true }).selectOption({ label: `${name} (${a[`role.${roleOf[name] ?? 'cashier'}`]})` });
    await dialog.getByLabel(a.pin, { exact: true }).fill(pin);
    await dialog.getByRole('button', { name: a.signIn }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function approveAs(name: string, pin: string) {
    const dialog = approvalDialog();
    await dialog.waitFor();
    await dialog.getByLabel(a.approver, { exact: true }).selectOption({ label: `${name} (${a[`role.${roleOf[name] ?? 'manager'}`]})` });
    await dialog.getByLabel(a.approverPin, { exact: true }).fill(pin);
    await dialog.getByRole('button', { name: a.approve }).click();
  }

  it('signing in takes "먼저 로그인하세요." off the sale screen', async () => {
    // Signed out, the sale screen could not read the catalog and says why (under the sign-in dialog).
    const signInFirst = page.locator('.screen').getByText(authReasonMessages.ko['auth.sign_in_required']);
    await signInFirst.waitFor();
    await signIn('알바', CASHIER_PIN);
    await page.getByRole('group', { name: a.who }).waitFor();
    await expect.poll(() => signInFirst.count()).toBe(0);
    await page.getByRole('button', { name: a.signOut }).click();
  });

  it('a cashier reconciles with PortOne after a manager approves with their PIN', async () => {
    await signIn('알바', CASHIER_PIN);
    await nav(c.nav);
    await page.getByText(c.noOpenDay).waitFor();
    await page.getByLabel(c.float, { exact: true }).fill('100000');
    await page.getByRole('button', { name: c.open }).click();
    await page.getByTestId('open-day').waitFor();

    await page.getByRole('button', { name: c.reconcile }).click();
    await expect.poll(async () => approvalDialog().getByText(a['action.reconcileDay']).count()).toBe(1);
    await approveAs('점장', MANAGER_PIN);
    await approvalDialog().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: c.recon }).waitFor();
    expect(await page.getByText(c.reconOk).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.manager_approval_needed'] }).count()).toBe(0);
  });

  it('a wrong manager PIN keeps the approval open with its own sentence; the right one then closes the day', async () => {
    await page.getByLabel(c.countedCash, { exact: true }).fill('100000');
    await page.getByRole('button', { name: c.close, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: c.close }).click();
    await approveAs('점장', '999999');
    const dialog = approvalDialog();
    await dialog.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.wrong_pin'] }).waitFor();
    expect(await dialog.getByLabel(a.approverPin, { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.manager_approval_needed'] }).count()).toBe(0);

    await approveAs('점장', MANAGER_PIN);
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: c.closed.replace('{id}', '1') }).waitFor();
  });

  it("the staff screen forgets the owner's list and messages when the owner signs out and a cashier signs in", async () => {
    await page.getByRole('button', { name: a.signOut }).click();
    await signIn('사장', OWNER_PIN);
    await nav(s.nav);
    const accounts = page.getByRole('table', { name: s.accounts });
    await expect.poll(() => accounts.getByRole('row').count()).toBe(5);
    await page.getByLabel(s.name, { exact: true }).fill('오후');
    await page.getByLabel(s.role, { exact: true }).selectOption('cashier');
    await page.getByLabel(s.pin, { exact: true }).fill('4444');
    await page.getByLabel(s.pinAgain, { exact: true }).fill('4444');
    await page.getByRole('button', { name: s.create }).click();
    const created = page.getByRole('status').filter({ hasText: s.created.replace('{name}', '오후') });
    await created.waitFor();
    await page.getByLabel(s.name, { exact: true }).fill('메모');

    await page.getByRole('button', { name: a.signOut }).click();
    await signIn('알바', CASHIER_PIN);
    await page.getByRole('button', { name: s.showAccounts }).waitFor();
    expect(await accounts.count()).toBe(0);
    expect(await created.count()).toBe(0);
    expect(await page.getByLabel(s.name, { exact: true }).inputValue()).toBe('');
  });

  it('the close screen groups the float and counted cash as typed and says the difference in words', async () => {
    await nav(c.nav);
    await page.getByText(c.noOpenDay).waitFor();
    const float = page.getByLabel(c.float, { exact: true });
    await float.pressSequentially('50000');
    expect(await float.inputValue()).toBe('50,000');
    await page.getByRole('button', { name: c.open }).click();
    await page.getByTestId('open-day').waitFor();
    expect(await page.getByTestId('open-day').textContent()).toContain('₩50,000');

    const counted = page.getByLabel(c.countedCash, { exact: true });
    await counted.pressSequentially('48000');
    expect(await counted.inputValue()).toBe('48,000');
    await page.getByRole('button', { name: c.close, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: c.close }).click();
    await approveAs('점장', MANAGER_PIN);
    await page.getByRole('status').filter({ hasText: c.closed.replace('{id}', '2') }).waitFor();
    const difference = page.locator('.close-screen__report').getByTestId('cash-difference');
    expect(await difference.textContent()).toBe('2,000원 부족');
    expect(await page.locator('.close-screen__report').textContent()).not.toContain('₩-');
  });

  it('at 1366×768 the F-keys stay put when someone signs in, and the refund button shows without scrolling', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: a.signOut }).click();
    await page.getByRole('dialog', { name: a.signInTitle }).waitFor();
    const fKeys = () => page.locator('header button[aria-keyshortcuts]');
    const boxes = async () => Promise.all((await fKeys().all()).map((b) => b.boundingBox()));
    const before = await boxes();
    expect(before.length).toBe(10);
    await signIn('야간근무 김수한무거북이와두루미', CASHIER_PIN);
    await page.getByRole('group', { name: a.who }).waitFor();
    expect(await boxes()).toEqual(before);
    // One row, each key on one line, all inside the window; the session area too.
    expect(new Set(before.map((box) => box?.y)).size).toBe(1);
    for (const box of before) expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    for (const box of before) expect(box?.height ?? 0).toBeLessThan(60);
    const session = await page.getByRole('group', { name: a.who }).boundingBox();
    expect((session?.x ?? 0) + (session?.width ?? 0)).toBeLessThanOrEqual(1366);
    expect(session?.x ?? 0).toBeGreaterThan(Math.max(...before.map((box) => (box?.x ?? 0) + (box?.width ?? 0))));

    await chargeAtTill(page, TEST_CARDS.approve, { orderName: '화면 확인', amount: '15000' });
    await openPayment(page, '화면 확인');
    // The detail's refund button, then the refund panel's own: both on screen without scrolling.
    const inView = async (button: ReturnType<Page['getByRole']>) => {
      await button.waitFor();
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    };
    const refund = page.getByRole('button', { name: pm('refund'), exact: true });
    await inView(refund);
    await refund.click();
    await inView(page.locator('.refund').getByRole('button', { name: pm('refundTitle'), exact: true }));
  });

  it('a refund approved after a wrong manager PIN: the dialog says so and stays; the right PIN refunds', async () => {
    // The refund panel is open from the test before (the cashier's payment of ₩15,000).
    await page.getByLabel(pm('reason'), { exact: true }).fill('단순 변심');
    await page.locator('.refund').getByRole('button', { name: pm('refundTitle'), exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: pm('refundDo') }).click();
    await expect.poll(async () => approvalDialog().getByText(a['action.refund']).count()).toBe(1);
    await approveAs('점장', '999999');
    await approvalDialog().getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.wrong_pin'] }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: pm('needsManager') }).count()).toBe(0);
    await approveAs('점장', MANAGER_PIN);
    await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩15,000' }) }).waitFor();
    expect(await approvalDialog().count()).toBe(0);
  });
});

const ko = (key: TextKey) => text('ko', key);
const w = windowPayMessages.ko;

/** Issue 19, keyed charge and payment-window traps: what a cashier types all day lands where it should. */
describe('the quick charge and the payment window, typed all day (Chromium, browser host, ko)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(15_000);
  });
  afterAll(() => till?.close());

  const form = () => page.getByRole('form', { name: ko('charge.title') });
  const field = (key: TextKey) => form().getByLabel(ko(key), { exact: true });
  const focused = (locator: ReturnType<Page['getByLabel']>) =>
    locator.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement);

  it('F3 on the quick charge puts the caret back in the amount; the order name starts as 전화 주문', async () => {
    await page.keyboard.press('F3');
    await field('charge.amount').waitFor();
    expect(await field('charge.orderName').inputValue()).toBe(ko('charge.orderNameDefault'));
    await field('charge.buyerName').click();
    await page.keyboard.press('F3');
    await expect.poll(() => focused(field('charge.amount'))).toBe(true);
  });

  it('digits never land in the buyer name; the phone is hyphenated as typed', async () => {
    await field('charge.buyerName').pressSequentially('홍길동 15000');
    expect(await field('charge.buyerName').inputValue()).toBe('홍길동 ');
    await field('charge.buyerTel').pressSequentially('01012345678');
    expect(await field('charge.buyerTel').inputValue()).toBe('010-1234-5678');
    await field('charge.buyerTel').fill('');
    await field('charge.buyerTel').pressSequentially('021234567');
    expect(await field('charge.buyerTel').inputValue()).toBe('02-123-4567');
    await field('charge.buyerTel').pressSequentially('8');
    expect(await field('charge.buyerTel').inputValue()).toBe('02-1234-5678');
  });

  it('a complete card number moves on to the expiry, a complete expiry to the password digits', async () => {
    await field('charge.cardNumber').pressSequentially(TEST_CARDS.approve);
    await expect.poll(() => focused(field('charge.expiry'))).toBe(true);
    await page.keyboard.type('1230');
    expect(await field('charge.expiry').inputValue()).toBe('12/30');
    await expect.poll(() => focused(field('charge.pwd2'))).toBe(true);
  });

  it('Esc clears the sale form and puts the caret in the amount', async () => {
    await field('charge.amount').fill('15000');
    await field('charge.pwd2').fill('12');
    await field('charge.pwd2').press('Escape');
    for (const key of ['charge.amount', 'charge.cardNumber', 'charge.expiry', 'charge.pwd2', 'charge.buyerName', 'charge.buyerTel'] as const) {
      expect(await field(key).inputValue()).toBe('');
    }
    expect(await field('charge.orderName').inputValue()).toBe(ko('charge.orderNameDefault'));
    await expect.poll(() => focused(field('charge.amount'))).toBe(true);
  });

  it('F6 opens the payment window screen like F2: caret in the amount, separators as typed, tax-free empty', async () => {
    await page.keyboard.press('F6');
    const screen = page.getByRole('region', { name: w.title });
    const amount = screen.getByLabel(w.amount, { exact: true });
    const taxFree = screen.getByLabel(w.taxFree, { exact: true });
    await expect.poll(() => focused(amount)).toBe(true);
    expect(await taxFree.inputValue()).toBe('');
    expect(await taxFree.getAttribute('placeholder')).toBe('0');
    await page.keyboard.type('1234500');
    expect(await amount.inputValue()).toBe('1,234,500');
    await taxFree.click();
    await page.keyboard.press('F6');
    await expect.poll(() => focused(amount)).toBe(true);
  });
});
