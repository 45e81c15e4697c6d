import { randomBytes, randomInt } from 'node:crypto';
import { vatOf } from '../domain/money';
import { MSG } from './constants';
import type { Ctx } from './context';
import { nowS } from './context';
import type { Answer } from './envelope';
import { httpError, ok } from './envelope';
import type { ReceiptRecord } from './model';
import type { ExternalReceiptBody, PaymentReceiptBody } from './receipt-bodies';
import { identifierDigits } from './receipt-bodies';

/**
 * 현금영수증 (portone-v1.md §13): issue, read and cancel, for cash taken outside PortOne
 * (`/receipts/external/{merchant_uid}`) and for a trans/vbank PortOne payment (`/receipts/{imp_uid}`).
 * One standing receipt per id: a second issue is a 400; after a cancel a new one may be issued
 * (a partial cash refund re-issues for the rest, GAP 34).
 */

/** The 국세청 approval number of a cash receipt: 9 digits (GAP 35). */
const newReceiptApplyNum = (): string => String(randomInt(0, 1_000_000_000)).padStart(9, '0');
const newReceiptTid = (ctx: Ctx): string => `SRSB${ctx.nowMs().toString(36).toUpperCase()}${randomBytes(4).toString('hex').toUpperCase()}`;

export const cashReceiptUrl = (ctx: Ctx, receiptTid: string): string => `${ctx.baseUrl()}/sandbox/cash-receipts/${receiptTid}`;

/** What the V1 API answers: the annotation with its own id field. */
export function receiptAnswer(r: ReceiptRecord): Record<string, unknown> {
  return r.kind === 'external' ? { merchant_uid: r.id, ...r.receipt } : { imp_uid: r.id, ...r.receipt };
}

/**
 * The identifier as kept: a resident number (identifier_type person) is masked after the birth
 * date, as a sales slip prints it; phone, business and card numbers are kept for the tests to see.
 */
function keptIdentifier(body: PaymentReceiptBody): string {
  const digits = identifierDigits(body.identifier);
  return body.identifier_type === 'person' ? `${digits.slice(0, 6)}-*******` : body.identifier;
}

interface Issue {
  kind: ReceiptRecord['kind'];
  id: string;
  body: PaymentReceiptBody;
  amount: number;
  taxFree: number;
  name: string | null;
  /** As sent (`vat`/`vat_amount`); otherwise 1/11 of the taxable part. */
  vat: number | undefined;
}

function issue(ctx: Ctx, { kind, id, body, amount, taxFree, name, vat }: Issue): ReceiptRecord {
  const tid = newReceiptTid(ctx);
  const record: ReceiptRecord = {
    kind,
    id,
    // identifier_type is checked by the body schema.
    identifier: keptIdentifier(body),
    identifier_type: body.identifier_type ?? 'phone',
    tax_free: taxFree,
    name,
    buyer_name: body.buyer_name ?? null,
    buyer_email: body.buyer_email ?? null,
    buyer_tel: body.buyer_tel ?? null,
    receipt: {
      receipt_tid: tid,
      apply_num: newReceiptApplyNum(),
      type: body.type ?? 'person',
      amount,
      vat: vat ?? vatOf(amount, taxFree),
      receipt_url: cashReceiptUrl(ctx, tid),
      applied_at: nowS(ctx),
      cancelled_at: 0,
    },
  };
  ctx.store.saveReceipt(record);
  return record;
}

const standing = (r: ReceiptRecord | undefined): r is ReceiptRecord => r !== undefined && r.receipt.cancelled_at === 0;

export function issueExternal(ctx: Ctx, merchantUid: string, body: ExternalReceiptBody): Answer {
  if (body.channel_key !== ctx.credentials.channelKey) return httpError(400, MSG.receiptUnknownChannel);
  if (standing(ctx.store.receipt('external', merchantUid))) return httpError(400, MSG.receiptDuplicate);
  const r = issue(ctx, { kind: 'external', id: merchantUid, body, amount: body.amount, taxFree: body.tax_free ?? 0, name: body.name, vat: body.vat_amount });
  return ok(receiptAnswer(r));
}

/** `POST /receipts/{imp_uid}`: only a paid trans/vbank payment, for what is left after partial cancels. */
export function issueForPayment(ctx: Ctx, impUid: string, body: PaymentReceiptBody): Answer {
  const rec = ctx.store.payment(impUid);
  if (!rec) return httpError(404, MSG.notFound);
  const p = rec.payment;
  if (p.status !== 'paid') return httpError(400, MSG.receiptNotPaid);
  if (p.pay_method !== 'trans' && p.pay_method !== 'vbank') return httpError(400, MSG.receiptNotCash);
  if (standing(ctx.store.receipt('payment', impUid))) return httpError(400, MSG.receiptDuplicate);
  const amount = p.amount - p.cancel_amount;
  const taxFree = Math.min(amount, body.tax_free ?? rec.tax_free - rec.cancelled_tax_free);
  const r = issue(ctx, { kind: 'payment', id: impUid, body, amount, taxFree, name: p.name, vat: body.vat ?? body.vat_amount });
  ctx.store.savePayment({ ...rec, payment: { ...p, cash_receipt_issued: true } });
  return ok(receiptAnswer(r));
}

export function getReceipt(ctx: Ctx, kind: ReceiptRecord['kind'], id: string): Answer {
  const r = ctx.store.receipt(kind, id);
  return r ? ok(receiptAnswer(r)) : httpError(404, MSG.receiptNotFound);
}

/**
 * DELETE: none ever issued → 404 for an external receipt, 400 for a payment's (as the OAS lists
 * them); already cancelled → 400 (GAP 34).
 */
export function cancelReceipt(ctx: Ctx, kind: ReceiptRecord['kind'], id: string): Answer {
  const r = ctx.store.receipt(kind, id);
  if (!r) return httpError(kind === 'external' ? 404 : 400, MSG.receiptNotFound);
  if (!standing(r)) return httpError(400, MSG.receiptAlreadyCancelled);
  const next: ReceiptRecord = { ...r, receipt: { ...r.receipt, cancelled_at: nowS(ctx) } };
  ctx.store.saveReceipt(next);
  if (kind === 'payment') {
    const rec = ctx.store.payment(id);
    if (rec) ctx.store.savePayment({ ...rec, payment: { ...rec.payment, cash_receipt_issued: false } });
  }
  return ok(receiptAnswer(next));
}
