import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerMessages } from '../../renderer/src/customers/messages';
import { connectionFailureMessages } from '../../renderer/src/settings/messages';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import { openTill, startTill, text, type Till, type TillWindow } from './harness';

const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
const WRONG_SECRET = 'wrong-secret-for-e2e-0000000000000000';

describe('settings screen (Chromium, browser host)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    await page.keyboard.press('F10');
    await page.getByRole('heading', { name: ko('settings.credentials') }).waitFor();
  });

  afterAll(() => till?.close());

  const keyInput = () => page.getByLabel(ko('settings.impKey'), { exact: true });
  const secretInput = () => page.getByLabel(ko('settings.impSecret'), { exact: true });
  const message = () => page.getByTestId('credentials-message');
  const settingsNow = () => page.evaluate(() => (globalThis as unknown as TillWindow).pos.getSettings(undefined));

  async function typeCredentials(secret: string) {
    await keyInput().fill(SANDBOX_CREDENTIALS.impKey);
    await secretInput().fill(secret);
  }

  /** Everything a script in the page could read: markup, input values, storage, cookies, window.pos answers. */
  async function pageReachable(): Promise<string> {
    return page.evaluate(async () => {
      const w = globalThis as unknown as TillWindow;
      const inputs = Array.from(w.document.querySelectorAll('input'), (i) => i.value ?? '');
      const storage = [w.localStorage, w.sessionStorage].map((s) =>
        JSON.stringify(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i) ?? '')])),
      );
      const answers = await Promise.all([w.pos.getSettings(undefined), w.pos.testConnection(undefined)]);
      return [w.document.documentElement.outerHTML, ...inputs, ...storage, w.document.cookie, JSON.stringify(answers)].join('\n');
    });
  }

  it('shows the SANDBOX banner and no stored credentials at first', async () => {
    await expect(page.getByRole('note', { name: 'SANDBOX' }).textContent()).resolves.toContain('SANDBOX');
    await expect(page.getByTestId('credentials-status').textContent()).resolves.toContain(ko('settings.noCredentials'));
  });

  it('tests typed sandbox credentials: success, and the secret input is wiped', async () => {
    await typeCredentials(SANDBOX_CREDENTIALS.impSecret);
    await page.getByRole('button', { name: ko('settings.test') }).click();
    await page.getByRole('status').filter({ hasText: '연결 성공' }).waitFor();
    expect(await secretInput().inputValue()).toBe('');
    expect(await pageReachable()).not.toContain(SANDBOX_CREDENTIALS.impSecret);
  });

  it('a wrong secret gives a clear error next to the buttons', async () => {
    await typeCredentials(WRONG_SECRET);
    await page.getByRole('button', { name: ko('settings.test') }).click();
    const alert = page.getByRole('alert').filter({ hasText: '연결 실패' });
    await alert.waitFor();
    expect(await message().textContent()).toBe(`연결 실패: ${connectionFailureMessages.ko.credentials_rejected}`);
    expect(await pageReachable()).not.toContain(WRONG_SECRET);
  });

  it('saves only after confirmation; the renderer then sees hasCredentials and a masked key, never the secret', async () => {
    await typeCredentials(SANDBOX_CREDENTIALS.impSecret);
    await page.getByRole('button', { name: ko('settings.saveCredentials') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The keyboard contract: the action has focus. Esc first: nothing may change without a yes.
    const focused = (el: unknown) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el;
    expect(await dialog.getByRole('button', { name: ko('settings.saveCredentials') }).evaluate(focused)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await settingsNow()).toMatchObject({ ok: true, data: { hasCredentials: false } });

    // Enter says yes.
    await page.getByRole('button', { name: ko('settings.saveCredentials') }).click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: ko('settings.credentialsSaved') }).waitFor();

    const status = await page.getByTestId('credentials-status').textContent();
    expect(status).toContain(ko('settings.hasCredentials'));
    const settings = await settingsNow();
    expect(settings).toMatchObject({ ok: true, data: { hasCredentials: true } });
    if (!settings.ok) throw new Error('unreachable');
    expect(settings.data.maskedKey).not.toBeNull();
    expect(settings.data.maskedKey).not.toBe(SANDBOX_CREDENTIALS.impKey);
    expect(await secretInput().inputValue()).toBe('');
    expect(await pageReachable()).not.toContain(SANDBOX_CREDENTIALS.impSecret);
  });

  it('tests the stored credentials when nothing is typed', async () => {
    await page.getByRole('button', { name: ko('settings.test') }).click();
    await page.getByRole('status').filter({ hasText: '연결 성공' }).waitFor();
  });

  it('clears credentials after confirmation', async () => {
    await page.getByRole('button', { name: ko('settings.clearCredentials') }).click();
    await page.getByRole('dialog').getByRole('button', { name: ko('settings.clearCredentials') }).click();
    await page.getByRole('status').filter({ hasText: ko('settings.credentialsCleared') }).waitFor();
    expect(await page.getByTestId('credentials-status').textContent()).toContain(ko('settings.noCredentials'));
  });

  it('with no key saved and none typed, the test says it reached the sandbox, not the shop key', async () => {
    await page.getByRole('button', { name: ko('settings.test') }).click();
    await page.getByRole('status').filter({ hasText: ko('settings.testOkSandbox') }).waitFor();
    expect(await message().textContent()).not.toBe(ko('settings.testOk'));
  });

  it('the settings checkbox sits on its label line, at checkbox size', async () => {
    const box = await page.getByRole('checkbox', { name: customerMessages.ko['setting.billingKeyOnly'] }).boundingBox();
    const label = await page.locator('label.checkbox').filter({ hasText: customerMessages.ko['setting.billingKeyOnly'] }).boundingBox();
    expect(box?.height ?? 99).toBeLessThanOrEqual(28);
    // Centred on the label's line, and at its left edge.
    expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) / 2 - ((label?.y ?? 0) + (label?.height ?? 0) / 2))).toBeLessThanOrEqual(3);
    expect(Math.abs((box?.x ?? 0) - (label?.x ?? 0))).toBeLessThanOrEqual(4);
  });

  it('shows a settings error next to its field and sends nothing', async () => {
    await page.getByLabel(ko('settings.impCode'), { exact: true }).fill('imp123');
    await page.getByRole('button', { name: ko('settings.save') }).click();
    const field = page.getByLabel(ko('settings.impCode'), { exact: true });
    const errorId = await field.getAttribute('aria-describedby');
    expect(errorId).toBeTruthy();
    expect(await page.locator(`#${errorId}`).textContent()).toBe(ko('settings.err.impCode'));
    const stored = await settingsNow();
    expect(stored).toMatchObject({ ok: true, data: { impCode: '' } });
  });

  it('saves merchant settings and switches the language to English', async () => {
    await page.getByLabel(ko('settings.impCode'), { exact: true }).fill('imp12345678');
    await page.getByLabel(ko('settings.storeName'), { exact: true }).fill('테스트 상점');
    await page.getByLabel(ko('settings.lang'), { exact: true }).selectOption('en');
    await page.getByRole('button', { name: ko('settings.save') }).click();
    await page.getByRole('heading', { name: text('en', 'settings.credentials') }).waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain(text('en', 'nav.charge'));
    expect(await page.evaluate(() => (globalThis as unknown as TillWindow).document.documentElement.lang)).toBe('en');
    const stored = await settingsNow();
    expect(stored).toMatchObject({ ok: true, data: { impCode: 'imp12345678', storeName: '테스트 상점', lang: 'en' } });
  });

  it('shows TEST in PortOne test mode and no practice banner in live mode', async () => {
    const mode = page.getByLabel(text('en', 'settings.mode'), { exact: true });
    await mode.selectOption('test');
    await page.getByRole('button', { name: text('en', 'settings.save') }).click();
    await page.getByRole('note', { name: 'TEST' }).waitFor();
    expect(await page.getByRole('note', { name: 'SANDBOX' }).count()).toBe(0);

    await mode.selectOption('live');
    await page.getByRole('button', { name: text('en', 'settings.save') }).click();
    await page.getByRole('note', { name: 'TEST' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('note').count()).toBe(0);
  });
});
