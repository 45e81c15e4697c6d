import { describe, expect, it } from 'vitest';
import type { PaymentView } from '../../contract/schemas';
import { slipHtml } from '../../main/printer/layout/slip-html';
import { receiptDocument } from '../../main/receipts/receipt-document';
import { receiptSlip } from '../../main/receipts/receipt-layout';
import type { ReceiptModel } from '../../main/receipts/receipt-model';
import { cashSale, payment as paid } from '../printer/sample-receipts';

// Even if something longer arrived, the receipt masks the card again to first 6 + last 4.
const payment: PaymentView = { ...paid, status: 'partially_cancelled', amount: 55_000, taxFree: 5000, vat: 4545, cancelAmount: 15_000, orderName: '원두 <1kg> & 드립백', cardQuota: 3 };

const model = (over: Partial<ReceiptModel> = {}): ReceiptModel => ({
  kind: 'sale',
  lang: 'ko',
  reprint: false,
  paper: 80,
  store: { name: '해피 커피', businessNumber: '1234567890', owner: '', address: '', phone: '' },
  payment,
  cancels: [
    { amount: 10_000, reason: '일부 반품', cancelledAt: Date.UTC(2026, 10, 26, 4, 0, 0), receiptUrl: null },
    { amount: 5000, reason: '<b>추가</b>', cancelledAt: Date.UTC(2026, 10, 26, 5, 0, 0), receiptUrl: null },
  ],
  printedAt: Date.UTC(2026, 10, 26, 6, 0, 0),
  ...over,
});

const html = (m: ReceiptModel) => slipHtml(receiptSlip(m), m.lang);
/** What a reader sees: the 2ch boxes of double-width characters joined back, other tags as breaks. */
const text = (h: string): string =>
  h
    .replace(/<span class="slip-w">|<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('receipt document (the slip as HTML: preview, system printer, PDF)', () => {
  it('carries every required field, in KST, with the card masked to 6 + 4 and no expiry', async () => {
    const shown = text(await html(model()));
    for (const expected of ['카드 매출전표', '해피 커피', '123-45-67890', '2026-11-26 12:04:05', '원두 &lt;1kg&gt; &amp; 드립백', '55,000원', '45,455원', '4,545원', '5,000원', '신한카드', '5365-10**-****-0006', '3개월', '30012345', 'pos-20261126-0123456789ab']) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain('5365100000000006');
    expect(shown).not.toContain('재출력');
  });

  it('draws the PortOne receipt URL as an inline QR code (no image fetched)', async () => {
    const h = await html(model());
    expect(h).toMatch(/<figure class="slip-qr"[^>]*><svg[^>]*>.*<\/svg>/s);
    expect(h).not.toMatch(/<img|<script|src=/);
  });

  it('marks a reprint, and lists each cancel on the refund receipt with escaped reasons', async () => {
    const h = await html(model({ kind: 'refund', reprint: true, lang: 'en' }));
    const shown = text(h);
    expect(shown).toContain('Refund receipt');
    expect(shown).toContain('REPRINT');
    expect(shown).toMatch(/-10,000원 .*일부 반품.*-5,000원 .*&lt;b&gt;추가&lt;\/b&gt;/);
    expect(shown).toContain('Refunded -15,000원');
    expect(shown).toContain('Remaining 40,000원');
    expect(h).not.toContain('<b>');
  });

  it('keeps the padding of every line, so columns line up on screen as on paper', async () => {
    const h = await html(model());
    // Each double-width character sits in a 2ch box; the spaces between label and amount are kept.
    expect(h).toContain('<div class="slip-line slip-bold"><span class="slip-w">합</span><span class="slip-w">계</span>                                    55,000<span class="slip-w">원</span></div>');
  });

  it('is a whole page for the printer: inline style, no script, a safe file name', async () => {
    const m = model({ reprint: true });
    const doc = await receiptDocument(m, receiptSlip(m));
    expect(doc.html.startsWith('<!doctype html><html lang="ko">')).toBe(true);
    expect(doc.html).toContain('<style>');
    expect(doc.html).not.toContain('<script');
    expect(doc.paper).toBe('receipt');
    expect(doc.fileName).toMatch(/^receipt-sale-pos-20261126-0123456789ab-reprint-\d+\.pdf$/);
  });

  it('a sale paid by lines prints with each part the lines it paid', async () => {
    const sale = cashSale().sale;
    const m = cashSale({
      sale: {
        ...sale,
        tenders: [
          { method: 'cash', amount: 4000, received: 4000, change: 0, lines: ['유기농 우유 1L'] },
          { method: 'card', amount: 19_500, lines: ['아메리카노', '생크림 케이크'] },
        ],
      },
    });
    const shown = text(await html(m));
    expect(shown).toMatch(/품목: 유기농 우유 1L 현금 결제 4,000원 .*품목: 아메리카노, 생크림 케이크 카드 결제 19,500원/);
  });
});
