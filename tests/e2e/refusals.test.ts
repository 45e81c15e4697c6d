import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../contract/schemas';
import { authMessages, authReasonMessages } from '../../renderer/src/auth/messages';
import { chargeReasonMessages } from '../../renderer/src/charge/messages';
import { closeMessages, closeReasonMessages } from '../../renderer/src/close/messages';
import { customerMessages, customersReasonMessages } from '../../renderer/src/customers/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { clearFaults, setFaults } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { fillCharge, openTill, payButton, startTill, text, validCard, type Till, type TillWindow } from './harness';
import { OWNER_PIN } from '../support/pins';

/**
 * The refusals a cashier can cause, each shown with its own sentence in the till's language
 * (issue 11: before, every conflict read "this sale is already being processed"). Two tabs on
 * one till play the second cashier who changes things meanwhile.
 */
describe.each<[Lang]>([['ko'], ['en']])('refusals in the cashier language (Chromium, browser host, %s)', (lang) => {
  let till: Till;
  let page: Page;
  let other: Page;
  const t = (key: Parameters<typeof text>[1]) => text(lang, key);
  const a = authMessages[lang];
  const c = closeMessages[lang];
  const cm = customerMessages[lang];
  const s = staffMessages[lang];

  beforeAll(async () => {
    till = await startTill({ lang, core: { sleep: () => Promise.resolve(), settleGraceMs: 0 } });
    page = await openTill(till.browser, till.host.url);
    other = await openTill(till.browser, till.host.url);
  });
  afterAll(() => till?.close());

  const nav = (p: Page, label: string) => p.getByRole('navigation').getByRole('button', { name: label }).click();
  const alertWith = (p: Page | Locator, sentence: string) => p.getByRole('alert').filter({ hasText: sentence });

  it('day already open: the other tab still offers "open", and is told the day is open', async () => {
    await nav(page, c.nav);
    await nav(other, c.nav);
    await other.getByText(c.noOpenDay).waitFor();
    await page.getByLabel(c.float, { exact: true }).fill('50000');
    await page.getByRole('button', { name: c.open }).click();
    await page.getByTestId('open-day').waitFor();

    await other.getByLabel(c.float, { exact: true }).fill('70000');
    await other.getByRole('button', { name: c.open }).click();
    await alertWith(other, closeReasonMessages[lang]['close.day_already_open']).waitFor();
  });

  it('sale in flight: a second card payment while the first is at the card company', async () => {
    for (const p of [page, other]) await p.keyboard.press('F3');
    await fillCharge(page, lang, validCard(TEST_CARDS.approve, { orderName: 'first', buyerName: '김단골', buyerTel: '010-5555-1212' }));
    await page.getByRole('checkbox', { name: cm['save.consent'] }).check();
    const second = validCard(TEST_CARDS.approve, { orderName: 'second' });
    await fillCharge(other, lang, second);
    await setFaults(till.sandbox.url, { path: '/subscribe/payments/onetime', latencyMs: 8_000, count: 1 });
    await payButton(page, lang).click();
    await page.getByRole('status').filter({ hasText: t('charge.sending').split('…')[0] ?? '' }).waitFor();
    // The password digits go when a tab is left; the second cashier types them again, as at the till.
    await other.getByLabel(t('charge.pwd2'), { exact: true }).fill(second.pwd2);
    await payButton(other, lang).click();
    await alertWith(other, chargeReasonMessages[lang]['charge.charge_in_flight']).waitFor();
    await page.getByRole('heading', { name: t('result.approved'), exact: true }).waitFor({ timeout: 20_000 });
    await clearFaults(till.sandbox.url);
  });

  it('card removed meanwhile: charging a card the other tab has just removed', async () => {
    await page.getByRole('button', { name: new RegExp(`F7.*${cm.nav}`) }).click();
    await page.getByLabel(cm.search, { exact: true }).fill('김단골');
    await page.getByRole('button', { name: '김단골', exact: true }).click();
    await page.getByRole('heading', { name: `${cm.detail}: 김단골` }).waitFor();

    const removed = await other.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const found = await pos.searchCustomers({ query: '김단골', limit: 1 });
      const uid = found.ok ? ((found.data as { customerUid: string }[])[0]?.customerUid ?? '') : '';
      return pos.removeCard({ customerUid: uid, confirm: true });
    });
    expect(removed).toMatchObject({ ok: true });

    await page.getByLabel(cm['again.amount'], { exact: true }).fill('1000');
    await page.getByLabel(cm['again.orderName'], { exact: true }).fill('again');
    await page.getByRole('button', { name: cm['again.submit'] }).click();
    await page.getByRole('dialog').getByRole('button', { name: cm['again.confirmButton'].replace('{amount}', '₩1,000') }).click();
    // Issue 19: the customer stays after its card is removed, so the refusal names the removed card.
    await alertWith(page.getByRole('form', { name: cm.again }), customersReasonMessages[lang]['customers.card_removed']).waitFor();
  });

  it('last owner: the only owner cannot be disabled', async () => {
    const owner = await page.evaluate((pin) => (globalThis as unknown as TillWindow).pos.createCashier({ name: 'Boss', role: 'owner', pin }), OWNER_PIN);
    expect(owner).toMatchObject({ ok: true });
    await page.reload();
    await nav(page, s.nav);
    await page.getByRole('button', { name: `${s.disable}: Boss` }).click();
    await alertWith(page, authReasonMessages[lang]['auth.last_owner']).waitFor();
  });

  it('approval needed: a cashier saving settings, the approval cancelled', async () => {
    const signedIn = await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      await pos.createCashier({ name: 'Till', role: 'cashier', pin: '2222' });
      const accounts = await pos.authStatus(undefined);
      const cashier = accounts.ok ? (accounts.data as { accounts: { id: string; role: string }[] }).accounts.find((x) => x.role === 'cashier') : undefined;
      return pos.signIn({ cashierId: cashier?.id ?? '', pin: '2222' });
    });
    expect(signedIn).toMatchObject({ ok: true });
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await page.keyboard.press('F10');
    await page.getByRole('button', { name: t('settings.save') }).click();
    const approval = page.getByRole('dialog', { name: a.approvalTitle });
    await approval.getByRole('button', { name: t('common.cancel') }).click();
    await alertWith(page, authReasonMessages[lang]['auth.manager_approval_needed']).waitFor();
  });

  it('wrong PIN: signing in with a PIN that is not the cashier’s', async () => {
    await page.evaluate(() => (globalThis as unknown as TillWindow).pos.signOut(undefined));
    await page.reload();
    const dialog = page.getByRole('dialog', { name: a.signInTitle });
    await dialog.getByLabel(a.who, { exact: true }).selectOption({ label: `Till (${a['role.cashier']})` });
    await dialog.getByLabel(a.pin, { exact: true }).fill('9999');
    await dialog.getByRole('button', { name: a.signIn }).click();
    await alertWith(dialog, authReasonMessages[lang]['auth.wrong_pin']).waitFor();
  });
});
