import { CLOSE_LABELS } from '../../../contract/close-labels';
import type { CloseReport, Totals } from '../../../contract/close';
import type { Lang } from '../../../contract/schemas';
import { storeHeader } from '../../receipts/receipt-layout';
import type { StoreHeader } from '../../receipts/receipt-model';
import { receiptText, slipDate } from '../../receipts/receipt-text';
import { COLUMNS, SlipBuilder, won, type PaperWidth, type Slip } from './slip';

const WORDS = {
  ko: { z: '마감정산 (Z)', x: '중간정산 (X)', day: '영업일', opened: '개점', closed: '마감', reconIssues: '대사 불일치', reconNone: '대사하지 않음' },
  en: { z: 'Day close (Z)', x: 'Interim (X)', day: 'Business day', opened: 'Opened', closed: 'Closed', reconIssues: 'Reconciliation issues', reconNone: 'Not reconciled' },
} as const;

function totalsBlock(b: SlipBuilder, label: string, totals: Totals, lang: Lang): void {
  const l = CLOSE_LABELS[lang];
  b.text(label, { bold: true });
  for (const k of ['approved', 'refunded', 'net'] as const) {
    b.pair(`${l[k]} ${totals[k].count}${lang === 'ko' ? '건' : ''}`, won(totals[k].amount), { indent: 2, bold: k === 'net' });
  }
}

/**
 * The day-close (Z) or interim (X, a preview of an open day) report on the receipt printer, in
 * the receipts' style: letterhead, totals by method and cashier with the VAT split, cash.
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
  b.rule();
  totalsBlock(b, l.all, totals.all, lang);
  b.pair(l.taxFree, won(totals.all.net.taxFree));
  b.pair(l.supply, won(totals.all.net.supply));
  b.pair(l.vat, won(totals.all.net.vat));
  b.pair(l.lateRefunds, won(totals.lateRefunds));
  b.rule();
  for (const c of totals.byCashier) totalsBlock(b, c.cashier, c.totals, lang);
  b.rule();
  b.pair(l.cashFloat, won(cash.float));
  b.pair(l.cashCounted, cash.counted === null ? '-' : won(cash.counted));
  b.pair(l.cashDifference, cash.difference === null ? '-' : won(cash.difference));
  const recon = report.reconciliation;
  b.pair(l.recon, recon === null || recon.error !== null ? w.reconNone : recon.issues.length === 0 ? l.reconOk : `${w.reconIssues} ${recon.issues.length}`);
  b.rule();
  b.pair(t('printedAt'), slipDate(options.printedAt));
  return b.build();
}
