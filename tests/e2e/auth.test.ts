import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authMessages, authReasonMessages } from '../../renderer/src/auth/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { startTill, text, type Till, type TillWindow } from './harness';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

const a = authMessages.ko;
const s = staffMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);

describe('cashier accounts, sign-in, approval and idle lock (Chromium, browser host)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await till.browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The page's clock is ours to move: the idle lock is tested without waiting five minutes.
    page.setDefaultTimeout(10_000);
    await page.clock.install();
    await page.goto(till.host.url);
    await page.getByRole('navigation').waitFor();
  });

  afterAll(() => till?.close());

  const nav = (label: string) => page.getByRole('navigation').getByRole('button', { name: label }).click();
  const signInDialog = () => page.getByRole('dialog', { name: a.signInTitle });
  const settingsNow = () => page.evaluate(() => (globalThis as unknown as TillWindow).pos.getSettings(undefined));

  async function createAccount(name: string, role: 'owner' | 'manager' | 'cashier', pin: string) {
    await page.getByLabel(s.name, { exact: true }).fill(name);
    const roleSelect = page.getByLabel(s.role, { exact: true });
    if ((await roleSelect.count()) > 0) await roleSelect.selectOption(role);
    await page.getByLabel(s.pin, { exact: true }).fill(pin);
    await page.getByLabel(s.pinAgain, { exact: true }).fill(pin);
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('status').filter({ hasText: s.created.replace('{name}', name) }).waitFor();
  }

  async function signIn(name: string, pin: string) {
    const dialog = signInDialog();
    await dialog.waitFor();
    await dialog.getByLabel(a.who, { exact: true }).selectOption({ label: `${name} (${a[`role.${roleOf[name] ?? 'cashier'}`]})` });
    // The on-screen PIN pad, as on a touch till.
    for (const digit of pin) await dialog.getByRole('button', { name: digit, exact: true }).click();
    await dialog.getByRole('button', { name: a.signIn }).click();
  }
  const roleOf: Record<string, 'owner' | 'manager' | 'cashier'> = { 사장: 'owner', 점장: 'manager', 알바: 'cashier' };

  it('starts in single-user mode: no sign-in, the staff screen offers to create the owner', async () => {
    expect(await signInDialog().count()).toBe(0);
    await nav(s.nav);
    await page.getByRole('heading', { name: s.createOwner }).waitFor();
    expect(await page.getByText(s.singleUser).count()).toBe(1);
  });

  it('a 4-digit owner PIN is refused with its own sentence; nothing is created', async () => {
    await page.getByLabel(s.name, { exact: true }).fill('사장');
    await page.getByLabel(s.pin, { exact: true }).fill('1111');
    await page.getByLabel(s.pinAgain, { exact: true }).fill('1111');
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.pin_too_short'].replace('{min}', '6') }).waitFor();
    expect(await page.getByText(s.singleUser).count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as unknown as TillWindow).pos.authStatus(undefined))).toMatchObject({ ok: true, data: { mode: 'single_user' } });
  });

  it('creating the owner signs them in; the owner adds a manager and a cashier', async () => {
    await createAccount('사장', 'owner', OWNER_PIN);
    await page.getByRole('group', { name: a.who }).filter({ hasText: '사장' }).waitFor();
    await page.getByRole('heading', { name: s.add }).waitFor();
    await createAccount('점장', 'manager', MANAGER_PIN);
    await createAccount('알바', 'cashier', CASHIER_PIN);
    const rows = page.getByRole('table', { name: s.accounts }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
  });

  it('after sign-out nothing can be reached until a PIN is accepted; a wrong PIN is refused', async () => {
    await page.getByRole('button', { name: a.signOut }).click();
    await signInDialog().waitFor();
    const refused = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.saveSettings({
      mode: 'sandbox', lang: 'ko', impCode: '', windowMid: '', keyedMid: '', storeName: 'x', businessNumber: '',
    }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'session' } });
    await signIn('알바', '0000');
    await signInDialog().getByRole('alert').waitFor();
    expect(await signInDialog().getByRole('alert').textContent()).toContain(authReasonMessages.ko['auth.wrong_pin']);
    await signIn('알바', CASHIER_PIN);
    await signInDialog().waitFor({ state: 'detached' });
    await page.getByRole('group', { name: a.who }).filter({ hasText: '알바' }).waitFor();
  });

  it('a cashier is refused settings; a manager PIN approves one save, and only that one', async () => {
    await page.keyboard.press('F10');
    const store = page.getByLabel(ko('settings.storeName'), { exact: true });
    await store.fill('알바의 가게');
    await page.getByRole('button', { name: ko('settings.save') }).click();
    const approval = page.getByRole('dialog', { name: a.approvalTitle });
    await approval.waitFor();
    await approval.getByRole('button', { name: ko('common.cancel') }).click();
    await page.getByRole('alert').filter({ hasText: authReasonMessages.ko['auth.manager_approval_needed'] }).waitFor();
    expect(await settingsNow()).toMatchObject({ ok: true, data: { storeName: '' } });

    await page.getByRole('button', { name: ko('settings.save') }).click();
    await approval.waitFor();
    await approval.getByLabel(a.approver, { exact: true }).selectOption({ label: `점장 (${a['role.manager']})` });
    await approval.getByLabel(a.approverPin, { exact: true }).fill(MANAGER_PIN);
    await approval.getByRole('button', { name: a.approve }).click();
    await page.getByRole('status').filter({ hasText: ko('settings.saved') }).waitFor();
    expect(await settingsNow()).toMatchObject({ ok: true, data: { storeName: '알바의 가게' } });

    // The approval was for that save only: the next one asks again.
    await store.fill('또 바꿈');
    await page.getByRole('button', { name: ko('settings.save') }).click();
    await approval.waitFor();
    await approval.getByRole('button', { name: ko('common.cancel') }).click();
    expect(await settingsNow()).toMatchObject({ ok: true, data: { storeName: '알바의 가게' } });
  });

  it('locks after the idle time: the lock screen names the cashier, main refuses until the PIN is entered', async () => {
    await page.clock.fastForward(5 * 60_000 + 1000);
    const lock = page.getByRole('dialog', { name: a.lockedTitle });
    await lock.waitFor();
    expect(await lock.textContent()).toContain('알바');
    const refused = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.dayStatus(undefined));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'session' } });
    const privileged = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.openDay({ floatAmount: 0 }));
    expect(privileged).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'session' } });
    await lock.getByLabel(a.pin, { exact: true }).fill(CASHIER_PIN);
    await lock.getByRole('button', { name: a.unlock }).click();
    await lock.waitFor({ state: 'detached' });
    const after = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.authStatus(undefined));
    expect(after).toMatchObject({ ok: true, data: { locked: false, actor: { name: '알바' } } });
  });

  it('the audit log recorded the sign-ins, the failed PIN, the approval and the settings change, never a PIN', async () => {
    await page.getByRole('button', { name: a.signOut }).click();
    await signIn('사장', OWNER_PIN);
    await signInDialog().waitFor({ state: 'detached' });
    const page1 = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.auditPage({ beforeSeq: null, limit: 200 }));
    if (!page1.ok) throw new Error(page1.error.message);
    const actions = page1.data.entries.map((e) => e.action);
    for (const action of ['cashier_changed', 'sign_in', 'sign_out', 'sign_in_failed', 'approval', 'settings_changed']) expect(actions).toContain(action);
    const details = page1.data.entries.map((e) => e.detail).join('\n');
    expect(details).not.toMatch(new RegExp(`${OWNER_PIN}|${MANAGER_PIN}|${CASHIER_PIN}`));
  });

  it('a manager or owner sets a new PIN for someone who forgot theirs', async () => {
    await nav(s.nav);
    const row = page.getByRole('table', { name: s.accounts }).getByRole('row').filter({ hasText: '알바' });
    await row.getByRole('button', { name: `${s.newPin}: 알바` }).click();
    await page.getByLabel(`${s.newPin}: 알바`, { exact: true }).fill('4444');
    await row.getByRole('button', { name: s.save }).click();
    await page.getByRole('status').filter({ hasText: s.updated.replace('{name}', '알바') }).waitFor();
    await page.getByRole('button', { name: a.signOut }).click();
    await signIn('알바', '4444');
    await signInDialog().waitFor({ state: 'detached' });
    await page.getByRole('group', { name: a.who }).filter({ hasText: '알바' }).waitFor();
  });
});
