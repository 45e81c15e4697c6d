import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerView } from '../../contract/customers';
import { maskCardNumber } from '../../domain/card-number';
import { formatKrw } from '../../domain/money';
import { authMessages, authReasonMessages } from '../../renderer/src/auth/messages';
import { customerMessages } from '../../renderer/src/customers/messages';
import { clearFaults, setFaults } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { deleteKeyBehindTheBack, keyPayments, keyStatus } from '../customers/sandbox-keys';
import { findCardData } from '../security/card-scan';
import { fillCharge, openTill, sandboxPayments, startTill, text, validCard, type Till, type TillWindow } from './harness';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
type CustomerKey = keyof (typeof customerMessages)['ko'];
const cm = (key: CustomerKey, params: Record<string, string> = {}) =>
  customerMessages.ko[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
const MASKED = maskCardNumber(TEST_CARDS.approve);

describe('card on file (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve(), settleGraceMs: 0, portoneTimeouts: { chargeMs: 2_000 } } });
  });
  afterAll(() => till?.close());
  beforeEach(async () => {
    page = await openTill(till.browser, till.host.url);
  });
  afterEach(async () => {
    await page.close();
    await clearFaults(till.sandbox.url);
  });

  /** A keyed sale with "save this card" ticked, as the cashier does it on the phone. */
  async function saveCardWithSale(name: string, phone: string): Promise<void> {
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { buyerName: name, buyerTel: phone }));
    await page.getByRole('checkbox', { name: cm('save.consent') }).check();
    await page.getByLabel(cm('save.memo'), { exact: true }).fill('매주 원두');
    await page.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
  }

  const customersNav = () => page.getByRole('button', { name: new RegExp(`F7.*${cm('nav')}`) });
  const search = () => page.getByLabel(cm('search'), { exact: true });
  const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });

  async function openCustomer(name: string): Promise<void> {
    await customersNav().click();
    await search().fill(name);
    await row(name).getByRole('button', { name, exact: true }).click();
    await page.getByRole('heading', { name: `${cm('detail')}: ${name}` }).waitFor();
  }

  async function chargeAgain(amount: string, orderName: string, quota?: string): Promise<void> {
    await page.getByLabel(cm('again.amount'), { exact: true }).fill(amount);
    await page.getByLabel(cm('again.orderName'), { exact: true }).fill(orderName);
    if (quota) await page.getByLabel(cm('again.quota'), { exact: true }).selectOption(quota);
    await page.getByRole('button', { name: cm('again.submit') }).click();
    // The amount is read back before the card on file is charged.
    const confirm = page.getByRole('dialog');
    expect(await confirm.textContent()).toContain(formatKrw(Number(amount)));
    await confirm.getByRole('button', { name: cm('again.confirmButton', { amount: formatKrw(Number(amount)) }) }).click();
  }

  const uidOf = async (name: string): Promise<string> => {
    const found = await page.evaluate(
      (query) => (globalThis as unknown as TillWindow).pos.searchCustomers({ query, limit: 5 }),
      name,
    );
    if (!found.ok) throw new Error(found.error.message);
    return ((found.data as CustomerView[])[0] as CustomerView).customerUid;
  };

  it('save card with the first charge → the customer appears with the masked card; found by phone and last 4', async () => {
    await saveCardWithSale('김단골', '010-5555-1212');
    await customersNav().click();
    for (const query of ['김단골', '5555', '0006']) {
      // Through a search that finds no one: the row that comes back is this query's answer, not the last one's.
      await search().fill('없는고객');
      await page.getByText(cm('empty'), { exact: true }).waitFor();
      await search().fill(query);
      await row('김단골').waitFor();
      expect(await row('김단골').textContent()).toContain(MASKED);
    }
    expect(await row('김단골').textContent()).toContain(cm('state.active'));
    await row('김단골').getByRole('button', { name: '김단골' }).click();
    await page.getByRole('heading', { name: `${cm('detail')}: 김단골` }).waitFor();
    const details = page.getByLabel(cm('detail'), { exact: true });
    await details.waitFor();
    expect(await details.textContent()).toContain('nxca_jt_bi');
    expect(await details.textContent()).toContain('매주 원두');
    expect(await keyStatus(till.sandbox.url, await uidOf('김단골'))).toBe(200);
  });

  it('the search box has focus on opening; the phone is shown masked in the middle, in the list and the detail', async () => {
    await saveCardWithSale('정마스크', '010-2468-5678');
    await customersNav().click();
    await page.keyboard.type('정마스크');
    expect(await search().inputValue()).toBe('정마스크');
    await row('정마스크').waitFor();
    expect(await row('정마스크').textContent()).toContain('010-****-5678');
    expect(await row('정마스크').textContent()).not.toContain('2468');
    await row('정마스크').getByRole('button', { name: '정마스크' }).click();
    const details = page.getByLabel(cm('detail'), { exact: true }).filter({ hasText: '010-****-5678' });
    await details.waitFor();
    expect(await details.textContent()).not.toContain('2468');
  });

  it('charging the card on file asks to confirm the amount; cancelling charges nothing', async () => {
    await saveCardWithSale('한확인', '010-1357-2468');
    await openCustomer('한확인');
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await page.getByLabel(cm('again.amount'), { exact: true }).fill('23000');
    await page.getByLabel(cm('again.orderName'), { exact: true }).fill('확인 후 결제');
    await page.getByRole('button', { name: cm('again.submit') }).click();
    const confirm = page.getByRole('dialog');
    await confirm.waitFor();
    expect(await confirm.textContent()).toBe(
      `${cm('again.confirm', { name: '한확인', card: MASKED, amount: '₩23,000' })}${ko('common.cancel')}${cm('again.confirmButton', { amount: '₩23,000' })}`,
    );
    await confirm.getByRole('button', { name: ko('common.cancel') }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before);

    await page.getByRole('button', { name: cm('again.submit') }).click();
    await page.getByRole('dialog').getByRole('button', { name: cm('again.confirmButton', { amount: '₩23,000' }) }).click();
    await page.getByText(cm('again.paid', { amount: '₩23,000' })).waitFor();
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before + 1);
  });

  it('charge again → paid, listed under the customer’s payments (billing), one `again` payment at PortOne', async () => {
    await saveCardWithSale('이재결', '010-3333-4444');
    await openCustomer('이재결');
    await chargeAgain('60000', '원두 정기', '3');
    await page.getByText(cm('again.paid', { amount: '₩60,000' })).waitFor();
    const history = page.getByRole('table', { name: cm('payments') });
    await history.getByRole('row').filter({ hasText: '원두 정기' }).waitFor();
    expect(await history.getByRole('row').filter({ hasText: '원두 정기' }).textContent()).toContain(cm('pay.billing'));
    expect(await history.getByRole('row').filter({ hasText: '원두 정기' }).textContent()).toContain(ko('status.paid'));
    const atPortOne = await keyPayments(till.sandbox.url, await uidOf('이재결'));
    expect(atPortOne.filter((p) => p.customer_uid_usage === 'payment')).toEqual([expect.objectContaining({ status: 'paid' })]);
  });

  it('a key deleted at PortOne behind the app’s back → clear message, nothing charged, customer flagged', async () => {
    await saveCardWithSale('박삭제', '010-6666-7777');
    await deleteKeyBehindTheBack(till.sandbox.url, await uidOf('박삭제'));
    const before = (await sandboxPayments(till.sandbox.url)).length;
    await openCustomer('박삭제');
    await chargeAgain('5000', '원두');
    await page.getByText(cm('again.notPaid', { reason: cm('noKey') })).waitFor();
    await page.getByRole('alert').filter({ hasText: cm('missingNotice') }).waitFor();
    expect(await page.getByRole('button', { name: cm('again.submit') }).isDisabled()).toBe(true);
    expect((await sandboxPayments(till.sandbox.url)).filter((p) => p.status === 'paid').length).toBe(
      (await sandboxPayments(till.sandbox.url)).slice(0, before).filter((p) => p.status === 'paid').length,
    );
    expect((await sandboxPayments(till.sandbox.url)).length).toBe(before);
    await page.getByRole('button', { name: cm('back') }).click();
    await search().fill('박삭제');
    await row('박삭제').waitFor();
    expect(await row('박삭제').textContent()).toContain(cm('state.missing'));
  });

  it('remove card → confirmed, gone at PortOne; the customer stays, listed without a card', async () => {
    await saveCardWithSale('최해지', '010-8888-9999');
    const uid = await uidOf('최해지');
    await openCustomer('최해지');
    await page.getByRole('button', { name: cm('remove') }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(MASKED);
    // The keyboard contract: the action has focus, Esc keeps the card, Enter removes it.
    const focused = (el: unknown) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el;
    expect(await dialog.getByRole('button', { name: cm('remove.confirmButton') }).evaluate(focused)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('status').filter({ hasText: cm('remove.done') }).count()).toBe(0);
    await page.getByRole('button', { name: cm('remove') }).click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: cm('remove.done') }).waitFor();
    await search().fill('최해지');
    await row('최해지').waitFor();
    expect(await row('최해지').textContent()).toContain(cm('state.removed'));
    expect(await keyStatus(till.sandbox.url, uid)).toBe(404);
    await row('최해지').getByRole('button', { name: '최해지', exact: true }).click();
    await page.getByRole('heading', { name: `${cm('detail')}: 최해지` }).waitFor();
    // Its payments are still there; the card can be neither charged nor removed again.
    await page.getByRole('table', { name: cm('payments') }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: cm('again.submit') }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: cm('remove') }).isDisabled()).toBe(true);
  });

  it('"commit then drop" on again → checking, then paid, one payment only', async () => {
    await saveCardWithSale('정드롭', '010-1212-3434');
    const uid = await uidOf('정드롭');
    await openCustomer('정드롭');
    await setFaults(till.sandbox.url, { path: '/subscribe/payments/again', commitThenDrop: true, count: 1 });
    await chargeAgain('7000', '드롭 주문');
    await page.getByText(cm('again.paid', { amount: '₩7,000' })).waitFor({ timeout: 20_000 });
    const used = (await keyPayments(till.sandbox.url, uid)).filter((p) => p.customer_uid_usage === 'payment');
    expect(used).toEqual([expect.objectContaining({ status: 'paid' })]);
  });

  it('replace card → the next sale saves the new card under the same customer; the old key is deleted at PortOne', async () => {
    await saveCardWithSale('한교체', '010-4545-6767');
    const oldUid = await uidOf('한교체');
    await openCustomer('한교체');
    await page.getByRole('button', { name: cm('replace') }).click();
    const form = page.getByRole('form', { name: ko('charge.title') });
    expect(await form.getByLabel(ko('charge.buyerName'), { exact: true }).inputValue()).toBe('한교체');
    expect(await page.getByRole('checkbox', { name: cm('save.consent') }).isChecked()).toBe(true);
    await page.getByText(cm('save.replacing', { name: '한교체', card: MASKED })).waitFor();
    await fillCharge(page, 'ko', validCard('4111-1111-1111-1111', { buyerName: '한교체', buyerTel: '010-4545-6767' }));
    await form.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
    await customersNav().click();
    await search().fill('한교체');
    await row('한교체').waitFor();
    expect(await page.getByRole('row').filter({ hasText: '한교체' }).count()).toBe(1);
    expect(await row('한교체').textContent()).toContain('4111-11**-****-1111');
    expect(await keyStatus(till.sandbox.url, oldUid)).toBe(404);
  });

  it('register without charging is shown unavailable with its reason', async () => {
    await customersNav().click();
    const button = page.getByRole('button', { name: cm('registerOnly') });
    expect(await button.isDisabled()).toBe(true);
    expect(await page.locator(`#${await button.getAttribute('aria-describedby')}`).textContent()).toBe(cm('registerOnlyReason'));
  });

  it('with the Hecto billing-key-only contract on in settings: register a card without charging → listed with the masked card; charge again → paid', async () => {
    // PortOne's side of the separate contract; the app's side is the setting the manager ticks.
    till.sandbox.setBillingKeyOnlyIssuance(true);
    try {
      await page.keyboard.press('F10');
      await page.getByRole('checkbox', { name: cm('setting.billingKeyOnly') }).check();
      await page.getByRole('button', { name: ko('settings.save') }).click();
      await page.getByRole('status').filter({ hasText: ko('settings.saved') }).waitFor();
      await customersNav().click();
      await page.getByRole('button', { name: cm('registerOnly') }).click();
      const form = page.getByRole('form', { name: cm('register.title') });
      const field = (label: string) => form.getByLabel(label, { exact: true });
      await field(cm('register.name')).fill('서등록');
      await field(cm('register.phone')).fill('010-9090-8080');
      await field(cm('save.memo')).fill('결제 없이 등록');
      await field(ko('charge.cardNumber')).fill(TEST_CARDS.approve);
      await field(ko('charge.expiry')).fill(validCard(TEST_CARDS.approve).expiry);
      await form.getByRole('radio', { name: ko('charge.personal') }).check();
      await field(ko('charge.birth')).fill('900101');
      await field(ko('charge.pwd2')).fill('12');
      await form.getByRole('checkbox', { name: cm('register.consent') }).check();
      await form.getByRole('button', { name: cm('register.submit') }).click();
      await page.getByRole('status').filter({ hasText: cm('register.done', { name: '서등록' }) }).waitFor();
      await search().fill('서등록');
      await row('서등록').waitFor();
      expect(await row('서등록').textContent()).toContain(MASKED);
      expect(await row('서등록').textContent()).toContain(cm('state.active'));
      const uid = await uidOf('서등록');
      expect(await keyStatus(till.sandbox.url, uid)).toBe(200);
      // No charge issued this key.
      expect(await keyPayments(till.sandbox.url, uid)).toEqual([]);

      await row('서등록').getByRole('button', { name: '서등록', exact: true }).click();
      await page.getByRole('heading', { name: `${cm('detail')}: 서등록` }).waitFor();
      await chargeAgain('15000', '등록 후 첫 주문');
      await page.getByText(cm('again.paid', { amount: '₩15,000' })).waitFor();
      expect(await keyPayments(till.sandbox.url, uid)).toEqual([expect.objectContaining({ status: 'paid', customer_uid_usage: 'payment' })]);
    } finally {
      till.sandbox.setBillingKeyOnlyIssuance(false);
    }
  });

  it('remove card as a cashier: the manager approval dialog; cancelled keeps the card, a manager’s PIN removes it', async () => {
    await saveCardWithSale('윤승인', '010-2323-4545');
    const uid = await uidOf('윤승인');
    await page.evaluate(async (pins) => {
      const { pos } = globalThis as unknown as TillWindow;
      const must = async (p: Promise<{ ok: boolean }>) => {
        const r = await p;
        if (!r.ok) throw new Error(JSON.stringify(r));
      };
      await must(pos.createCashier({ name: '사장', role: 'owner', pin: pins.owner }));
      // The first account (the owner) is signed in at once and adds the others itself.
      await must(pos.createCashier({ name: '이매니저', role: 'manager', pin: pins.manager }));
      await must(pos.createCashier({ name: '김캐셔', role: 'cashier', pin: pins.cashier }));
      const accounts = await pos.authStatus(undefined);
      const cashier = accounts.ok ? accounts.data.accounts.find((a) => a.role === 'cashier') : undefined;
      await must(pos.signIn({ cashierId: cashier?.id ?? '', pin: pins.cashier }));
    }, { owner: OWNER_PIN, manager: MANAGER_PIN, cashier: CASHIER_PIN });
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await openCustomer('윤승인');
    const removeCard = async () => {
      await page.getByRole('button', { name: cm('remove') }).click();
      await page.getByRole('dialog').getByRole('button', { name: cm('remove.confirmButton') }).click();
    };
    await removeCard();
    const approval = page.getByRole('dialog');
    await approval.getByLabel(authMessages.ko.approverPin, { exact: true }).waitFor();
    await approval.getByRole('button', { name: ko('common.cancel') }).click();
    await page.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.manager_approval_needed'] }).waitFor();
    expect(await keyStatus(till.sandbox.url, uid)).toBe(200);

    await removeCard();
    await approval.getByLabel(authMessages.ko.approver, { exact: true }).selectOption({ label: `이매니저 (${authMessages.ko['role.manager']})` });
    await approval.getByLabel(authMessages.ko.approverPin, { exact: true }).fill(MANAGER_PIN);
    await approval.getByRole('button', { name: authMessages.ko.approve, exact: true }).click();
    await page.getByRole('status').filter({ hasText: cm('remove.done') }).waitFor();
    expect(await keyStatus(till.sandbox.url, uid)).toBe(404);
  });

  it('no file in the data directory holds card data after these flows', () => {
    const numbers = [TEST_CARDS.approve, '4111-1111-1111-1111'].flatMap((n) => [n, n.replace(/-/g, '')]);
    // validCard's birth date; its expiry (MM/YY two years ahead) is too short to search for safely.
    expect(findCardData(till.dataDir, [...numbers, '900101']).hits).toEqual([]);
  });
});
