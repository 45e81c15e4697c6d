import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declineFor, TEST_CARDS } from '../../sandbox/test-cards';
import { chargeAtTill, ko, pm } from '../refunds/till';
import { openTill, startTill, type Till, type TillWindow } from './harness';
import { shopDate } from '../../domain/datetime';

/** Order names of the rows the history shows now. */
async function shownOrders(page: Page): Promise<string[]> {
  const names = await page.locator('.payments__table tbody tr td:nth-child(2) button').allTextContents();
  return names.sort();
}

/** Clears the form, fills it, searches, and waits for the answer to be on screen (the list is not busy). */
async function search(page: Page, fill: (page: Page) => Promise<void>): Promise<string[]> {
  await page.getByRole('button', { name: pm('clear'), exact: true }).click();
  await page.locator('.payments[aria-busy="false"]').waitFor();
  await fill(page);
  await page.getByRole('button', { name: pm('search'), exact: true }).click();
  await page.locator('.payments[aria-busy="false"]').waitFor();
  return shownOrders(page);
}

describe('payment history filters (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;
  let uidA: string;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    uidA = await chargeAtTill(page, TEST_CARDS.approve, { amount: '12000', orderName: '필터 가', buyerName: '박고객' });
    await chargeAtTill(page, '4111-1111-1111-1111', { amount: '55000', orderName: '필터 나', buyerName: '최고객' });
    await chargeAtTill(page, TEST_CARDS.declineFailed, { amount: '7000', orderName: '필터 다', buyerName: '박철수' });
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
    await page.getByRole('row').filter({ hasText: '필터 다' }).waitFor();
  });
  afterAll(async () => {
    await page?.close();
    await till?.close();
  });

  it('lists every payment, newest first, with method and cashier', async () => {
    const rows = await page.locator('.payments__table tbody tr td:nth-child(2) button').allTextContents();
    expect(rows).toEqual(['필터 다', '필터 나', '필터 가']);
    expect(await page.getByRole('row').filter({ hasText: '필터 가' }).textContent()).toContain(pm('method.keyed'));
  });

  it('filters by status, method, amount, last 4 digits, order number, customer and date', async () => {
    expect(await search(page, (p) => p.getByLabel(pm('status'), { exact: true }).selectOption(ko('status.paid')).then(() => undefined))).toEqual(['필터 가', '필터 나']);
    expect(await search(page, (p) => p.getByLabel(pm('status'), { exact: true }).selectOption(ko('status.failed')).then(() => undefined))).toEqual(['필터 다']);
    expect(await search(page, (p) => p.getByLabel(pm('amountMin'), { exact: true }).fill('50000'))).toEqual(['필터 나']);
    expect(
      await search(page, async (p) => {
        await p.getByLabel(pm('amountMin'), { exact: true }).fill('5000');
        await p.getByLabel(pm('amountMax'), { exact: true }).fill('12000');
      }),
    ).toEqual(['필터 가', '필터 다']);
    expect(await search(page, (p) => p.getByLabel(pm('last4'), { exact: true }).fill('1111'))).toEqual(['필터 나']);
    expect(await search(page, (p) => p.getByLabel(pm('id'), { exact: true }).fill(uidA))).toEqual(['필터 가']);
    expect(await search(page, (p) => p.getByLabel(pm('customer'), { exact: true }).fill('박'))).toEqual(['필터 가', '필터 다']);
    expect(await search(page, (p) => p.getByLabel(pm('method'), { exact: true }).selectOption(pm('method.window')).then(() => undefined))).toEqual([]);
    await page.getByText(pm('noMatch')).waitFor();

    // Days of the shop's calendar (Korea), whatever zone this machine is in.
    const today = shopDate(Date.now());
    const tomorrow = shopDate(Date.now() + 86_400_000);
    expect(await search(page, (p) => p.getByLabel(pm('from'), { exact: true }).fill(tomorrow))).toEqual([]);
    expect(
      await search(page, async (p) => {
        await p.getByLabel(pm('from'), { exact: true }).fill(today.replace(/-/g, ''));
        await p.getByLabel(pm('to'), { exact: true }).fill(today);
      }),
    ).toEqual(['필터 가', '필터 나', '필터 다']);
  });

  it('the date filters are typed as YYYY-MM-DD or picked from a calendar in Korean, not the browser\'s mm/dd/yyyy', async () => {
    await page.getByRole('button', { name: pm('clear'), exact: true }).click();
    const from = page.getByLabel(pm('from'), { exact: true });
    expect(await from.getAttribute('type')).not.toBe('date');
    await from.fill('20261204');
    expect(await from.inputValue()).toBe('2026-12-04');
    await page.getByRole('button', { name: '달력' }).first().click();
    const calendar = page.locator('#f-historyFrom-calendar');
    await calendar.getByText('2026년 12월').waitFor();
    expect(await calendar.getByText('일', { exact: true }).count()).toBeGreaterThan(0);
    await calendar.getByRole('button', { name: /12월 15일/ }).click();
    expect(await from.inputValue()).toBe('2026-12-15');
    await calendar.waitFor({ state: 'detached' });
  });

  it("a detail words its events and a decline in the cashier's language, never main's English", async () => {
    await page.getByRole('button', { name: pm('clear'), exact: true }).click();
    await page.getByRole('row').filter({ hasText: '필터 가' }).getByRole('button', { name: '필터 가' }).click();
    const list = page.getByRole('list', { name: ko('payments.events') });
    const intent = list.getByRole('listitem').filter({ hasText: ko('event.intent') });
    await intent.filter({ hasText: `${pm('method.keyed')} ₩12,000 (면세 ₩0)` }).waitFor();
    await list.getByRole('listitem').filter({ hasText: ko('event.outcome') }).filter({ hasText: /₩12,000 승인 \(imp_\w+\)/ }).waitFor();
    expect(await list.textContent()).not.toMatch(/keyed|tax-free|paid imp_|₩12000/);
    await page.keyboard.press('Escape');

    await page.getByRole('row').filter({ hasText: '필터 다' }).getByRole('button', { name: '필터 다' }).click();
    await list.getByRole('listitem').filter({ hasText: ko('event.outcome') }).filter({ hasText: /₩7,000 결제 실패 \(imp_\w+\)/ }).waitFor();
    // A decline's reason is the card company's own message, shown as PortOne sent it.
    const declined = declineFor('declineFailed')?.text ?? 'no decline text';
    await page.getByTestId('fail-reason').filter({ hasText: declined }).waitFor();
    expect(await list.textContent()).not.toMatch(/failed imp_|₩7000/);
    await page.keyboard.press('Escape');
  });

  it('a detail shows every event and refreshes from PortOne', async () => {
    await page.getByRole('button', { name: pm('clear'), exact: true }).click();
    await page.getByRole('row').filter({ hasText: '필터 가' }).getByRole('button', { name: '필터 가' }).click();
    const events = page.getByRole('list', { name: ko('payments.events') }).getByRole('listitem');
    await events.first().waitFor();
    const before = await events.count();
    await page.getByRole('button', { name: pm('refreshPortOne'), exact: true }).click();
    await page.waitForFunction((n) => (globalThis as unknown as TillWindow).document.querySelectorAll('.events li').length > n, before);
    expect(await events.last().textContent()).toContain(ko('event.lookup'));
    await events.filter({ hasText: ko('event.lookup') }).filter({ hasText: '포트원: 결제 완료, 취소된 금액 ₩0' }).waitFor();
    await page.keyboard.press('Escape');
  });
});
