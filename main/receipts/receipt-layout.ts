import { windowMethodOf } from '../../domain/pay-method';
import { maskCardNumber } from '../../domain/card-number';
import { splitAmount } from '../../domain/money';
import { COLUMNS, SlipBuilder, won, type Slip } from '../printer/layout/slip';
import type { CardFacts, CashReceiptMark, ReceiptModel, SaleSections, StoreHeader } from './receipt-model';
import { receiptText, slipDate, type ReceiptTranslate } from './receipt-text';

const formatBusinessNumber = (n: string): string => {
  const d = n.replace(/\D/g, '');
  return d.length === 10 ? `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}` : n;
};

/** Store name, business number, 대표자, address and phone: the letterhead of receipts and reports. */
export function storeHeader(b: SlipBuilder, store: StoreHeader, t: ReceiptTranslate): void {
  if (store.name) b.center(store.name, { bold: true });
  const facts: [string, string][] = [
    [t('businessNumber'), store.businessNumber ? formatBusinessNumber(store.businessNumber) : ''],
    [t('owner'), store.owner],
    [t('phone'), store.phone],
  ];
  for (const [label, value] of facts) if (value) b.pair(label, value);
  if (store.address) b.text(store.address);
}

function saleLines(b: SlipBuilder, sale: SaleSections, t: ReceiptTranslate): void {
  const lines = sale.lines ?? [];
  if (lines.length > 0) {
    b.pair(t('item'), t('lineAmount'), { bold: true });
    b.rule();
    for (const line of lines) {
      b.text(`${line.taxFree ? '*' : ''}${line.name}`);
      b.pair(`${won(line.unitPrice)} x ${line.quantity}`, won(line.unitPrice * line.quantity), { indent: 2 });
      if (line.discount) b.pair(line.discount.label, `-${won(line.discount.amount)}`, { indent: 2 });
    }
    if (lines.some((l) => l.taxFree)) b.text(t('taxFreeMark'));
    b.rule();
  }
  for (const d of sale.discounts ?? []) b.pair(d.label ? `${t('discount')} ${d.label}` : t('discount'), `-${won(d.amount)}`);
}

function cardFacts(b: SlipBuilder, p: CardFacts, t: ReceiptTranslate): void {
  if (p.cardName) b.pair(t('card'), p.cardName);
  if (p.cardNumberMasked) b.pair(t('cardNumber'), maskCardNumber(p.cardNumberMasked));
  b.pair(t('installments'), p.cardQuota >= 2 ? t('months', p.cardQuota) : t('lumpSum'));
  if (p.applyNum) b.pair(t('approval'), p.applyNum, { bold: true });
}

/** A payment-window transfer, virtual account or phone payment: its method and bank instead of card facts. */
function otherMethod(b: SlipBuilder, facts: CardFacts, amount: number, t: ReceiptTranslate): boolean {
  const paid = windowMethodOf(facts);
  if (!paid || paid.method === 'card') return false;
  b.pair(t(`${paid.method}Paid`), won(amount), { bold: true });
  if (paid.company) b.pair(t('bank'), paid.company);
  const vbank = facts.window?.vbank;
  if (vbank) {
    b.pair(t('account'), vbank.number);
    b.pair(t('holder'), vbank.holder);
  }
  if (facts.applyNum) b.pair(t('approval'), facts.applyNum, { bold: true });
  return true;
}

function cashReceiptMark(b: SlipBuilder, cr: CashReceiptMark, t: ReceiptTranslate): void {
  b.pair(t('cashReceipt'), t(cr.purpose));
  b.pair(t('cashReceiptId'), cr.identityMasked);
  b.pair(t('approval'), cr.approvalNumber, { bold: true });
}

function tenders(b: SlipBuilder, m: ReceiptModel, t: ReceiptTranslate): void {
  const list = m.sale?.tenders ?? [{ method: 'card' as const, amount: m.payment.amount }];
  for (const tender of list) {
    if (tender.lines) b.text(`${t('partLines')}: ${tender.lines.join(', ')}`, { indent: 2 });
    if (tender.method === 'card') {
      const facts = tender.card ?? m.payment;
      if (otherMethod(b, facts, tender.amount, t)) continue;
      b.pair(t('cardPaid'), won(tender.amount), { bold: true });
      cardFacts(b, facts, t);
    } else {
      b.pair(t('cashPaid'), won(tender.amount), { bold: true });
      b.pair(t('received'), won(tender.received));
      b.pair(t('change'), won(tender.change), { bold: true });
      if (tender.cashReceipt) cashReceiptMark(b, tender.cashReceipt, t);
    }
  }
  const cr = m.sale?.cashReceipt;
  if (cr) {
    b.rule();
    cashReceiptMark(b, cr, t);
  }
}

function refunds(b: SlipBuilder, m: ReceiptModel, t: ReceiptTranslate): void {
  b.rule('=');
  b.center(t('cancels'), { bold: true });
  for (const c of m.cancels) {
    b.pair(slipDate(c.cancelledAt), `-${won(c.amount)}`);
    if (c.reason) b.text(c.reason, { indent: 2 });
  }
  const refunded = m.cancels.reduce((sum, c) => sum + c.amount, 0);
  b.pair(t('refunded'), `-${won(refunded)}`, { bold: true });
  b.pair(t('remaining'), won(m.payment.amount - m.payment.cancelAmount));
}

/**
 * A sale or refund receipt, laid out once for the given paper: the printer, the preview and the
 * PDF all show this. Card: the masked number (first 6 + last 4) only, never the expiry.
 */
export function receiptSlip(m: ReceiptModel): Slip {
  const t = receiptText(m.lang);
  const p = m.payment;
  const b = new SlipBuilder(COLUMNS[m.paper]);
  const hasCart = (m.sale?.lines?.length ?? 0) > 0 || m.sale?.tenders !== undefined;
  b.center(m.kind === 'refund' ? t('refund') : hasCart ? t('receipt') : t('sale'), { big: true, bold: true });
  if (m.reprint) b.center(`** ${t('reprint')} **`, { big: true });
  if (p.sandbox) b.center(t('sandbox'));
  b.blank();
  storeHeader(b, m.store, t);
  b.rule('=');
  b.pair(t('date'), slipDate(p.createdAt));
  b.pair(t('merchantUid'), p.merchantUid);
  if (!hasCart) b.pair(t('order'), p.orderName);
  b.rule();
  if (m.sale) saleLines(b, m.sale, t);
  const total = m.sale?.total ?? p;
  const split = splitAmount(total.amount, total.taxFree);
  b.pair(t('amount'), won(total.amount), { bold: true });
  b.pair(t('supply'), won(split.supply));
  b.pair(t('vat'), won(split.vat));
  if (split.taxFree > 0) b.pair(t('taxFree'), won(split.taxFree));
  b.rule();
  tenders(b, m, t);
  if (m.kind === 'refund') refunds(b, m, t);
  b.rule();
  if (p.receiptUrl) b.qr(p.receiptUrl, t('receiptUrl'));
  if (p.impUid) b.pair(t('impUid'), p.impUid);
  b.pair(t('printedAt'), slipDate(m.printedAt));
  return b.build();
}
