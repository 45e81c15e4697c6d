import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages } from '../../renderer/src/auth/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { chargeAtTill, openPayment, pm, portOnePayment } from '../refunds/till';
import { openTill, startTill, type Till } from './harness';

const a = authMessages.ko;
/** Whether the element is the page's focused one (node tests have no DOM types: the document is reached through globalThis). */
const isFocused = (el: unknown): boolean => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el;
const s = staffMessages.ko;

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

  it('the lock screen opens on the PIN, its pad has 7-8-9 on top like the sale keypad, and Enter unlocks', async () => {
    await page.keyboard.press('F11');
    await page.getByLabel(s.name, { exact: true }).fill('사장');
    await page.getByLabel(s.pin, { exact: true }).fill('1111');
    await page.getByLabel(s.pinAgain, { exact: true }).fill('1111');
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('status').filter({ hasText: s.created.replace('{name}', '사장') }).waitFor();

    await page.getByRole('button', { name: a.lock }).click();
    const lock = page.getByRole('dialog', { name: a.lockedTitle });
    await lock.waitFor();
    expect(await lock.getByLabel(a.pin, { exact: true }).evaluate(isFocused)).toBe(true);
    const pad = await lock.getByRole('group', { name: a.pinPad }).getByRole('button').allTextContents();
    expect(pad.slice(0, 9)).toEqual(['7', '8', '9', '4', '5', '6', '1', '2', '3']);

    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    await lock.waitFor({ state: 'detached' });
  });
});
