import { describe, expect, it } from 'vitest';
import { encodeJob } from '../../main/printer/escpos/encoder';
import { columnsOf, encodeKsX1001, SUBSTITUTE } from '../../main/printer/escpos/ksx1001';
import { receiptSlip } from '../../main/receipts/receipt-layout';
import { decodeEscPos, linesOf, ofType } from './escpos-decoder';
import { cardSale, cashSale } from './sample-receipts';

const job = (model = cashSale(), options = { copies: 1, cut: true, drawer: true }) => decodeEscPos(encodeJob(receiptSlip(model), options));

/** A line's text without the padding, for "contains this label and that amount" checks. */
const squeeze = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('a Korean sale on the ESC/POS printer', () => {
  it('switches to the Korean set first and back at the end', () => {
    const events = job();
    expect(events.slice(0, 3)).toEqual([{ type: 'init' }, { type: 'charset', n: 13 }, { type: 'korean', on: true }]);
    expect(events.at(-1)).toEqual({ type: 'korean', on: false });
    expect(ofType(events, 'invalid')).toEqual([]);
    expect(ofType(events, 'unknown')).toEqual([]);
  });

  it('decodes to the expected lines: letterhead, lines with 면세 and a discount, VAT split, cash with change, cash receipt', () => {
    const lines = linesOf(job()).map(squeeze);
    for (const expected of [
      '영수증',
      '해피 커피 본점',
      '사업자번호 123-45-67890',
      '대표자 김대표',
      '전화 02-123-4567',
      '서울특별시 중구 세종대로 110 1층',
      '거래일시 2026-11-26 12:04:05',
      '아메리카노',
      '4,500원 x 2 9,000원',
      '생크림 케이크',
      '생일 할인 -1,500원',
      '*유기농 우유 1L',
      '4,000원 x 1 4,000원',
      '* 표시는 면세 품목',
      '합계 23,500원',
      '과세 공급가액 17,727원',
      '부가세 1,773원',
      '면세 금액 4,000원',
      '현금 결제 23,500원',
      '받은 금액 30,000원',
      '거스름돈 6,500원',
      '현금영수증 소득공제',
      '승인번호 123456789',
    ]) {
      expect(lines).toContain(expected);
    }
    expect(lines.join('\n')).not.toContain('재출력');
  });

  it('carries one QR command with the receipt_url, one cut and one drawer kick (1B 70 00 19 FA) for cash', () => {
    const events = job();
    const qr = ofType(events, 'qr');
    expect(qr).toHaveLength(1);
    expect(qr[0]).toMatchObject({ data: 'https://iamport.kr/receipt/imp_448280090638', model: 50, level: 49 });
    expect(ofType(events, 'cut')).toHaveLength(1);
    expect(ofType(events, 'drawer')).toEqual([{ type: 'drawer', bytes: [0x1b, 0x70, 0x00, 0x19, 0xfa] }]);
  });

  it('a card receipt shows the card masked to 6 + 4 and its approval number, and no drawer kick unless asked', () => {
    const events = job(cardSale(), { copies: 1, cut: true, drawer: false });
    const lines = linesOf(events).map(squeeze);
    expect(lines).toContain('카드번호 5365-10**-****-0006');
    expect(lines).toContain('승인번호 30012345');
    expect(lines).toContain('카드 매출전표');
    expect(lines.join('\n')).not.toContain('5365100000000006');
    expect(ofType(events, 'drawer')).toEqual([]);
  });

  it('marks a reprint 재출력 and prints the copies asked for, each cut', () => {
    const events = job(cashSale({ reprint: true }), { copies: 2, cut: true, drawer: false });
    expect(linesOf(events).map(squeeze).filter((l) => l === '** 재출력 **')).toHaveLength(2);
    expect(ofType(events, 'cut')).toHaveLength(2);
    expect(ofType(events, 'qr')).toHaveLength(2);
  });

  it('a refund receipt lists the cancels and what remains', () => {
    const model = cardSale({
      kind: 'refund',
      payment: { ...cardSale().payment, status: 'partially_cancelled', cancelAmount: 4000 },
      cancels: [{ amount: 4000, reason: '우유 반품', cancelledAt: Date.UTC(2026, 10, 26, 5, 0, 0), receiptUrl: null }],
    });
    const lines = linesOf(job(model, { copies: 1, cut: true, drawer: false })).map(squeeze);
    expect(lines).toContain('취소 영수증');
    expect(lines).toContain('2026-11-26 14:00:00 -4,000원');
    expect(lines).toContain('우유 반품');
    expect(lines).toContain('취소 합계 -4,000원');
    expect(lines).toContain('남은 금액 19,500원');
  });
});

describe('KS X 1001 only', () => {
  it('substitutes a syllable outside KS X 1001 (똠, 뷁: CP949 extensions) with □ instead of sending UHC bytes', () => {
    const sale = cashSale().sale;
    const events = job(cashSale({ sale: { ...sale, lines: [{ name: '똠얌꿍 뷁', quantity: 1, unitPrice: 9000, amount: 9000, taxFree: false }] } }));
    expect(ofType(events, 'invalid')).toEqual([]);
    expect(linesOf(events).map(squeeze)).toContain(`${SUBSTITUTE}얌꿍 ${SUBSTITUTE}`);
  });

  it('prints ₩ as the fullwidth ￦ (A3 DC) and never passes a control byte through as a command', () => {
    expect([...encodeKsX1001('₩1,000')]).toEqual([0xa3, 0xdc, 0x31, 0x2c, 0x30, 0x30, 0x30]);
    expect([...encodeKsX1001('a\x1bp\x00b')]).toEqual([0x61, 0x70, 0x62]);
    for (const byte of encodeKsX1001('똠 é ✓ 😀 가')) expect(byte === 0x20 || byte < 0x80 || (byte >= 0xa1 && byte <= 0xfe)).toBe(true);
  });
});

describe('columns with double-width Hangul', () => {
  for (const paper of [58, 80] as const) {
    it(`${paper} mm: no line is wider than the paper and every amount ends at the right edge`, () => {
      const columns = paper === 58 ? 32 : 48;
      const events = job(cashSale({ paper }));
      const lines = ofType(events, 'line');
      for (const line of lines) expect(line.columns).toBeLessThanOrEqual(line.big ? columns / 2 : columns);
      const amounts = lines.filter((l) => /원$/.test(l.text));
      expect(amounts.length).toBeGreaterThan(8);
      // The byte count is the column count: 1 per ASCII byte, 2 per KS X 1001 pair.
      for (const line of amounts) expect([line.text, line.columns]).toEqual([line.text, columns]);
      expect(columnsOf('합계 23,500원')).toBe(13);
    });
  }
});
