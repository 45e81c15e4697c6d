import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskCardNumber } from '../../domain/card-number';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { chargeAtTill, ko, openPayment, pm, rm } from '../refunds/till';
import { futureExpiry, openTill, startTill, type Till, type TillWindow } from './harness';

/** The text of a PDF as poppler's pdftotext reads it, without whitespace (line breaks fall where the paper ends). */
const pdfText = (path: string): string => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const squash = (s: string): string => s.replace(/\s+/g, '');

async function savePdf(page: Page, panel: string): Promise<string> {
  await page.locator(panel).getByRole('button', { name: rm('savePdf'), exact: true }).click();
  const saved = page.locator(panel).getByRole('status');
  await saved.waitFor();
  return ((await saved.textContent()) ?? '').replace(rm('saved').replace('{path}', ''), '').trim();
}

describe('receipts (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;
  let uid: string;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    await page.evaluate(async () => {
      const { pos } = globalThis as unknown as TillWindow;
      const settings = await pos.getSettings(undefined);
      if (!settings.ok) throw new Error('settings');
      const { mode, lang, impCode, windowMid, keyedMid } = settings.data;
      await pos.saveSettings({ mode, lang, impCode, windowMid, keyedMid, storeName: '해피 커피', businessNumber: '123-45-67890' });
    });
    uid = await chargeAtTill(page, TEST_CARDS.approve, { amount: '55000', taxFree: '5000', orderName: '영수증 주문' });
  });
  afterAll(async () => {
    await page?.close();
    await till?.close();
  });

  it('renders the sale receipt and saves it as a PDF with every required field and nothing more of the card', async () => {
    await openPayment(page, '영수증 주문');
    await page.getByRole('button', { name: rm('sale'), exact: true }).click();
    const preview = page.getByRole('document', { name: rm('preview') });
    await preview.waitFor();
    const shown = (await preview.textContent()) ?? '';
    expect(shown).toContain('해피 커피');
    expect(shown).toContain('123-45-67890');
    expect(shown).toContain(maskCardNumber(TEST_CARDS.approve));
    expect(await preview.locator('svg').count()).toBe(1); // the QR code of the PortOne receipt URL

    const path = await savePdf(page, '.receipt-panel');
    expect(dirname(path)).toBe(`${till.dataDir}/receipts`);
    const text = pdfText(path);
    for (const expected of ['카드 매출전표', '해피 커피', '123-45-67890', '영수증 주문', '55,000원', '4,545원', '5,000원', uid, maskCardNumber(TEST_CARDS.approve)]) {
      expect(text).toContain(squash(expected));
    }
    expect(text).not.toContain('재출력');
    // Never the whole number, nor the expiry.
    expect(text.replace(/\D/g, '')).not.toContain(TEST_CARDS.approve.replace(/\D/g, ''));
    expect(text).not.toContain(futureExpiry());
  });

  it('a second issue is a reprint: printed by the page and marked 재출력 on paper and in the PDF', async () => {
    await page.evaluate(() => {
      const w = globalThis as unknown as { print(): void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed += 1;
      };
    });
    await page.locator('.receipt-panel').getByRole('button', { name: rm('print'), exact: true }).click();
    await page.waitForFunction(() => (globalThis as unknown as { __printed: number }).__printed === 1);
    await page.getByText(rm('reprint')).waitFor();
    const path = await savePdf(page, '.receipt-panel');
    expect(pdfText(path)).toContain('재출력');
  });

  it('the refund receipt lists each partial cancel', async () => {
    await page.getByRole('button', { name: pm('refund'), exact: true }).click();
    for (const [amount, reason] of [
      ['10000', '일부 반품'],
      ['5000', '추가 반품'],
    ] as const) {
      await page.getByLabel(pm('refundAmount'), { exact: true }).fill(amount);
      await page.getByLabel(pm('reason'), { exact: true }).fill(reason);
      await page.locator('.refund').getByRole('button', { name: pm('refundTitle'), exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: pm('refundDo') }).click();
      await page.getByRole('status').filter({ hasText: pm('refunded', { amount: `₩${Number(amount).toLocaleString('ko-KR')}` }) }).waitFor();
    }
    await page.getByRole('button', { name: rm('refund'), exact: true }).click();
    const panel = page.locator('.receipt-panel');
    await panel.getByRole('document').waitFor();
    const path = await savePdf(page, '.receipt-panel');
    const text = pdfText(path);
    for (const expected of ['취소 영수증', '일부 반품', '-10,000원', '추가 반품', '-5,000원', '-15,000원', '40,000원']) expect(text).toContain(squash(expected));
    expect(await page.locator('.detail .badge').textContent()).toBe(ko('status.partially_cancelled'));
  });
});
