import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authMessages } from '../../renderer/src/auth/messages';
import { clearFaults, setFaults } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { cancelBehindTheApp, chargeAtTill, ko, openPayment, pm, portOnePayment, shownValue } from '../refunds/till';
import { openTill, startTill, type Till, type TillWindow } from './harness';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

const PINS = { owner: OWNER_PIN, manager: MANAGER_PIN, cashier: CASHIER_PIN };

const refundPanel = '.refund';

async function startRefund(page: Page): Promise<void> {
  await page.getByRole('button', { name: pm('refund'), exact: true }).click();
  await page.getByRole('heading', { name: pm('refundTitle'), exact: true }).waitFor();
}

/** Amount, reason, the confirm step, then the refund itself, as the cashier does it. */
async function refund(page: Page, amount: string | 'all', reason: string): Promise<void> {
  if (amount === 'all') await page.getByRole('button', { name: pm('refundAll'), exact: true }).click();
  else await page.getByLabel(pm('refundAmount'), { exact: true }).fill(amount);
  await page.getByLabel(pm('reason'), { exact: true }).fill(reason);
  await page.locator(refundPanel).getByRole('button', { name: pm('refundTitle'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: pm('refundDo') }).click();
}

describe('refunds (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
  });
  afterAll(() => till?.close());
  beforeEach(async () => {
    page = await openTill(till.browser, till.host.url);
  });
  afterEach(async () => {
    await page.close();
  });

  it('partial refund, then the rest: balance, VAT and tax-free shown first; each cancel listed; status follows', async () => {
    const uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '33000', taxFree: '11000', orderName: '부분환불 주문' });
    await openPayment(page, '부분환불 주문');
    await startRefund(page);
    expect(await shownValue(page, refundPanel, pm('refundable'))).toBe('₩33,000');
    expect(await shownValue(page, refundPanel, pm('vatLeft'))).toBe('₩2,000');
    expect(await shownValue(page, refundPanel, pm('taxFreeLeft'))).toBe('₩11,000');

    await page.getByLabel(pm('refundAmount'), { exact: true }).fill('9000');
    // The refund's own tax-free share is suggested from the payment's ratio (11,000 / 33,000).
    expect(await page.getByLabel(pm('refundTaxFree'), { exact: true }).inputValue()).toBe('3,000');
    await refund(page, '9000', '일부 반품');
    await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩9,000' }) }).waitFor();
    expect(await shownValue(page, refundPanel, pm('refundable'))).toBe('₩24,000');
    expect(await shownValue(page, refundPanel, pm('taxFreeLeft'))).toBe('₩8,000');
    expect(await page.locator('.detail .badge').textContent()).toBe(ko('status.partially_cancelled'));

    await refund(page, 'all', '전체 반품');
    await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩24,000' }) }).waitFor();
    await page.getByText(pm('nothingLeft')).waitFor();
    expect(await page.locator('.detail .badge').textContent()).toBe(ko('status.cancelled'));
    const listed = await page.getByRole('list', { name: pm('cancels') }).getByRole('listitem').allTextContents();
    expect(listed).toEqual([expect.stringContaining('₩9,000'), expect.stringContaining('₩24,000')]);

    const atPortOne = await portOnePayment(till.sandbox.url, uid);
    expect(atPortOne).toMatchObject({ status: 'cancelled', cancel_amount: 33_000 });
    expect(atPortOne.cancel_history.map((c) => [c.amount, c.reason])).toEqual([
      [9000, '일부 반품'],
      [24_000, '전체 반품'],
    ]);
    // Each refund is an event of the payment.
    const events = await page.getByRole('list', { name: ko('payments.events') }).getByRole('listitem').allTextContents();
    expect(events.filter((e) => e.includes(pm('event.refund_requested')))).toHaveLength(2);
  });

  it('a refund made behind the app’s back: the app re-reads PortOne, shows the difference and refunds nothing', async () => {
    const uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '20000', orderName: '외부환불 주문' });
    await openPayment(page, '외부환불 주문');
    await startRefund(page);
    expect(await shownValue(page, refundPanel, pm('refundable'))).toBe('₩20,000');
    await cancelBehindTheApp(till.sandbox.url, uid, 5000);

    await refund(page, 'all', '고객 요청');
    await page.getByRole('alert').filter({ hasText: pm('mismatch', { believed: '₩20,000', actual: '₩15,000' }) }).waitFor();
    expect(await shownValue(page, refundPanel, pm('refundable'))).toBe('₩15,000');
    expect(await page.getByLabel(pm('refundAmount'), { exact: true }).inputValue()).toBe('15,000');
    expect((await portOnePayment(till.sandbox.url, uid)).cancel_history.map((c) => c.amount)).toEqual([5000]);
  });

  it('a refund whose answer is lost is found by reading the payment: refunded once, never sent twice', async () => {
    const uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '8000', orderName: '응답유실 주문' });
    await openPayment(page, '응답유실 주문');
    await startRefund(page);
    await setFaults(till.sandbox.url, { path: '/payments/cancel', commitThenDrop: true, count: 1 });
    try {
      await refund(page, 'all', '응답 유실');
      await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩8,000' }) }).waitFor();
    } finally {
      await clearFaults(till.sandbox.url);
    }
    expect((await portOnePayment(till.sandbox.url, uid)).cancel_history.map((c) => c.amount)).toEqual([8000]);
    const events = await page.getByRole('list', { name: ko('payments.events') }).getByRole('listitem').allTextContents();
    expect(events.some((e) => e.includes(pm('event.refund_unknown')))).toBe(true);
  });

  it('a cashier is refused without approval; a manager’s PIN approves the same refund once', async () => {
    // Accounts as the owner sets them up (the accounts screen is the roles feature's own test).
    await page.evaluate(async (pins) => {
      const { pos } = globalThis as unknown as TillWindow;
      const must = async (p: Promise<{ ok: boolean }>) => {
        const r = await p;
        if (!r.ok) throw new Error(JSON.stringify(r));
        return r;
      };
      await must(pos.createCashier({ name: '사장', role: 'owner', pin: pins.owner }));
      await must(pos.createCashier({ name: '이매니저', role: 'manager', pin: pins.manager }));
      await must(pos.createCashier({ name: '김캐셔', role: 'cashier', pin: pins.cashier }));
    }, PINS);
    const accounts = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const status = await pos.authStatus(undefined);
      return status.ok ? status.data.accounts : [];
    });
    const cashier = accounts.find((a) => a.role === 'cashier');
    expect(cashier).toBeDefined();
    await page.evaluate(async ({ id, pin }) => {
      await (globalThis as unknown as TillWindow).pos.signIn({ cashierId: id, pin });
    }, { id: cashier?.id ?? '', pin: CASHIER_PIN });
    await page.reload();
    await page.getByRole('navigation').waitFor();

    const uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '5000', orderName: '승인환불 주문' });
    await openPayment(page, '승인환불 주문');
    await startRefund(page);
    await refund(page, 'all', '불량');
    const approval = page.getByRole('dialog');
    await approval.getByRole('heading').waitFor();
    // Cancelled: refused, nothing refunded.
    await approval.getByRole('button', { name: ko('common.cancel') }).click();
    await page.getByRole('alert').filter({ hasText: pm('needsManager') }).waitFor();
    expect((await portOnePayment(till.sandbox.url, uid)).cancel_history).toEqual([]);

    await refund(page, 'all', '불량');
    await approval.getByLabel(authMessages.ko.approver, { exact: true }).selectOption({ label: `이매니저 (${authMessages.ko['role.manager']})` });
    await approval.getByLabel(authMessages.ko.approverPin, { exact: true }).fill(MANAGER_PIN);
    await approval.getByRole('button', { name: authMessages.ko.approve, exact: true }).click();
    await page.getByRole('status').filter({ hasText: pm('refunded', { amount: '₩5,000' }) }).waitFor();
    expect((await portOnePayment(till.sandbox.url, uid)).cancel_history.map((c) => c.amount)).toEqual([5000]);
    const events = await page.getByRole('list', { name: ko('payments.events') }).getByRole('listitem').allTextContents();
    expect(events.find((e) => e.includes(pm('event.refund_requested')))).toContain('이매니저');
  });
});
