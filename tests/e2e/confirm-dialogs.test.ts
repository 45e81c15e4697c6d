import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authMessages } from '../../renderer/src/auth/messages';
import { cashMessages } from '../../renderer/src/cash/messages';
import { catalogMessages } from '../../renderer/src/catalog/messages';
import { customerMessages } from '../../renderer/src/customers/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { scheduleMessages } from '../../renderer/src/schedules/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { sandboxToken } from '../core/support/sandbox';
import { portOnePayment } from '../refunds/till';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';
import { countCalls, fillCharge, futureExpiry, openTill, sandboxPayments, startTill, text, validCard, type TextKey, type Till, type TillWindow } from './harness';

const ko = (key: TextKey) => text('ko', key);
const fill = (sentence: string, params: Record<string, string | number> = {}) => sentence.replace(/\{(\w+)\}/g, (w, n: string) => String(params[n] ?? w));
const a = authMessages.ko;
const c = catalogMessages.ko;
const cash = cashMessages.ko;
const s = saleMessages.ko;
const cm = (key: keyof (typeof customerMessages)['ko'], params: Record<string, string> = {}) => fill(customerMessages.ko[key], params);
const sm = (key: keyof (typeof scheduleMessages)['ko']) => scheduleMessages.ko[key];

/** Whether the element is the page's focused one (node tests have no DOM types: the document is reached through globalThis). */
const isFocused = (el: unknown): boolean => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el;

/** `YYYY-MM-DD` in Korean time, `days` from now. */
const kstDay = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The confirm dialogs' keyboard contract on the five screens that ask before acting: the dialog
 * opens on its action (never 취소), Esc closes it with nothing done and focus back where the
 * cashier was, Enter does the action. A cashier is signed in, so the steps that need a manager
 * go through the approval dialog and its PIN, as at a real till.
 */
describe('confirm dialogs answer the keyboard (Chromium, browser host, sandbox, cashier signed in)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve(), settleGraceMs: 0, portoneTimeouts: { chargeMs: 2_000 } } });
    page = await openTill(till.browser, till.host.url);
    const seeded = await page.evaluate(async (pins) => {
      const { pos } = globalThis as unknown as TillWindow;
      // The first account (the owner) is signed in at once: it adds the staff and the products, then the cashier takes the till.
      const owner = await pos.createCashier({ name: '사장', role: 'owner', pin: pins.owner });
      const manager = await pos.createCashier({ name: '이매니저', role: 'manager', pin: pins.manager });
      const cashier = await pos.createCashier({ name: '김캐셔', role: 'cashier', pin: pins.cashier });
      const base = { barcodes: [] as string[], shortCode: '', openPrice: false, active: true, gridOrder: 0, categoryId: null };
      const products = await Promise.all(
        [
          { ...base, name: '점심세트', price: 30_000, taxation: 'taxable' as const },
          { ...base, name: '드립커피', price: 4_500, taxation: 'taxable' as const },
          { ...base, name: '땅콩쿠키', price: 3_000, taxation: 'tax_free' as const },
        ].map((p) => pos.saveProduct(p)),
      );
      const signedIn = cashier.ok ? await pos.signIn({ cashierId: cashier.data.id, pin: pins.cashier }) : cashier;
      return [owner, manager, cashier, ...products, signedIn].map((r) => (r.ok ? 'ok' : JSON.stringify(r.error)));
    }, { owner: OWNER_PIN, manager: MANAGER_PIN, cashier: CASHIER_PIN });
    expect(seeded.filter((r) => r !== 'ok')).toEqual([]);
    await page.close();
  });
  afterAll(() => till?.close());
  beforeEach(async () => {
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(10_000);
  });
  afterEach(() => page.close());

  /**
   * Opens the confirm with `open`: the dialog shows with its action `action` focused. Esc closes
   * it, focus goes back to `opener`, and the action's call (counted by `sent`) never left the page,
   * so not even a manager's approval was asked for.
   */
  async function confirmThenEscape(open: () => Promise<unknown>, action: string, opener: Locator, sent: () => number): Promise<void> {
    const dialog = await openConfirm(open, action);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => opener.evaluate(isFocused)).toBe(true);
    expect(sent()).toBe(0);
  }

  async function openConfirm(open: () => Promise<unknown>, action: string): Promise<Locator> {
    await open();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('button', { name: action, exact: true }).evaluate(isFocused)).toBe(true);
    return dialog;
  }

  /** Opens the confirm again and confirms it with Enter. */
  async function confirmWithEnter(open: () => Promise<unknown>, action: string): Promise<void> {
    const dialog = await openConfirm(open, action);
    await page.keyboard.press('Enter');
    await dialog.filter({ hasText: action }).waitFor({ state: 'detached' });
  }

  /**
   * The manager approves the cashier's call: the approval dialog starts on the PIN, Enter approves.
   * `names`: what the dialog must show of the action before the PIN is typed (its words, the amount).
   */
  async function approveAsManager(...names: string[]): Promise<void> {
    const approval = page.getByRole('dialog', { name: a.approvalTitle });
    const pin = approval.getByLabel(a.approverPin, { exact: true });
    await approval.waitFor();
    for (const name of names) await approval.getByText(name, { exact: true }).waitFor();
    await expect.poll(() => pin.evaluate(isFocused)).toBe(true);
    await approval.getByLabel(a.approver, { exact: true }).selectOption({ label: `이매니저 (${a['role.manager']})` });
    await pin.fill(MANAGER_PIN);
    await pin.press('Enter');
    await approval.waitFor({ state: 'detached' });
  }

  // ---- the sale screen ----------------------------------------------------------------------

  const tile = (name: string) => page.getByRole('group', { name: s.grid }).getByRole('button', { name: new RegExp(name) });
  const payForm = () => page.getByRole('form', { name: s.payTitle });
  const typeCard = async () => {
    await payForm().getByRole('tab', { name: s.tenderKeyed, exact: true }).click();
    await payForm().getByLabel(ko('charge.cardNumber'), { exact: true }).fill(TEST_CARDS.approve);
    await payForm().getByLabel(ko('charge.expiry'), { exact: true }).fill(futureExpiry());
    await payForm().getByLabel(ko('charge.birth'), { exact: true }).fill('900101');
    await payForm().getByLabel(ko('charge.pwd2'), { exact: true }).fill('12');
  };
  const ring = async (...names: string[]) => {
    for (const name of names) await tile(name).click();
    await page.getByRole('button', { name: /결제 \(Enter\)$/ }).click();
    await payForm().waitFor();
  };
  const submitPay = () => payForm().locator('button[type=submit]').click();

  it('void sale: the action has focus; Esc gives nothing back; Enter (and one manager PIN for the whole sale) cancels the card at PortOne and gives the cash back', async () => {
    // ₩30,000 split: ₩10,000 cash, then ₩20,000 on a keyed card.
    await ring('점심세트');
    await payForm().getByLabel(s.partAmount, { exact: true }).fill('10000');
    await payForm().getByRole('tab', { name: cash.tender, exact: true }).click();
    await payForm().getByLabel(cash.given, { exact: true }).fill('10000');
    await submitPay();
    await expect.poll(() => payForm().locator('[data-split="remaining"]').textContent()).toBe('₩20,000');
    const before = new Set((await sandboxPayments(till.sandbox.url)).map((p) => p.merchant_uid));
    await typeCard();
    await submitPay();
    const paid = page.getByRole('region', { name: s.salePaidTitle });
    await paid.waitFor();
    const card = (await sandboxPayments(till.sandbox.url)).filter((p) => !before.has(p.merchant_uid));
    expect(card.map((p) => [p.amount, p.status])).toEqual([[20_000, 'paid']]);
    const cardUid = card[0]?.merchant_uid ?? '';

    const sent = countCalls(page, 'voidSale');
    const reason = paid.getByLabel(s.voidReason, { exact: true });
    const voidButton = paid.getByRole('button', { name: s.voidDo, exact: true });
    await reason.fill('주문 착오');
    await confirmThenEscape(() => voidButton.click(), s.voidDo, voidButton, sent);
    expect(await portOnePayment(till.sandbox.url, cardUid)).toMatchObject({ status: 'paid', cancel_amount: 0 });
    expect(await voidButton.isEnabled()).toBe(true);

    await confirmWithEnter(() => voidButton.click(), s.voidDo);
    // One approval for the whole void, naming it and the amount; both parts come back under it.
    await approveAsManager(a['action.voidSale'], '₩30,000');
    await paid.getByText(fill(s.voided, { amount: '₩30,000' })).waitFor();
    expect(await portOnePayment(till.sandbox.url, cardUid)).toMatchObject({ status: 'cancelled', cancel_amount: 20_000 });
  });

  it('line refund: the action has focus; Esc refunds nothing; Enter (and a manager) refunds that line at PortOne', async () => {
    await ring('드립커피', '땅콩쿠키');
    await typeCard();
    await submitPay();
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
    const uidRow = page.locator('.summary__row').filter({ has: page.locator('dt').getByText(ko('result.merchantUid'), { exact: true }) });
    const uid = (await uidRow.locator('dd').textContent()) ?? '';
    expect(await portOnePayment(till.sandbox.url, uid)).toMatchObject({ status: 'paid', amount: 7_500 });

    const sent = countCalls(page, 'refundSaleLines');
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
    await page.getByRole('row').filter({ hasText: '드립커피' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: ko('payments.detail') }).waitFor();
    await page.getByRole('button', { name: s.lineRefundTitle, exact: true }).click();
    await page.getByLabel(fill(s.lineRefundQty, { name: '땅콩쿠키', max: 1 }), { exact: true }).fill('1');
    const reason = page.getByLabel(s.lineRefundReason, { exact: true });
    await reason.fill('쿠키 반품');
    const refundButton = page.getByRole('region', { name: s.lineRefundTitle }).getByRole('button', { name: s.lineRefundDo, exact: true });

    // 땅콩쿠키 is 면세: its whole ₩3,000 goes back as tax-free.
    await confirmThenEscape(() => refundButton.click(), s.lineRefundDo, refundButton, sent);
    expect(await portOnePayment(till.sandbox.url, uid)).toMatchObject({ status: 'paid', cancel_amount: 0 });

    // From the reason field, Enter asks the same question.
    await confirmWithEnter(() => reason.press('Enter'), s.lineRefundDo);
    await approveAsManager();
    await page.getByRole('status').filter({ hasText: fill(s.lineRefunded, { amount: '₩3,000' }) }).waitFor();
    expect(await portOnePayment(till.sandbox.url, uid)).toMatchObject({ status: 'paid', cancel_amount: 3_000 });
  });

  // ---- the customer screen ------------------------------------------------------------------

  /** A keyed sale with "save this card" ticked, then the customer's detail (F7). */
  async function customerWithCard(name: string, phone: string): Promise<void> {
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { buyerName: name, buyerTel: phone }));
    await page.getByRole('checkbox', { name: cm('save.consent') }).check();
    await page.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
    await page.keyboard.press('F7');
    await page.getByLabel(cm('search'), { exact: true }).fill(name);
    await page.getByRole('row').getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { name: `${cm('detail')}: ${name}` }).waitFor();
  }

  it('charge card on file: the action has focus; Esc charges nothing at PortOne; Enter charges the amount once', async () => {
    const sent = countCalls(page, 'chargeAgain');
    await customerWithCard('한재결', '010-2020-3030');
    await page.getByLabel(cm('again.amount'), { exact: true }).fill('23000');
    const orderName = page.getByLabel(cm('again.orderName'), { exact: true });
    await orderName.fill('정기 원두');
    const submit = page.getByRole('button', { name: cm('again.submit') });
    const action = cm('again.confirmButton', { amount: '₩23,000' });
    const charged = async () => (await sandboxPayments(till.sandbox.url)).filter((p) => p.amount === 23_000).map((p) => p.status);

    await confirmThenEscape(() => submit.click(), action, submit, sent);
    expect(await charged()).toEqual([]);

    await confirmWithEnter(() => orderName.press('Enter'), action);
    await page.getByRole('status').filter({ hasText: cm('again.paid', { amount: '₩23,000' }) }).waitFor();
    expect(await charged()).toEqual(['paid']);
  });

  it('schedule cancel: the action has focus; Esc keeps it scheduled at PortOne; Enter (and a manager) revokes it', async () => {
    const sent = countCalls(page, 'cancelSchedule');
    await customerWithCard('박예약', '010-4040-5050');
    await page.getByRole('button', { name: sm('open') }).click();
    const form = page.getByRole('form', { name: sm('form') });
    await form.getByLabel(sm('start'), { exact: true }).fill(kstDay(3));
    await form.getByLabel(sm('time'), { exact: true }).fill('10:00');
    await form.getByLabel(sm('dayOfMonth'), { exact: true }).fill('15');
    await form.getByLabel(sm('times'), { exact: true }).fill('1');
    await form.getByLabel(sm('amount'), { exact: true }).fill('15000');
    await form.getByLabel(sm('orderName'), { exact: true }).fill('월 정기');
    await form.getByRole('button', { name: sm('submit') }).click();
    await page.getByRole('status').filter({ hasText: fill(sm('scheduled'), { count: 1 }) }).waitFor();
    const row = page.getByRole('table', { name: sm('list') }).getByRole('row').filter({ hasText: '월 정기' });
    await row.filter({ hasText: sm('state.scheduled') }).waitFor();
    const merchantUid = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const found = await pos.searchCustomers({ query: '박예약', limit: 1 });
      const listed = found.ok ? await pos.customerSchedules({ customerUid: found.data[0]?.customerUid ?? '' }) : found;
      return listed.ok ? (listed.data[0]?.merchantUid ?? '') : '';
    });
    const remoteStatus = async () => {
      const res = await fetch(`${till.sandbox.url}/subscribe/payments/schedule/${merchantUid}`, { headers: { authorization: await sandboxToken(till.sandbox.url) } });
      return z.object({ response: z.object({ schedule_status: z.string() }) }).parse(await res.json()).response.schedule_status;
    };
    expect(await remoteStatus()).toBe('scheduled');

    const cancel = row.getByRole('button', { name: sm('cancel'), exact: true });
    await confirmThenEscape(() => cancel.click(), sm('cancel.confirmButton'), cancel, sent);
    expect(await remoteStatus()).toBe('scheduled');
    expect(await row.textContent()).toContain(sm('state.scheduled'));

    await confirmWithEnter(() => cancel.click(), sm('cancel.confirmButton'));
    await approveAsManager();
    await row.filter({ hasText: sm('state.revoked') }).waitFor();
    expect(await remoteStatus()).toBe('revoked');
  });

  // ---- the catalog screen -------------------------------------------------------------------

  it('CSV import: the action has focus; Esc writes nothing to the catalog; Enter (and a manager) imports the rows', async () => {
    const names = () =>
      page.evaluate(async () => {
        const res = await (globalThis as unknown as TillWindow).pos.catalog({ includeInactive: true });
        return res.ok ? res.data.products.map((p) => p.name).sort() : [];
      });
    const seeded = await names();
    expect(seeded).toEqual(['드립커피', '땅콩쿠키', '점심세트']);

    const sent = countCalls(page, 'confirmCatalogImport');
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: c.title }).waitFor();
    await page.getByRole('tab', { name: c.tabCsv }).click();
    const csv = ['상품명,가격,과세구분,분류,바코드', '호두과자,5000,과세,,', '보리차,2000,면세,,'].join('\r\n');
    await page.getByLabel(c.csvFile, { exact: true }).setInputFiles({ name: '신상품.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByText(c.noProblems).waitFor();
    const importButton = page.getByRole('region', { name: c.preview }).getByRole('button', { name: c.confirmImport, exact: true });

    await confirmThenEscape(() => importButton.click(), c.confirmImport, importButton, sent);
    expect(await names()).toEqual(seeded);

    await confirmWithEnter(() => importButton.click(), c.confirmImport);
    await approveAsManager();
    await page.getByRole('status').filter({ hasText: fill(c.imported, { added: 2, updated: 0, unchanged: 0 }) }).waitFor();
    expect(await names()).toEqual([...seeded, '보리차', '호두과자'].sort());
  });
});
