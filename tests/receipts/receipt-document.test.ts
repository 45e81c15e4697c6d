import { describe, expect, it } from 'vitest';
import type { PaymentView } from '../../contract/schemas';
import { receiptBody, receiptDocument, type ReceiptModel } from '../../main/receipts/receipt-document';

const payment: PaymentView = {
  merchantUid: 'pos-20261126-0123456789ab',
  impUid: 'imp_448280090638',
  kind: 'keyed',
  status: 'partially_cancelled',
  sandbox: false,
  amount: 55_000,
  taxFree: 5000,
  vat: 4545,
  cancelAmount: 15_000,
  orderName: '원두 <1kg> & 드립백',
  buyerName: '홍길동',
  cardName: '신한카드',
  // Even if something longer arrived, the receipt masks again to first 6 + last 4.
  cardNumberMasked: '5365100000000006',
  cardQuota: 3,
  applyNum: '30012345',
  receiptUrl: 'https://iamport.kr/receipt/imp_448280090638',
  failReason: null,
  cashier: 'kim',
  createdAt: Date.UTC(2026, 10, 26, 3, 4, 5),
  updatedAt: 0,
};

const model = (over: Partial<ReceiptModel> = {}): ReceiptModel => ({
  kind: 'sale',
  lang: 'ko',
  reprint: false,
  storeName: '해피 커피',
  businessNumber: '1234567890',
  payment,
  cancels: [
    { amount: 10_000, reason: '일부 반품', cancelledAt: Date.UTC(2026, 10, 26, 4, 0, 0), receiptUrl: null },
    { amount: 5000, reason: '<b>추가</b>', cancelledAt: Date.UTC(2026, 10, 26, 5, 0, 0), receiptUrl: null },
  ],
  printedAt: Date.UTC(2026, 10, 26, 6, 0, 0),
  sale: null,
  ...over,
});

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('receipt document', () => {
  it('carries every required field, in KST, with the card masked to 6 + 4 and no expiry', async () => {
    const shown = text(await receiptBody(model()));
    for (const expected of ['카드 매출전표', '해피 커피', '123-45-67890', '2026. 11. 26. 12:04:05', '원두 &lt;1kg&gt; &amp; 드립백', '₩55,000', '₩45,455', '₩4,545', '₩5,000', '신한카드', '5365-10**-****-0006', '3개월', '30012345', 'pos-20261126-0123456789ab']) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain('5365100000000006');
    expect(shown).not.toContain('재발행');
  });

  it('draws the PortOne receipt URL as an inline QR code (no image fetched)', async () => {
    const html = await receiptBody(model());
    expect(html).toMatch(/<figure class="rcpt-qr"[^>]*><svg[^>]*>.*<\/svg>/s);
    expect(html).not.toMatch(/<img|<script|src=/);
  });

  it('marks a reprint, and lists each cancel on the refund receipt with escaped reasons', async () => {
    const html = await receiptBody(model({ kind: 'refund', reprint: true, lang: 'en' }));
    const shown = text(html);
    expect(shown).toContain('Card refund slip');
    expect(shown).toContain('REPRINT');
    expect(shown).toMatch(/-₩10,000 .*일부 반품.*-₩5,000 .*&lt;b&gt;추가&lt;\/b&gt;/);
    expect(shown).toContain('Refunded -₩15,000');
    expect(shown).toContain('Remaining ₩40,000');
    expect(html).not.toContain('<b>');
  });

  it('is a whole page for the printer: inline style, no script, a safe file name', async () => {
    const doc = await receiptDocument(model({ reprint: true }));
    expect(doc.html.startsWith('<!doctype html><html lang="ko">')).toBe(true);
    expect(doc.html).toContain('<style>');
    expect(doc.html).not.toContain('<script');
    expect(doc.paper).toBe('receipt');
    expect(doc.fileName).toMatch(/^receipt-sale-pos-20261126-0123456789ab-reprint-\d+\.pdf$/);
  });
});
