import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printerMessages, printerReasonMessages, type PrinterKey } from '../../renderer/src/printer/messages';
import { receiptDocument } from '../../main/receipts/receipt-document';
import { receiptSlip } from '../../main/receipts/receipt-layout';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { decodeEscPos, linesOf, ofType } from '../printer/escpos-decoder';
import { FakePrinter, OFFLINE, READY } from '../printer/fake-printer';
import { cashSale } from '../printer/sample-receipts';
import { cashMessages } from '../../renderer/src/cash/messages';
import { saleMessages } from '../../renderer/src/sale/messages';
import { fillCharge, openTill, startTill, text, validCard, type Till, type TillWindow } from './harness';

const p = (key: PrinterKey) => printerMessages.ko[key];
const s = saleMessages.ko;

/** Sets the till to print on the fake LAN printer, as the owner does in Settings (F10). */
async function useNetworkPrinter(page: Page, port: number): Promise<void> {
  await page.keyboard.press('F10');
  await page.getByLabel(p('output'), { exact: true }).selectOption('escpos_network');
  await page.getByLabel(p('host'), { exact: true }).fill('127.0.0.1');
  await page.getByLabel(p('port'), { exact: true }).fill(String(port));
  await page.getByRole('button', { name: p('save'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: p('saved') }).waitFor();
}

describe('receipt on the thermal printer at the end of a sale (Chromium, browser host, fake LAN printer)', () => {
  let till: Till;
  let printer: FakePrinter;
  let page: Page;

  beforeAll(async () => {
    printer = new FakePrinter();
    const port = await printer.start();
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve() } });
    page = await openTill(till.browser, till.host.url);
    await useNetworkPrinter(page, port);
  });
  afterAll(async () => {
    await till?.close();
    await printer?.close();
  });

  it('a printer that is offline does not cost the sale: the till says so, and key 1 prints once it is back; again is 재출력', async () => {
    await page.keyboard.press('F3');
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { amount: '12000', orderName: '아메리카노 두 잔' }));
    await page.getByLabel(text('ko', 'charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: text('ko', 'result.approved'), exact: true }).waitFor();

    printer.status = OFFLINE;
    await page.keyboard.press('1');
    const alert = page.getByRole('alert').filter({ hasText: printerReasonMessages.ko['printer.offline'] });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('결제는 완료되었습니다');
    expect(await page.getByRole('heading', { name: text('ko', 'result.approved'), exact: true }).count()).toBe(1);

    printer.status = READY;
    const before = printer.jobs.length;
    await page.keyboard.press('1');
    await page.getByRole('status').filter({ hasText: p('printed') }).waitFor();
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    const events = decodeEscPos(job ?? Buffer.alloc(0));
    const lines = linesOf(events).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('카드 매출전표');
    expect(lines).toContain('상품명 아메리카노 두 잔');
    expect(lines).toContain('합계 12,000원');
    expect(lines.join('\n')).not.toContain('재출력');
    expect(ofType(events, 'qr')).toHaveLength(1);
    expect(ofType(events, 'qr')[0]?.data).toMatch(/^https?:\/\//);
    expect(ofType(events, 'cut')).toHaveLength(1);

    await page.getByRole('button', { name: p('receiptReprint') }).waitFor();
    await page.keyboard.press('1');
    const [again] = (await printer.waitForJobs(before + 2)).slice(before + 1);
    expect(linesOf(decodeEscPos(again ?? Buffer.alloc(0))).some((l) => l.includes('재출력'))).toBe(true);
  });

  it('key 2 is "no receipt": the next sale starts and nothing is printed; F12 then reprints the last receipt', async () => {
    // On another screen the keys are that screen's: 2 on the history screen leaves the sale's result alone.
    await page.keyboard.press('F8');
    await page.keyboard.press('2');
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: text('ko', 'result.approved'), exact: true }).waitFor();

    const before = printer.jobs.length;
    await page.keyboard.press('2');
    await page.getByLabel(text('ko', 'charge.amount'), { exact: true }).waitFor();
    expect(printer.jobs.length).toBe(before);

    await page.keyboard.press('F12');
    await page.getByRole('status').filter({ hasText: p('reprintedLast').split(' (')[0] ?? '' }).waitFor();
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    const lines = linesOf(decodeEscPos(job ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('상품명 아메리카노 두 잔');
    expect(lines).toContain('** 재출력 **');
  });

  it('"always print": the receipt comes out by itself at the end of the sale', async () => {
    await page.keyboard.press('F10');
    await page.getByLabel(p('printReceipt'), { exact: true }).selectOption('always');
    await page.getByRole('button', { name: p('save'), exact: true }).click();
    await page.getByRole('status').filter({ hasText: p('saved') }).waitFor();
    const before = printer.jobs.length;
    await page.keyboard.press('F3');
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { amount: '8000', orderName: '자동 인쇄 주문' }));
    await page.getByLabel(text('ko', 'charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: p('printed') }).waitFor();
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    expect(linesOf(decodeEscPos(job ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ' ').trim())).toContain('상품명 자동 인쇄 주문');
  });

  it('F12 after a cash-only sale reprints that sale (it has no PortOne payment), not the last card one', async () => {
    const saved = await page.evaluate(() =>
      (globalThis as unknown as TillWindow).pos.saveProduct({ name: '김밥', price: 4_000, taxation: 'taxable', barcodes: [], shortCode: '', openPrice: false, active: true, gridOrder: 0, categoryId: null }),
    );
    expect(saved.ok).toBe(true);
    await page.reload();
    await page.keyboard.press('F2');
    await page.getByRole('group', { name: s.grid }).getByRole('button', { name: /김밥/ }).click();
    await page.getByRole('button', { name: /결제 \(Enter\)$/ }).click();
    const payForm = page.getByRole('form', { name: s.payTitle });
    await payForm.getByRole('tab', { name: cashMessages.ko.tender, exact: true }).click();
    await payForm.getByLabel(cashMessages.ko.given, { exact: true }).fill('5000');
    const before = printer.jobs.length;
    await payForm.locator('button[type=submit]').click();
    await page.getByRole('region', { name: s.salePaidTitle }).waitFor();
    // The cash kicks the drawer open (one job on the printer's port); no receipt was asked for.
    await printer.waitForJobs(before + 1);

    await page.keyboard.press('F12');
    await page.getByRole('status').filter({ hasText: p('reprintedLast').split(' (')[0] ?? '' }).waitFor();
    const job = (await printer.waitForJobs(before + 2)).at(-1);
    const lines = linesOf(decodeEscPos(job ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ''));
    for (const printed of ['현금결제4,000원', '받은금액5,000원', '거스름돈1,000원']) expect(lines).toContain(printed);
    expect(lines.some((l) => l.includes('김밥'))).toBe(true);
    expect(lines.join('\n')).not.toContain('자동 인쇄 주문');

    // Its issue is recorded like a card receipt's (under the cash part's number): the next one is a reprint.
    await page.keyboard.press('F12');
    const again = (await printer.waitForJobs(before + 3)).at(-1);
    expect(linesOf(decodeEscPos(again ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ''))).toContain('**재출력**');
  });
});

describe('the preview keeps the printer\'s columns (Chromium)', () => {
  let till: Till;
  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
  });
  afterAll(() => till?.close());

  for (const paper of [58, 80] as const) {
    it(`${paper} mm: every amount line ends at the same x, whatever its Hangul`, async () => {
      const model = cashSale({ paper });
      const page = await till.browser.newPage();
      await page.setContent((await receiptDocument(model, receiptSlip(model))).html);
      const edges = await page.evaluate(() => {
        // The page's DOM, typed as far as this measurement needs (the tests compile without the DOM lib).
        interface Line {
          textContent: string | null;
        }
        const d = (globalThis as unknown as { document: SlipDocument }).document;
        interface SlipDocument {
          querySelectorAll(selector: string): ArrayLike<Line>;
          createRange(): { selectNodeContents(node: Line): void; getBoundingClientRect(): { right: number } };
        }
        return Array.from(d.querySelectorAll('.slip-line'))
          .filter((line) => (line.textContent ?? '').endsWith('원'))
          .map((line) => {
            const range = d.createRange();
            range.selectNodeContents(line);
            return range.getBoundingClientRect().right;
          });
      });
      await page.close();
      expect(edges.length).toBeGreaterThan(8);
      const first = edges[0] ?? 0;
      for (const edge of edges) expect(Math.abs(edge - first)).toBeLessThan(0.5);
    });
  }
});
