import QRCode from 'qrcode';
import type { CancelView } from '../../contract/refunds';
import type { SaleLineView, SaleTotals } from '../../contract/sales';
import type { Lang, PaymentView } from '../../contract/schemas';
import { maskCardNumber } from '../../domain/card-number';
import { formatKrw, splitAmount } from '../../domain/money';
import { safeFileName, type PrintableDocument } from '../print/document-printer';
import { escapeHtml, htmlDocument } from '../print/html';
import { receiptText, type ReceiptTextKey } from './receipt-text';

export type ReceiptKind = 'sale' | 'refund';

/** Everything printed on a receipt; nothing else of the payment reaches the paper. */
export interface ReceiptModel {
  kind: ReceiptKind;
  lang: Lang;
  reprint: boolean;
  storeName: string;
  businessNumber: string;
  payment: PaymentView;
  cancels: CancelView[];
  printedAt: number;
  /** The sale the payment paid, when it was one (a quick charge has none). */
  sale: { lines: SaleLineView[]; totals: SaleTotals } | null;
}

/** One line per item: name (면세 marked), qty × unit price = amount, and its own discount. */
function saleLines(sale: NonNullable<ReceiptModel['sale']>, t: ReturnType<typeof receiptText>): string {
  const items = sale.lines.map((l) => {
    const name = l.taxation === 'tax_free' ? `${l.name} (${t('taxFreeMark')})` : l.name;
    const discount = l.lineDiscount > 0 ? `<div class="rcpt-row rcpt-disc"><span>${escapeHtml(t('lineDiscount'))}</span><span>-${escapeHtml(formatKrw(l.lineDiscount))}</span></div>` : '';
    return `<li><div class="rcpt-item">${escapeHtml(name)}</div><div class="rcpt-row"><span>${escapeHtml(`${l.qty} × ${formatKrw(l.unitPrice)}`)}</span><span>${escapeHtml(formatKrw(l.gross))}</span></div>${discount}</li>`;
  });
  const totals = [row(t('subtotal'), formatKrw(sale.totals.gross))];
  if (sale.totals.saleDiscount > 0) totals.push(row(t('saleDiscount'), `-${formatKrw(sale.totals.saleDiscount)}`));
  if (sale.totals.discountTotal > 0) totals.push(row(t('discountTotal'), `-${formatKrw(sale.totals.discountTotal)}`));
  return `<h2 class="rcpt-sub">${escapeHtml(t('items'))}</h2><ol class="rcpt-items">${items.join('')}</ol><dl class="rcpt-rows">${totals.join('')}</dl>`;
}

const dateText = (ms: number, lang: Lang): string =>
  new Date(ms).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });

const formatBusinessNumber = (n: string): string => {
  const d = n.replace(/\D/g, '');
  return d.length === 10 ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : n;
};

const row = (label: string, value: string, cls = ''): string =>
  `<div class="rcpt-row${cls ? ` ${cls}` : ''}"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;

/**
 * The receipt's markup (no `<html>` around it): shown as the preview in the page and wrapped by
 * `receiptDocument` for paper and PDF. Card: the masked number (first 6 + last 4) only, never
 * the expiry; every value is escaped.
 */
export async function receiptBody(model: ReceiptModel): Promise<string> {
  const t = receiptText(model.lang);
  const p = model.payment;
  const split = splitAmount(p.amount, p.taxFree);
  const parts: string[] = [];
  const label = (key: ReceiptTextKey) => t(key);
  parts.push(`<h1 class="rcpt-title">${escapeHtml(t(model.kind))}</h1>`);
  if (model.reprint) parts.push(`<p class="rcpt-reprint">${escapeHtml(t('reprint'))}</p>`);
  if (p.sandbox) parts.push(`<p class="rcpt-sandbox">${escapeHtml(t('sandbox'))}</p>`);
  parts.push(`<p class="rcpt-store">${escapeHtml(model.storeName)}</p>`);
  if (model.businessNumber) parts.push(`<p class="rcpt-biz">${escapeHtml(`${t('businessNumber')} ${formatBusinessNumber(model.businessNumber)}`)}</p>`);
  if (model.sale) parts.push(saleLines(model.sale, t));
  const rows = [
    row(label('date'), dateText(p.createdAt, model.lang)),
    row(label('order'), p.orderName),
    row(label('amount'), formatKrw(p.amount), 'rcpt-total'),
    row(label('supply'), formatKrw(split.supply)),
    row(label('vat'), formatKrw(split.vat)),
    row(label('taxFree'), formatKrw(split.taxFree)),
    row(label('card'), p.cardName ?? '-'),
    row(label('cardNumber'), p.cardNumberMasked ? maskCardNumber(p.cardNumberMasked) : '-'),
    row(label('installments'), p.cardQuota >= 2 ? t('months', p.cardQuota) : t('lumpSum')),
    row(label('approval'), p.applyNum ?? '-'),
    row(label('merchantUid'), p.merchantUid),
  ];
  if (p.impUid) rows.push(row(label('impUid'), p.impUid));
  parts.push(`<dl class="rcpt-rows">${rows.join('')}</dl>`);
  if (model.kind === 'refund') {
    const refunded = model.cancels.reduce((sum, c) => sum + c.amount, 0);
    const lines = model.cancels.map(
      (c) =>
        `<li><div class="rcpt-row"><span>${escapeHtml(dateText(c.cancelledAt, model.lang))}</span><strong>-${escapeHtml(formatKrw(c.amount))}</strong></div><div class="rcpt-reason">${escapeHtml(c.reason)}</div></li>`,
    );
    parts.push(`<h2 class="rcpt-sub">${escapeHtml(t('cancels'))}</h2><ol class="rcpt-cancels">${lines.join('')}</ol>`);
    parts.push(`<dl class="rcpt-rows">${row(label('refunded'), `-${formatKrw(refunded)}`, 'rcpt-total')}${row(label('remaining'), formatKrw(p.amount - p.cancelAmount))}</dl>`);
  }
  if (p.receiptUrl) {
    const svg = await QRCode.toString(p.receiptUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    parts.push(`<figure class="rcpt-qr" aria-label="${escapeHtml(t('receiptUrl'))}">${svg}<figcaption>${escapeHtml(t('receiptUrl'))}</figcaption></figure>`);
  }
  parts.push(`<p class="rcpt-printed">${escapeHtml(`${t('printedAt')} ${dateText(model.printedAt, model.lang)}`)}</p>`);
  return `<article class="rcpt">${parts.join('')}</article>`;
}

const RECEIPT_CSS = [
  '@page{margin:0}',
  'html,body{margin:0;padding:0;background:#fff;color:#000}',
  "body{font-family:'Noto Sans CJK KR','Noto Sans KR','Malgun Gothic',sans-serif;font-size:11pt;width:80mm}",
  '.rcpt{padding:4mm}',
  '.rcpt-title{font-size:14pt;text-align:center;margin:0 0 2mm}',
  '.rcpt-reprint{text-align:center;font-weight:700;border:1px solid #000;margin:0 0 2mm;padding:1mm}',
  '.rcpt-sandbox{text-align:center;margin:0 0 2mm}',
  '.rcpt-store{font-weight:700;margin:0}.rcpt-biz{margin:0 0 2mm}',
  '.rcpt-rows{margin:0;border-top:1px dashed #000;padding-top:1mm}',
  '.rcpt-row{display:flex;justify-content:space-between;gap:2mm}.rcpt-row dt{margin:0}.rcpt-row dd{margin:0;text-align:right;word-break:break-all}',
  '.rcpt-total{font-weight:700}',
  '.rcpt-items{margin:0 0 1mm;padding:0;list-style:none}.rcpt-item{font-weight:700}.rcpt-disc{font-size:9pt}',
  '.rcpt-sub{font-size:11pt;margin:2mm 0 1mm}.rcpt-cancels{margin:0 0 2mm;padding-left:5mm}',
  '.rcpt-qr{margin:2mm auto 0;width:30mm;text-align:center}.rcpt-qr svg{width:30mm;height:30mm}.rcpt-qr figcaption{font-size:8pt}',
  '.rcpt-printed{font-size:8pt;margin:2mm 0 0;text-align:center}',
].join('');

/** The receipt as a whole page for the printer or a PDF. */
export async function receiptDocument(model: ReceiptModel): Promise<PrintableDocument> {
  const title = `${receiptText(model.lang)(model.kind)} ${model.payment.merchantUid}`;
  const body = await receiptBody(model);
  return {
    html: htmlDocument({ lang: model.lang, title, css: RECEIPT_CSS, body }),
    fileName: safeFileName(`receipt-${model.kind}-${model.payment.merchantUid}${model.reprint ? '-reprint' : ''}-${model.printedAt}`),
    paper: 'receipt',
  };
}
