import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maskCardNumber } from '../../domain/card-number';
import { clearFaults, setFaults } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import {
  countCalls,
  fillCharge,
  openTill,
  payButton,
  recordStatuses,
  sandboxPayments,
  startTill,
  text,
  validCard,
  type Till,
  type TillWindow,
  type TextKey,
} from './harness';

const ko = (key: TextKey) => text('ko', key);
const field = (page: Page, key: TextKey) => page.getByLabel(ko(key), { exact: true });
const resultHeading = (page: Page, key: TextKey) => page.getByRole('heading', { name: ko(key), exact: true });

/** The value shown next to a label in the result's definition list. */
async function summaryValue(page: Page, key: TextKey): Promise<string> {
  const row = page.locator('.summary__row').filter({ has: page.locator('dt').getByText(ko(key), { exact: true }) });
  return (await row.locator('dd').textContent()) ?? '';
}

describe('keyed charge (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;
  let chargeCalls: () => number;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
  });
  afterAll(() => till?.close());
  beforeEach(async () => {
    page = await openTill(till.browser, till.host.url);
    chargeCalls = countCalls(page, 'chargeKeyed');
  });
  afterEach(async () => {
    await page.close();
    await clearFaults(till.sandbox.url);
  });

  it('approves a sale typed on the keypad and shows the approval, VAT split and receipt; card data is gone after', async () => {
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { amount: '', taxFree: '5000' }));
    // Amount on the on-screen keypad: 5, 5, 000 → ₩55,000 (installments become available).
    await field(page, 'charge.amount').focus();
    for (const key of ['5', '5', '000']) await page.getByRole('group', { name: ko('keypad.label') }).getByRole('button', { name: key, exact: true }).click();
    expect(await field(page, 'charge.amount').inputValue()).toBe('55,000');
    await field(page, 'charge.quota').selectOption('3');
    await field(page, 'charge.pwd2').press('Enter');

    await resultHeading(page, 'result.approved').waitFor();
    expect(await summaryValue(page, 'result.approvalNumber')).toMatch(/\S+/);
    expect(await summaryValue(page, 'result.card')).toBe(maskCardNumber(TEST_CARDS.approve));
    expect(await summaryValue(page, 'result.installments')).toBe('3개월');
    expect(await summaryValue(page, 'result.amount')).toBe('₩55,000');
    expect(await summaryValue(page, 'result.taxFree')).toBe('₩5,000');
    expect(await summaryValue(page, 'result.vat')).toBe('₩4,545');
    expect(await summaryValue(page, 'result.supply')).toBe('₩45,455');
    expect(await page.getByRole('link', { name: ko('result.receipt') }).getAttribute('href')).toMatch(/^https?:\/\//);
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before + 1);

    // Nothing of the card is left where a page script could find it later.
    const reachable = await page.evaluate(() => {
      const w = globalThis as unknown as TillWindow;
      const storage = [w.localStorage, w.sessionStorage].map((s) => Array.from({ length: s.length }, (_, i) => s.getItem(s.key(i) ?? '')).join());
      return [w.document.documentElement.outerHTML, ...storage, w.document.cookie].join('\n');
    });
    for (const secret of ['5365100000000006', '5365 1000 0000 0006', '900101']) expect(reachable).not.toContain(secret);

    // F3 on the result starts the next quick charge: empty form, caret in the amount field.
    await page.keyboard.press('F3');
    await field(page, 'charge.amount').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('f-amount');
    for (const key of ['charge.amount', 'charge.cardNumber', 'charge.expiry', 'charge.birth', 'charge.pwd2'] as const) {
      expect(await field(page, key).inputValue()).toBe('');
    }
  });

  it('lists the payment under recent payments (F8) with its status and a detail view with events', async () => {
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { orderName: '목록 확인 주문' }));
    await page.keyboard.press('Enter');
    await resultHeading(page, 'result.approved').waitFor();
    await page.keyboard.press('F8');
    const row = page.getByRole('row').filter({ hasText: '목록 확인 주문' });
    await row.waitFor();
    expect(await row.textContent()).toContain(ko('status.paid'));
    await row.getByRole('button', { name: '목록 확인 주문' }).click();
    await page.getByRole('heading', { name: ko('payments.detail') }).waitFor();
    const events = page.getByRole('list', { name: ko('payments.events') }).getByRole('listitem');
    await events.first().waitFor();
    expect(await events.count()).toBeGreaterThan(0);
    expect(await page.locator('.detail').textContent()).toContain(maskCardNumber(TEST_CARDS.approve));
    expect(await events.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(ko('event.outcome'))]));
    // Esc goes back to the list.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
  });

  it('offers installments only from ₩50,000', async () => {
    await page.keyboard.press('F3');
    const quota = field(page, 'charge.quota');
    await field(page, 'charge.amount').fill('49999');
    expect(await quota.isDisabled()).toBe(true);
    expect(await quota.locator('option').count()).toBe(1);
    await field(page, 'charge.amount').fill('50000');
    expect(await quota.isDisabled()).toBe(false);
    expect(await quota.locator('option').allTextContents()).toContain('12개월');
  });

  const declines: [keyof typeof TEST_CARDS, string][] = [
    ['declineFailed', '[6021]'],
    ['declineError', '[F112]'],
    ['overLimit', '[2116]'],
    ['wrongPassword', '[8326]'],
    ['lostCard', '[7001]'],
  ];
  for (const [card, code] of declines) {
    it(`declines ${card} in plain language with the next step; password cleared, rest of the form kept`, async () => {
      await fillCharge(page, 'ko', validCard(TEST_CARDS[card]));
      await page.keyboard.press('Enter');
      await resultHeading(page, 'result.declined').waitFor();
      expect(await page.getByTestId('decline-reason').textContent()).toContain(code);
      expect(await page.getByText(ko('result.nextDeclined')).count()).toBe(1);

      await page.getByRole('button', { name: ko('result.retry') }).click();
      expect(await field(page, 'charge.pwd2').inputValue()).toBe('');
      expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('f-pwd2digit');
      expect(await field(page, 'charge.cardNumber').inputValue()).toBe(TEST_CARDS[card].replace(/-/g, ' '));
      expect(await field(page, 'charge.orderName').inputValue()).toBe('전화 주문 테스트');
      expect(chargeCalls()).toBe(1);
    });
  }

  const fieldErrors: [string, Parameters<typeof validCard>[1], TextKey, TextKey][] = [
    ['no amount', { amount: '' }, 'charge.amount', 'err.amount.required'],
    ['tax-free above the amount', { amount: '12000', taxFree: '20000' }, 'charge.taxFree', 'err.taxFree.exceeds'],
    ['no order name', { orderName: '' }, 'charge.orderName', 'err.orderName.required'],
    ['a phone number that is not one', { buyerTel: '12345' }, 'charge.buyerTel', 'err.buyerTel.format'],
    ['a card number failing Luhn', { cardNumber: '5365 1000 0000 0007' }, 'charge.cardNumber', 'err.cardNumber.luhn'],
    ['a short card number', { cardNumber: '5365 1000' }, 'charge.cardNumber', 'err.cardNumber.length'],
    ['an expired card', { expiry: '01/20' }, 'charge.expiry', 'err.expiry.expired'],
    ['month 13', { expiry: '13/30' }, 'charge.expiry', 'err.expiry.month'],
    ['an impossible birth date', { birth: '901301' }, 'charge.birth', 'err.birth.personal'],
    ['a bad business number', { corporate: true, birth: '1234567890' }, 'charge.businessNumber', 'err.birth.corporate'],
    ['one password digit', { pwd2: '1' }, 'charge.pwd2', 'err.pwd2.format'],
  ];
  for (const [what, over, label, error] of fieldErrors) {
    it(`says what is wrong next to the field for ${what}, and sends nothing`, async () => {
      const before = (await sandboxPayments(till.sandbox.url)).length;
      await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, over));
      await payButton(page, 'ko').click();

      const input = field(page, label);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(ko(error));
      // Next to the field: the message sits in the same field container as the input.
      expect(await input.locator('xpath=..').getByRole('alert').textContent()).toBe(ko(error));
      // Only this field is flagged: the rest of the valid card is accepted as typed.
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);

      expect(chargeCalls()).toBe(0);
      expect((await sandboxPayments(till.sandbox.url)).length).toBe(before);
    });
  }

  it('a double click on Pay sends one request', async () => {
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve));
    // Two clicks in the same task, before React can re-render the button as disabled.
    await page.evaluate(() => {
      const w = globalThis as unknown as { document: { querySelector(s: string): { click(): void } } };
      const pay = w.document.querySelector('button[type=submit]');
      pay.click();
      pay.click();
    });
    await resultHeading(page, 'result.approved').waitFor();
    expect(chargeCalls()).toBe(1);
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before + 1);
  });

  it('a real double click (mouse) sends one request', async () => {
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve));
    await payButton(page, 'ko').dblclick();
    await resultHeading(page, 'result.approved').waitFor();
    expect(chargeCalls()).toBe(1);
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before + 1);
  });

  it('Enter held down (auto-repeat) sends one request', async () => {
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve));
    await field(page, 'charge.orderName').focus();
    // Playwright marks every keydown of a key already down as `repeat`, as a held key does.
    for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await resultHeading(page, 'result.approved').waitFor();
    expect(chargeCalls()).toBe(1);
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before + 1);
  });

  it('"commit then drop": shows checking with the card company, then paid; exactly one payment at PortOne', async () => {
    const before = await sandboxPayments(till.sandbox.url);
    await setFaults(till.sandbox.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const statuses = await recordStatuses(page);
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { orderName: '연결 끊김 주문' }));
    await page.keyboard.press('Enter');

    await resultHeading(page, 'result.approved').waitFor({ timeout: 20_000 });
    expect(await page.getByText(ko('result.confirmedAfterCheck')).count()).toBe(1);
    const seen = await statuses();
    const checkingAt = seen.findIndex((s) => s.includes(ko('result.checking')));
    const approvedAt = seen.findIndex((s) => s.includes(ko('result.approved')));
    expect(checkingAt).toBeGreaterThanOrEqual(0);
    expect(approvedAt).toBeGreaterThan(checkingAt);

    const merchantUid = await summaryValue(page, 'result.merchantUid');
    const after = await sandboxPayments(till.sandbox.url);
    expect(after.length).toBe(before.length + 1);
    expect(after.filter((p) => p.merchant_uid === merchantUid).map((p) => p.status)).toEqual(['paid']);
    expect(chargeCalls()).toBe(1);
  });
});

describe('keyed charge that times out while the card company is slow', () => {
  let till: Till;

  beforeAll(async () => {
    // The app gives up waiting after 1 s; the sandbox answers (and commits) after 2.5 s.
    till = await startTill({ lang: 'ko', core: { portoneTimeouts: { chargeMs: 1_000 } } });
  });
  afterAll(() => till?.close());

  it('shows the spinner, then checking, then paid; never a second charge', async () => {
    const page = await openTill(till.browser, till.host.url);
    const calls = countCalls(page, 'chargeKeyed');
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await setFaults(till.sandbox.url, { path: '/subscribe/payments/onetime', latencyMs: 2_500, count: 1 });
    const statuses = await recordStatuses(page);
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { orderName: '느린 카드사 주문' }));
    await page.keyboard.press('Enter');

    await resultHeading(page, 'result.approved').waitFor({ timeout: 20_000 });
    const seen = await statuses();
    const order = ['카드사에 승인 요청 중', ko('result.checking'), ko('result.approved')].map((s) => seen.findIndex((x) => x.includes(s)));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[1]).toBeGreaterThan(order[0] ?? Infinity);
    expect(order[2]).toBeGreaterThan(order[1] ?? Infinity);

    const merchantUid = await summaryValue(page, 'result.merchantUid');
    const after = await sandboxPayments(till.sandbox.url);
    expect(after.length).toBe(before + 1);
    expect(after.filter((p) => p.merchant_uid === merchantUid)).toHaveLength(1);
    expect(calls()).toBe(1);
    await page.close();
  });
});
