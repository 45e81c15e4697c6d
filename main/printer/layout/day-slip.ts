import { cashDifferenceText, CLOSE_LABELS, windowRowLabel } from '../../../contract/close-labels';
import type { CloseReport, Totals } from '../../../contract/close';
import type { Lang } from '../../../contract/schemas';
import { storeHeader } from '../../receipts/receipt-layout';
import type { StoreHeader } from '../../receipts/receipt-model';
import { receiptText, slipDate } from '../../receipts/receipt-text';
import { COLUMNS, SlipBuilder, won, type PaperWidth, type Slip } from './slip';

const WORDS = {
  ko: { z: '마감정산 (Z)', x: '중간정산 (X)', day: '영업일', opened: '개점', closed: '마감', reconIssues: '대사 불일치', reconNone: '대사하지 않음', drawer: '시재 정산' },
  en: { z: 'Day close (Z)', x: 'Interim (X)', day: 'Business day', opened: 'Opened', closed: 'Closed', reconIssues: 'Reconciliation issues', reconNone: 'Not reconciled', drawer: 'Cash drawer' },
} as const;

function totalsBlock(b: SlipBuilder, label: string, totals: Totals, lang: Lang): void {
  const l = CLOSE_LABELS[lang];
  b.text(label, { bold: true });
  for (const k of ['approved', 'refunded', 'net'] as const) {
    b.pair(`${l[k]} ${totals[k].count}${lang === 'ko' ? '건' : ''}`, won(totals[k].amount), { indent: 2, bold: k === 'net' });
  }
}

/**
 * The drawer's close (시재 정산): float, what moved through the drawer, what it should hold; the
 * count and its difference follow. A report from before the drawer existed shows the float only.
 */
function drawerBlock(b: SlipBuilder, report: CloseReport, lang: Lang): void {
  const l = CLOSE_LABELS[lang];
  const d = report.drawer;
  b.text(WORDS[lang].drawer, { bold: true });
  b.pair(l.cashFloat, won(report.cash.float));
  if (!d) return;
  const moved = (label: string, sum: { count: number; amount: number }, sign: '+' | '-') =>
    b.pair(`${label} ${sum.count}${lang === 'ko' ? '건' : ''}`, `${sum.amount > 0 ? sign : ''}${won(sum.amount)}`, { indent: 2 });
  moved(l.cashSales, d.cashSales, '+');
  moved(l.cashRefunds, d.cashRefunds, '-');
  moved(l.drops, d.drops, '-');
  moved(l.payouts, d.payouts, '-');
  b.pair(l.expectedCash, won(d.expected), { bold: true });
  b.pair(`${l.receiptsIssued} ${d.receiptsIssued.count}`, won(d.receiptsIssued.amount));
  b.pair(`${l.receiptsCancelled} ${d.receiptsCancelled.count}`, won(d.receiptsCancelled.amount));
}

/**
 * The day-close (Z) or interim (X, a preview of an open day) report on the receipt printer, in
 * the receipts' style: letterhead, totals by method and cashier with the VAT split, the drawer's
 * close (float, cash in and out, expected, counted, difference).
 */
export function daySlip(report: CloseReport, options: { lang: Lang; paper: PaperWidth; store: StoreHeader; printedAt: number }): Slip {
  const { lang } = options;
  const w = WORDS[lang];
  const l = CLOSE_LABELS[lang];
  const t = receiptText(lang);
  const b = new SlipBuilder(COLUMNS[options.paper]);
  const { day, totals, cash } = report;
  b.center(report.final ? w.z : w.x, { big: true, bold: true });
  b.blank();
  storeHeader(b, options.store, t);
  b.rule('=');
  b.pair(w.day, `#${day.id}`);
  b.pair(w.opened, slipDate(day.openedAt));
  b.pair(w.closed, day.closedAt === null ? '-' : slipDate(day.closedAt));
  b.rule();
  for (const k of ['keyed', 'billing', 'window'] as const) totalsBlock(b, l[k], totals.byMethod[k], lang);
  // The window line split by method and card company or bank, as on the screen and the printed report.
  for (const g of totals.byWindowMethod ?? []) totalsBlock(b, windowRowLabel(lang, g.method, g.company), g.totals, lang);
  b.rule();
  totalsBlock(b, l.all, totals.all, lang);
  b.pair(l.taxFree, won(totals.all.net.taxFree));
  b.pair(l.supply, won(totals.all.net.supply));
  b.pair(l.vat, won(totals.all.net.vat));
  b.pair(l.lateRefunds, won(totals.lateRefunds));
  b.rule();
  for (const c of totals.byCashier) totalsBlock(b, c.cashier, c.totals, lang);
  b.rule();
  drawerBlock(b, report, lang);
  b.pair(l.cashCounted, cash.counted === null ? '-' : won(cash.counted));
  b.pair(l.cashDifference, cash.difference === null ? '-' : cashDifferenceText(cash.difference, lang));
  const recon = report.reconciliation;
  b.pair(l.recon, recon === null || recon.error !== null ? w.reconNone : recon.issues.length === 0 ? l.reconOk : `${w.reconIssues} ${recon.issues.length}`);
  b.rule();
  b.pair(t('printedAt'), slipDate(options.printedAt));
  return b.build();
}
