import { CODES, GAP, MSG } from './constants';
import type { Ctx } from './context';
import { newApplyNum, newImpUid, newPgTid, nowS, receiptUrl, resolveMid } from './context';
import type { Answer } from './envelope';
import { ok, refused } from './envelope';
import type { Customer, KeyBehaviour, Payment, PaymentRecord } from './model';
import { blankPayment } from './model';
import type { AgainBody, IssueBody, OnetimeBody } from './schemas';
import type { CardBehaviour } from './test-cards';
import { cardBehaviour, cardCompany, declineFor, maskCard } from './test-cards';

/**
 * Keyed and billing-key charges (`onetime`, `again`) and billing-key-only issuance. Card data is
 * used for this call only: the sandbox keeps the masked number and a behaviour label, nothing else.
 */

/** A merchant_uid that already has a paid (or, GAP, paid-then-cancelled) payment cannot be charged again. */
export function alreadyPaid(ctx: Ctx, merchantUid: string): boolean {
  return ctx.store
    .byMerchantUid(merchantUid)
    .some((r) => r.payment.status === 'paid' || (GAP.cancelledCountsAsPaid && r.payment.status === 'cancelled'));
}

/** Expiry `YYYY-MM` is valid through the end of that month, Korean time (UTC+9). */
export function isExpired(expiry: string, nowMs: number): boolean {
  const [y, m] = expiry.split('-').map(Number) as [number, number];
  const firstOfNextMonthKst = Date.UTC(y, m, 1) - 9 * 3600_000;
  return nowMs >= firstOfNextMonthKst;
}

function behaviourOf(cardNumber: string, expiry: string, nowMs: number): CardBehaviour {
  return isExpired(expiry, nowMs) ? 'expired' : cardBehaviour(cardNumber);
}

interface ChargeInput {
  merchant_uid: string;
  amount: number;
  tax_free?: number | undefined;
  card_quota?: number | undefined;
  name?: string | undefined;
  custom_data?: string | undefined;
  buyer_name?: string | undefined;
  buyer_email?: string | undefined;
  buyer_tel?: string | undefined;
  buyer_addr?: string | undefined;
  buyer_postcode?: string | undefined;
}

interface CardFacts {
  pg_id: string;
  card_code: string | null;
  card_name: string;
  card_number: string | null;
  card_type: number | null;
}

/** Runs one API charge to its outcome: paid, failed (code 0) or request error (code -1). */
function charge(
  ctx: Ctx,
  input: ChargeInput,
  card: CardFacts,
  behaviour: CardBehaviour,
  customer: { uid: string; usage: NonNullable<Payment['customer_uid_usage']> } | null,
): { answer: Answer; paid: Payment | null } {
  const now = nowS(ctx);
  const p = blankPayment({
    imp_uid: newImpUid(ctx),
    merchant_uid: input.merchant_uid,
    pay_method: 'card',
    channel: 'api',
    pg_id: card.pg_id,
    amount: input.amount,
    started_at: now,
    status: 'paid',
  });
  p.card_code = card.card_code;
  p.card_name = card.card_name;
  p.card_number = card.card_number;
  p.card_type = card.card_type;
  p.card_quota = input.card_quota !== undefined && input.card_quota >= 2 ? input.card_quota : 0;
  p.name = input.name ?? null;
  p.custom_data = input.custom_data ?? null;
  p.buyer_name = input.buyer_name ?? null;
  p.buyer_email = input.buyer_email ?? null;
  p.buyer_tel = input.buyer_tel ?? null;
  p.buyer_addr = input.buyer_addr ?? null;
  p.buyer_postcode = input.buyer_postcode ?? null;
  p.customer_uid = customer?.uid ?? null;
  p.customer_uid_usage = customer?.usage ?? null;
  p.pg_tid = newPgTid(ctx);

  const decline = declineFor(behaviour);
  if (decline === null) {
    p.apply_num = newApplyNum();
    p.paid_at = now;
    p.receipt_url = receiptUrl(ctx, p.imp_uid);
  } else {
    p.status = 'failed';
    p.failed_at = now;
    p.fail_reason = decline.text;
  }
  const record: PaymentRecord = {
    seq: ctx.store.seq(),
    tax_free: input.tax_free ?? 0,
    cancelled_tax_free: 0,
    updated_at: now,
    payment: p,
  };
  if (decline?.shape === 'error') {
    if (GAP.recordFailedOnRequestError) ctx.store.savePayment(record);
    return { answer: refused(CODES.requestFailed, decline.text), paid: null };
  }
  ctx.store.savePayment(record);
  return { answer: ok(p), paid: decline === null ? p : null };
}

/** The billing-key labels a stored key may carry (expired/invalid cards never get a key). */
function keyBehaviour(b: CardBehaviour): KeyBehaviour | null {
  return b === 'expired' || b === 'invalidNumber' ? null : b;
}

function customerFrom(
  ctx: Ctx,
  uid: string,
  pgId: string,
  cardNumber: string,
  who: { name?: string | undefined; tel?: string | undefined; email?: string | undefined; addr?: string | undefined; postcode?: string | undefined },
): Customer {
  const now = nowS(ctx);
  const company = cardCompany(cardNumber);
  return {
    customer_uid: uid,
    pg_provider: 'settle',
    pg_id: pgId,
    sandbox: true,
    customer_id: null,
    card_name: company.name,
    card_code: company.code,
    card_issuer_code: null,
    card_issuer_name: null,
    card_publisher_code: null,
    card_publisher_name: null,
    card_number: maskCard(cardNumber),
    card_type: 0,
    customer_name: who.name ?? null,
    customer_tel: who.tel ?? null,
    customer_email: who.email ?? null,
    customer_addr: who.addr ?? null,
    customer_postcode: who.postcode ?? null,
    // GAP: re-using a customer_uid replaces the key; the replacement counts as newly inserted.
    inserted: now,
    updated: now,
  };
}

export function onetime(ctx: Ctx, body: OnetimeBody): Answer {
  if (alreadyPaid(ctx, body.merchant_uid)) return refused(CODES.duplicatePaid, MSG.duplicatePaid);
  const pgId = resolveMid(body.pg, ctx.apiMids);
  const behaviour = behaviourOf(body.card_number, body.expiry, ctx.nowMs());
  const company = cardCompany(body.card_number);
  const card: CardFacts = {
    pg_id: pgId,
    card_code: company.code,
    card_name: company.name,
    card_number: maskCard(body.card_number),
    card_type: 0,
  };
  const customer = body.customer_uid ? { uid: body.customer_uid, usage: 'issue' as const } : null;
  const { answer, paid } = charge(ctx, body, card, behaviour, customer);
  const label = keyBehaviour(behaviour);
  // The billing key is stored only when the first charge succeeds.
  if (paid && body.customer_uid && label) {
    const c = customerFrom(ctx, body.customer_uid, pgId, body.card_number, {
      name: body.buyer_name,
      tel: body.buyer_tel,
      email: body.buyer_email,
      addr: body.buyer_addr,
      postcode: body.buyer_postcode,
    });
    ctx.store.saveCustomer({ customer: c, behaviour: label });
  }
  return answer;
}

/** `usage` is `payment.scheduled` when the sandbox runs a schedule (sandbox/schedules.ts). */
export function again(ctx: Ctx, body: AgainBody, usage: 'payment' | 'payment.scheduled' = 'payment'): Answer {
  if (alreadyPaid(ctx, body.merchant_uid)) return refused(CODES.duplicatePaid, MSG.duplicatePaid);
  const key = ctx.store.customer(body.customer_uid);
  if (!key) return refused(CODES.unknownCustomer, MSG.unknownCustomer);
  const c = key.customer;
  const input: ChargeInput = {
    ...body,
    buyer_name: body.buyer_name ?? c.customer_name ?? undefined,
    buyer_tel: body.buyer_tel ?? c.customer_tel ?? undefined,
    buyer_email: body.buyer_email ?? c.customer_email ?? undefined,
    buyer_addr: body.buyer_addr ?? c.customer_addr ?? undefined,
    buyer_postcode: body.buyer_postcode ?? c.customer_postcode ?? undefined,
  };
  const card: CardFacts = {
    pg_id: c.pg_id,
    card_code: c.card_code,
    card_name: c.card_name,
    card_number: c.card_number,
    card_type: c.card_type,
  };
  return charge(ctx, input, card, key.behaviour, { uid: c.customer_uid, usage }).answer;
}

/** `POST /subscribe/customers/{uid}`: refused unless the sandbox is configured as "separately contracted". */
export function issueKey(ctx: Ctx, uid: string, body: IssueBody): Answer {
  const pgId = resolveMid(body.pg, ctx.apiMids);
  const behaviour = behaviourOf(body.card_number, body.expiry, ctx.nowMs());
  const decline = declineFor(behaviour);
  const label = keyBehaviour(behaviour);
  // Issuance checks the card only; a card that later declines charges still gets a key
  // (so billing declines can be tested), but one the card company cannot verify does not.
  if (label === null || behaviour === 'declineError')
    return refused(CODES.issueRefused, `${MSG.issueFailed} ${decline?.text ?? ''}`.trim());
  const c = customerFrom(ctx, uid, pgId, body.card_number, {
    name: body.customer_name,
    tel: body.customer_tel,
    email: body.customer_email,
    addr: body.customer_addr,
    postcode: body.customer_postcode,
  });
  ctx.store.saveCustomer({ customer: c, behaviour: label });
  return ok(c);
}
