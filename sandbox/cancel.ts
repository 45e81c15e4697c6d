import { CODES, GAP, MSG } from './constants';
import type { Ctx } from './context';
import { newCancellationId, newPgTid, nowS, receiptUrl } from './context';
import type { Answer } from './envelope';
import { httpError, ok, refused } from './envelope';
import type { PaymentRecord, PaymentStatus } from './model';
import type { CancelBody } from './schemas';

/**
 * `POST /payments/cancel` (portone-v1.md §6.2): imp_uid wins over merchant_uid; omitted/0 amount
 * = the whole refundable balance; partial cancels accumulate; a checksum that is not the
 * refundable balance blocks the cancel. Failures are HTTP 200 with code != 0 and response null.
 */
export function cancel(ctx: Ctx, body: CancelBody): Answer {
  const impUid = body.imp_uid?.trim() || undefined;
  const merchantUid = body.merchant_uid?.trim() || undefined;
  if (!impUid && !merchantUid) return httpError(400, 'imp_uid 또는 merchant_uid 중 하나는 필수입니다.');

  // An imp_uid that matches nothing fails the request, whatever merchant_uid says.
  const rec = impUid ? ctx.store.payment(impUid) : pickByMerchant(ctx, merchantUid ?? '');
  if (!rec) return refused(CODES.cancelNotFound, MSG.cancelNotFound);
  const p = rec.payment;
  if (p.status === 'cancelled') return refused(CODES.cancelRefused, MSG.cancelAlready);
  if (p.status !== 'paid') return refused(CODES.cancelRefused, MSG.cancelNotPaid);

  const refundable = p.amount - p.cancel_amount;
  if (body.checksum !== undefined && body.checksum !== null && body.checksum !== refundable)
    return refused(CODES.cancelRefused, MSG.cancelChecksum(refundable));
  const amount = body.amount === undefined || body.amount === 0 ? refundable : body.amount;
  if (amount > refundable) return refused(CODES.cancelRefused, MSG.cancelOver(refundable));

  const taxFreeLeft = rec.tax_free - rec.cancelled_tax_free;
  const taxableLeft = refundable - taxFreeLeft;
  // GAP: without tax_free, a full cancel refunds all remaining tax-free money and a partial one
  // takes the taxable part first (tax-free only for what the taxable balance cannot cover).
  const taxFree =
    body.tax_free ?? (amount === refundable ? taxFreeLeft : Math.max(0, amount - taxableLeft));
  if (taxFree > taxFreeLeft || taxFree > amount || amount - taxFree > taxableLeft)
    return refused(CODES.cancelRefused, MSG.cancelTaxFreeOver(taxFreeLeft));

  const now = nowS(ctx);
  const cancellationId = newCancellationId();
  const receipt = receiptUrl(ctx, p.imp_uid, cancellationId);
  const full = amount === refundable;
  const reason = body.reason ?? '';
  const next: PaymentRecord = {
    ...rec,
    cancelled_tax_free: rec.cancelled_tax_free + taxFree,
    updated_at: now,
    payment: {
      ...p,
      status: full ? 'cancelled' : 'paid',
      cancel_amount: p.cancel_amount + amount,
      cancel_reason: reason,
      cancelled_at: full || GAP.partialCancelSetsCancelledAt ? now : p.cancelled_at,
      cancel_history: [
        ...p.cancel_history,
        { pg_tid: newPgTid(ctx), amount, cancelled_at: now, reason, cancellation_id: cancellationId, receipt_url: receipt },
      ],
      cancel_receipt_urls: [...p.cancel_receipt_urls, receipt],
    },
  };
  ctx.store.savePayment(next);
  return ok(next.payment);
}

/**
 * By merchant_uid: the latest paid payment, else the latest cancelled one, else the latest
 * unfinished one. Failed attempts are not candidates: a merchant_uid that only ever declined has
 * no payment to cancel (`code 1`, as iamporter's real-API test expects; GAP 30).
 */
function pickByMerchant(ctx: Ctx, merchantUid: string): PaymentRecord | undefined {
  const list = ctx.store.byMerchantUid(merchantUid);
  const latest = (status: PaymentStatus) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i];
      if (r?.payment.status === status) return r;
    }
    return undefined;
  };
  return latest('paid') ?? latest('cancelled') ?? latest('ready');
}
