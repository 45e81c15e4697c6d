import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../contract/schemas';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { fillCharge, openTill, payButton, startTill, text, validCard, type Till, type TillWindow } from './harness';

/** Controls without an accessible name (label, aria-label, aria-labelledby or own text), by outerHTML. */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as TillWindow;
    type El = { outerHTML: string; textContent: string | null; getAttribute(n: string): string | null; labels?: ArrayLike<unknown> | null; hidden?: boolean; closest(s: string): unknown };
    const controls = Array.from(w.document.querySelectorAll('input, select, textarea, button, a[href]')) as unknown as El[];
    return controls
      .filter((el) => el.closest('[hidden]') === null)
      .filter((el) => {
        const named =
          (el.getAttribute('aria-label') ?? '').trim() !== '' ||
          (el.getAttribute('aria-labelledby') ?? '') !== '' ||
          (el.labels !== undefined && el.labels !== null && el.labels.length > 0) ||
          (el.textContent ?? '').trim() !== '';
        return !named;
      })
      .map((el) => el.outerHTML);
  });
}

describe.each<Lang>(['ko', 'en'])('UI language %s (POS_LANG)', (lang) => {
  let till: Till;
  let page: Page;
  const t = (key: Parameters<typeof text>[1]) => text(lang, key);

  beforeAll(async () => {
    till = await startTill({ lang });
    page = await openTill(till.browser, till.host.url);
  });
  afterAll(() => till?.close());

  it('renders the charge screen in that language, every control named', async () => {
    await page.keyboard.press('F3');
    expect(await page.evaluate(() => (globalThis as unknown as TillWindow).document.documentElement.lang)).toBe(lang);
    expect(await page.getByRole('navigation').textContent()).toContain(t('nav.charge'));
    for (const key of ['charge.amount', 'charge.taxFree', 'charge.orderName', 'charge.buyerName', 'charge.buyerTel', 'charge.cardNumber', 'charge.expiry', 'charge.birth', 'charge.pwd2', 'charge.quota'] as const) {
      expect(await page.getByLabel(t(key), { exact: true }).count(), key).toBe(1);
    }
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('says field errors in that language', async () => {
    await fillCharge(page, lang, validCard(TEST_CARDS.approve, { cardNumber: '5365 1000 0000 0007' }));
    await payButton(page, lang).click();
    await page.getByRole('alert').filter({ hasText: t('err.cardNumber.luhn') }).waitFor();
  });

  it('approves in that language', async () => {
    await page.getByLabel(t('charge.cardNumber'), { exact: true }).fill(TEST_CARDS.approve);
    await page.getByLabel(t('charge.pwd2'), { exact: true }).fill('12');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: t('result.approved'), exact: true }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('renders recent payments and settings in that language, every control named', async () => {
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: t('payments.title') }).waitFor();
    await page.getByRole('columnheader', { name: t('payments.status') }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('F10');
    await page.getByRole('heading', { name: t('settings.credentials') }).waitFor();
    for (const key of ['settings.mode', 'settings.lang', 'settings.impCode', 'settings.windowMid', 'settings.keyedMid', 'settings.storeName', 'settings.businessNumber', 'settings.impKey', 'settings.impSecret'] as const) {
      expect(await page.getByLabel(t(key), { exact: true }).count(), key).toBe(1);
    }
    expect(await unnamedControls(page)).toEqual([]);
  });
});
