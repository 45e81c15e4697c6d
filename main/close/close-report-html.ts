import { cashDifferenceText, CLOSE_LABELS, windowRowLabel } from '../../contract/close-labels';
import type { Bucket, CloseReport, ReceiptIssue, ReconIssue, Totals } from '../../contract/close';
import type { Lang } from '../../contract/schemas';
import { formatKrw } from '../../domain/money';
import { shortHash } from '../audit/audit-chain';
import { escapeHtml, htmlDocument } from '../print/html';
import { dateTimeText } from '../../domain/datetime';

/** The report's own words; the figures' labels are the screen's (CLOSE_LABELS). */
const WORDS = {
  ko: {
    ...CLOSE_LABELS.ko,
    title: '마감정산',
    day: '영업일',
    opened: '개점',
    closed: '마감',
    preview: '마감 전 (미확정)',
    method: '결제수단',
    cashier: '담당자',
    notCharged: '거절/미결제',
    unresolved: '확인 중',
    reconNone: '대사하지 않음',
    business: '사업자번호',
    auditHead: '감사 기록',
    sales: '판매',
    salesCount: '판매 건수',
    itemsCount: '판매 수량',
    discounts: '할인 합계',
    byCategory: '분류별 매출',
    topProducts: '상위 상품',
    uncategorised: '기타',
    qty: '수량',
  },
  en: {
    ...CLOSE_LABELS.en,
    title: 'Day close',
    day: 'Business day',
    opened: 'Opened',
    closed: 'Closed',
    preview: 'Not closed yet (preview)',
    method: 'Method',
    cashier: 'Cashier',
    notCharged: 'Declined / not charged',
    unresolved: 'Being checked',
    reconNone: 'Not reconciled',
    business: 'Business no.',
    auditHead: 'Audit log',
    sales: 'Sales',
    salesCount: 'Sales',
    itemsCount: 'Items sold',
    discounts: 'Discounts given',
    byCategory: 'By category',
    topProducts: 'Top items',
    uncategorised: 'Other',
    qty: 'Qty',
  },
} as const;

const CSS = `body{font-family:sans-serif;font-size:11pt;margin:12mm}h1{font-size:16pt;margin:0 0 4mm}
table{border-collapse:collapse;width:100%;margin:3mm 0}th,td{border:1px solid #999;padding:1mm 2mm;text-align:right}
th:first-child,td:first-child{text-align:left}.meta td{border:none;text-align:left}`;

const when = (ms: number, lang: Lang) => dateTimeText(ms, lang, true);

/** The Z report as a printable A4 page (plain HTML, no scripts). */
export function closeReportHtml(report: CloseReport, options: { lang: Lang; storeName: string; businessNumber: string }): string {
  const w = WORDS[options.lang];
  const e = escapeHtml;
  const cells = (b: Bucket) => [String(b.count), formatKrw(b.amount), formatKrw(b.taxFree), formatKrw(b.supply), formatKrw(b.vat)];
  const head = `<tr><th></th><th></th><th>${w.count}</th><th>${w.amount}</th><th>${w.taxFree}</th><th>${w.supply}</th><th>${w.vat}</th></tr>`;
  const rows = (label: string, t: Totals) =>
    (['approved', 'refunded', 'net'] as const)
      .map((k) => `<tr><td>${e(label)}</td><td>${w[k]}</td>${cells(t[k]).map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
      .join('');
  const { totals, day, cash } = report;
  // The window line split by method and card company or bank, under it (as on the screen).
  const windowRows = (totals.byWindowMethod ?? []).map((g) => rows(windowRowLabel(options.lang, g.method, g.company), g.totals));
  const byMethod = (['keyed', 'billing', 'window'] as const).map((k) => rows(w[k], totals.byMethod[k])).join('') + windowRows.join('') + rows(w.all, totals.all);
  const byCashier = totals.byCashier.map((c) => rows(c.cashier, c.totals)).join('');
  const byCompany = totals.byCardCompany.map((c) => rows(c.company || w.otherCompany, c.totals)).join('');
  const recon = report.reconciliation;
  const reconBody =
    recon === null
      ? `<p>${w.reconNone}</p>`
      : recon.error !== null
        ? `<p>${w.reconNone}: ${e(recon.error)}</p>`
        : recon.issues.length === 0
          ? `<p>${w.reconOk} (POS ${recon.ledgerCount} / PortOne ${recon.portoneCount})</p>`
          : `<table><tr><th>merchant_uid</th><th>imp_uid</th><th></th><th>POS</th><th>PortOne</th></tr>${recon.issues.map((i) => issueRow(i, w)).join('')}</table>`;
  const meta = [
    [w.business, options.businessNumber],
    [w.day, `#${day.id}`],
    [w.opened, `${when(day.openedAt, options.lang)} (${day.openedBy})`],
    [w.closed, day.closedAt === null ? w.preview : `${when(day.closedAt, options.lang)} (${day.closedBy ?? ''})`],
    [w.cashFloat, formatKrw(cash.float)],
    ...drawerRows(report.drawer, w),
    ...(report.sales ? [[w.splitSales, String(report.sales.splitSales)]] : []),
    [w.cashCounted, cash.counted === null ? '-' : formatKrw(cash.counted)],
    [w.cashDifference, cash.difference === null ? '-' : cashDifferenceText(cash.difference, options.lang)],
    [w.lateRefunds, formatKrw(totals.lateRefunds)],
    [w.lateApprovals, formatKrw(totals.lateApprovals)],
    [w.awaitingDeposit, String(totals.awaitingDeposit)],
    [w.notCharged, String(totals.notCharged)],
    [w.unresolved, String(totals.unresolved)],
    // Paper anchors the chain: a later rewrite of the log cannot reproduce this line.
    ...(report.auditHead ? [[w.auditHead, `#${report.auditHead.seq} · ${shortHash(report.auditHead.hash)}`]] : []),
  ];
  // The X report (the open day now) is never titled as the day's close.
  const title = report.final ? w.zReport : w.xReport;
  const body = [
    `<h1>${e(options.storeName || w.title)} — ${title}</h1>`,
    `<table class="meta">${meta.map(([k, v]) => `<tr><td>${e(k ?? '')}</td><td>${e(v ?? '')}</td></tr>`).join('')}</table>`,
    `<h2>${w.method}</h2><table>${head}${byMethod}</table>`,
    `<h2>${w.cashier}</h2><table>${head}${byCashier}</table>`,
    byCompany ? `<h2>${w.cardCompany}</h2><table>${head}${byCompany}</table>` : '',
    report.sales ? salesSection(report.sales, w) : '',
    `<h2>${w.recon}</h2>${reconBody}`,
    recon?.receipts && (recon.receipts.checked > 0 || recon.receipts.error !== null) ? receiptsSection(recon.receipts, w) : '',
  ].join('');
  return htmlDocument({ lang: options.lang, title: `${title} #${day.id}`, css: CSS, body });
}

function salesSection(sales: NonNullable<CloseReport['sales']>, w: (typeof WORDS)[Lang]): string {
  const e = escapeHtml;
  const head = `<table class="meta"><tr><td>${w.salesCount}</td><td>${sales.sales}</td></tr><tr><td>${w.itemsCount}</td><td>${sales.items}</td></tr><tr><td>${w.discounts}</td><td>${e(formatKrw(sales.discounts))}</td></tr></table>`;
  const categories = sales.byCategory.map((c) => `<tr><td>${e(c.name || w.uncategorised)}</td><td>${c.items}</td><td>${e(formatKrw(c.amount))}</td></tr>`).join('');
  const top = sales.topProducts.map((p) => `<tr><td>${e(p.name)}</td><td>${p.qty}</td><td>${e(formatKrw(p.amount))}</td></tr>`).join('');
  const table = (title: string, rows: string) => `<h3>${title}</h3><table><tr><th></th><th>${w.qty}</th><th>${w.amount}</th></tr>${rows}</table>`;
  return `<h2>${w.sales}</h2>${head}${table(w.byCategory, categories)}${table(w.topProducts, top)}`;
}

/** The drawer's lines (absent on reports stored before the drawer existed). */
function drawerRows(d: CloseReport['drawer'], w: (typeof WORDS)[Lang]): string[][] {
  if (!d) return [];
  const sum = (x: { count: number; amount: number }) => `${formatKrw(x.amount)} (${x.count})`;
  return [
    [w.cashSales, sum(d.cashSales)],
    [w.cashRefunds, sum(d.cashRefunds)],
    [w.payouts, sum(d.payouts)],
    [w.drops, sum(d.drops)],
    [w.expectedCash, formatKrw(d.expected)],
    [w.receiptsIssued, sum(d.receiptsIssued)],
    [w.receiptsCancelled, sum(d.receiptsCancelled)],
  ];
}

function receiptsSection(r: NonNullable<NonNullable<CloseReport['reconciliation']>['receipts']>, w: (typeof WORDS)[Lang]): string {
  const e = escapeHtml;
  const checked = w.receiptsChecked.replace('{count}', String(r.checked));
  const row = (i: ReceiptIssue) => `<tr><td>${e(i.merchantUid)}</td><td>${w.issue[i.kind]}</td><td>${e(i.pos)}</td><td>${e(i.portone)}</td><td>${e(formatKrw(i.amount))}</td></tr>`;
  const list = r.issues.length === 0 ? `<p>${w.reconOk}</p>` : `<table><tr><th>merchant_uid</th><th></th><th>POS</th><th>PortOne</th><th>${w.amount}</th></tr>${r.issues.map(row).join('')}</table>`;
  return `<h2>${w.receiptsRecon}</h2><p>${checked}${r.error === null ? '' : ` · ${w.reconNone}: ${e(r.error)}`}</p>${list}`;
}

function issueRow(i: ReconIssue, w: (typeof WORDS)[Lang]): string {
  const side = (s: ReconIssue['ledger']) => (s === null ? '-' : `${s.status} ${formatKrw(s.amount)} / -${formatKrw(s.cancelAmount)}`);
  return `<tr><td>${escapeHtml(i.merchantUid)}</td><td>${escapeHtml(i.impUid ?? '-')}</td><td>${w.issue[i.kind]}</td><td>${escapeHtml(side(i.ledger))}</td><td>${escapeHtml(side(i.portone))}</td></tr>`;
}
