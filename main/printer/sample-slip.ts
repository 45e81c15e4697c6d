import type { Lang } from '../../contract/schemas';
import { storeHeader } from '../receipts/receipt-layout';
import type { StoreHeader } from '../receipts/receipt-model';
import { receiptText, slipDate } from '../receipts/receipt-text';
import { COLUMNS, SlipBuilder, won, type PaperWidth, type Slip } from './layout/slip';

const WORDS = {
  ko: { title: '테스트 인쇄', hangul: '한글 출력 확인: 가나다라마바사', ruler: '열 맞춤', qr: 'QR 코드 확인' },
  en: { title: 'Test print', hangul: 'Korean: 가나다라마바사', ruler: 'Columns', qr: 'QR code check' },
} as const;

/** What "test print" puts on paper: the letterhead, Hangul, a column ruler, an amount, a QR code. */
export function sampleSlip(options: { lang: Lang; paper: PaperWidth; store: StoreHeader; printedAt: number }): Slip {
  const w = WORDS[options.lang];
  const columns = COLUMNS[options.paper];
  const b = new SlipBuilder(columns);
  b.center(w.title, { big: true, bold: true });
  storeHeader(b, options.store, receiptText(options.lang));
  b.rule('=');
  b.text(w.hangul);
  b.text(Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join(''));
  b.pair(`${w.ruler} ${columns}`, won(12_300));
  b.qr('https://portone.io', w.qr);
  b.pair(receiptText(options.lang)('printedAt'), slipDate(options.printedAt));
  return b.build();
}
