import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMessages } from '../../renderer/src/close/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { chargeDirectly } from '../close/support';
import { fillCharge, openTill, payButton, startTill, text, validCard, type Till, type TillWindow } from './harness';

const c = closeMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);
/** pdftotext without whitespace: line breaks fall where the paper ends. */
const pdfText = (path: string): string => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('day close (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;
  const paid: string[] = [];
  let directUid = '';

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(15_000);
  });

  afterAll(() => till?.close());

  const nav = (label: string) => page.getByRole('navigation').getByRole('button', { name: label }).click();

  async function sell(amount: string, taxFree = '') {
    await page.keyboard.press('F3');
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { amount, taxFree }));
    await payButton(page, 'ko').click();
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
    const row = page.locator('.summary__row').filter({ has: page.locator('dt').getByText(ko('result.merchantUid'), { exact: true }) });
    paid.push(((await row.locator('dd').textContent()) ?? '').trim());
    await page.getByRole('button', { name: ko('charge.reset') }).click();
  }

  it('opens the day with a float', async () => {
    await nav(c.nav);
    await page.getByText(c.noOpenDay).waitFor();
    await page.getByLabel(c.float, { exact: true }).fill('100000');
    await page.getByRole('button', { name: c.open }).click();
    await page.getByTestId('open-day').waitFor();
    expect(await page.getByTestId('open-day').textContent()).toContain('₩100,000');
  });

  it('takes two sales, refunds part of one, and a payment is made behind the app in the sandbox', async () => {
    await sell('12000');
    await sell('33000', '3000');
    expect(paid).toHaveLength(2);
    const refunded = await page.evaluate(async (merchantUid) => {
      const pos = (globalThis as unknown as TillWindow).pos;
      const quote = await pos.refundQuote({ merchantUid });
      if (!quote.ok) return quote;
      return pos.refund({ merchantUid, amount: 11_000, taxFree: 1_000, reason: '부분 반품', expectedRefundable: quote.data.refundable });
    }, paid[1] ?? '');
    expect(refunded).toMatchObject({ ok: true, data: { outcome: 'refunded' } });
    directUid = `direct-${Date.now()}`;
    await chargeDirectly(till.sandbox.url, directUid, 7_700);
  });

  it('the reconciliation lists the payment the POS never saw', async () => {
    await nav(c.nav);
    await page.getByRole('button', { name: c.reconcile }).click();
    const row = page.getByRole('row').filter({ hasText: directUid });
    await row.waitFor();
    expect(await row.textContent()).toContain(c['issue.missing_in_ledger']);
    expect(await row.textContent()).toContain('₩7,700');
  });

  it('closes the day with the right totals, stored read-only, and saves the report as a PDF', async () => {
    await page.getByLabel(c.countedCash, { exact: true }).fill('100000');
    await page.getByRole('button', { name: c.close, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: c.close }).click();
    await page.getByRole('status').filter({ hasText: c.closed.replace('{id}', '1') }).waitFor();

    // The closed day's report, not the open day's X figures (a screen that still showed those would be wrong).
    const report = page.locator('.close-screen__report');
    const row = async (id: string) => ((await report.getByTestId(id).first().textContent()) ?? '').replace(/\s+/g, ' ');
    // 12,000 (VAT 1,091) + 33,000 with 3,000 tax-free (VAT 2,727); 11,000 refunded with 1,000 tax-free (VAT 909).
    expect(await row('total-approved')).toContain('2₩45,000₩3,000₩38,182₩3,818');
    expect(await row('total-refunded')).toContain('1₩11,000₩1,000₩9,091₩909');
    expect(await row('total-net')).toContain('2₩34,000₩2,000₩29,091₩2,909');
    expect(await row('method-keyed-net')).toContain('₩34,000');
    expect(await page.getByText(c.final, { exact: true }).count()).toBeGreaterThan(0);
    await page.getByText(c.noOpenDay).waitFor();

    // A closed day cannot be closed again or changed: main says there is no open day.
    const again = await page.evaluate(() => (globalThis as unknown as TillWindow).pos.closeDay({ countedCash: null }));
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await page.getByRole('button', { name: c.pdf }).click();
    const saved = page.getByRole('status').filter({ hasText: 'PDF' });
    await saved.waitFor();
    const path = ((await saved.textContent()) ?? '').split(': ').pop()?.trim() ?? '';
    expect(existsSync(path)).toBe(true);
    const pdf = pdfText(path);
    for (const expected of ['마감정산', '₩45,000', '₩34,000', directUid, 'POS에없음']) expect(pdf).toContain(expected);
  });
});
