import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { GAP, MAX_AMOUNT } from '../constants';
import type { Ctx } from '../context';
import { newApplyNum, newImpUid, newPgTid, nowS, receiptUrl, resolveMid } from '../context';
import type { Answer } from '../envelope';
import { httpError, ok } from '../envelope';
import { alreadyPaid } from '../charges';
import type { Payment, PaymentRecord } from '../model';
import { blankPayment } from '../model';
import { MerchantUid, buyer, capped } from '../schemas';
import { koreanIssue } from '../issue-text';

/**
 * The server half of the sandbox JS SDK: validates `IMP.request_pay` parameters with settle's
 * rules, opens a `ready` payment, and completes it when the user acts on the simulated Hecto
 * authentication page. These endpoints are SDK-internal (PortOne's SDK talks to its own
 * backend too); the REST verification endpoints then see the payment like any other.
 */

/** error_code values the sandbox SDK reports (GAP: PortOne's are PG-specific strings). */
export const SDK_ERRORS = {
  invalidParams: 'F400',
  notInitialised: 'F401',
  prepareMismatch: 'F402',
  duplicatePaid: 'F409',
  declined: 'F1001',
  userCancelled: 'F1002',
} as const;

const SDK_MSG = {
  declined: '[SANDBOX] 카드사/은행에서 결제가 거절되었습니다.',
  userCancelled: '사용자가 결제를 취소하셨습니다',
  prepareMismatch: (prepared: number, asked: number) =>
    `사전등록된 결제금액(${prepared}원)과 요청 금액(${asked}원)이 일치하지 않아 결제창을 열 수 없습니다.`,
  wrongImpCode: 'IMP.init() 의 가맹점 식별코드가 올바르지 않습니다.',
  duplicatePaid: '이미 결제완료된 merchant_uid 입니다.',
} as const;

const optText = (max = 200) => z.string().max(max).optional();

/** settle's window rules (portone-v1.md §8.2, §9). */
export const SdkParams = z
  .looseObject({
    pg: z
      .string()
      .regex(/^settle(\..+)?$/, 'sandbox 결제창은 settle(헥토파이낸셜) PG 만 지원합니다.')
      .optional(),
    pay_method: z.enum(['card', 'trans', 'vbank', 'phone'], 'settle 결제창은 card, trans, vbank, phone 만 지원합니다.').default('card'),
    merchant_uid: MerchantUid,
    name: capped('name').optional(),
    // The SDK wants a number, not a numeric string (settle/readme.mdx).
    amount: z
      .number({ error: 'amount 는 숫자(number)여야 합니다.' })
      .positive('amount 는 0보다 커야 합니다.')
      .max(MAX_AMOUNT),
    tax_free: z.number().min(0).optional(),
    currency: z.literal('KRW', 'currency 는 KRW 만 지원합니다.').optional(),
    buyer_name: buyer.buyer_name,
    buyer_email: buyer.buyer_email,
    buyer_tel: z
      .string({ error: (iss) => (iss.input === undefined ? 'settle 결제창은 buyer_tel 이 필수입니다.' : 'buyer_tel 은 문자열이어야 합니다.') })
      .min(1, 'settle 결제창은 buyer_tel 이 필수입니다.')
      .pipe(capped('buyer_tel')),
    buyer_addr: buyer.buyer_addr,
    buyer_postcode: buyer.buyer_postcode,
    company: optText(),
    company_en: optText(),
    custom_data: z.unknown().optional(),
    m_redirect_url: z.string().max(2000).optional(),
    vbank_due: z.string().max(20).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.pay_method === 'vbank' || p.pay_method === 'phone') && !p.company)
      ctx.addIssue({ code: 'custom', path: ['company'], message: 'settle 가상계좌/휴대폰 결제는 company 가 필수입니다.' });
    if (p.pay_method === 'phone' && !p.company_en)
      ctx.addIssue({ code: 'custom', path: ['company_en'], message: 'settle 휴대폰 결제는 company_en 이 필수입니다.' });
    if (p.pay_method === 'phone' && !p.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'settle 휴대폰 결제는 name 이 필수입니다.' });
    if (p.tax_free !== undefined && p.tax_free > p.amount)
      ctx.addIssue({ code: 'custom', path: ['tax_free'], message: 'tax_free 는 amount 보다 클 수 없습니다.' });
  });
type SdkParams = z.infer<typeof SdkParams>;

export const SdkStartBody = z.object({
  imp_code: z.string().max(40).nullable(),
  params: z.unknown(),
  mode: z.enum(['popup', 'redirect']),
  origin: z.string().max(300).nullable().optional(),
  user_agent: z.string().max(1000).optional(),
});
export type SdkStartBody = z.infer<typeof SdkStartBody>;

export const SdkCompleteBody = z.object({
  secret: z.string().max(100),
  action: z.enum(['approve', 'decline', 'close']),
});
export type SdkCompleteBody = z.infer<typeof SdkCompleteBody>;

interface Session {
  secret: string;
  redirectUrl: string | null;
  origin: string | null;
  done: boolean;
  error: { code: string; msg: string } | null;
}

/** What the v1 callback (or the redirect query) carries. */
export type Rsp = Record<string, unknown>;

function preError(merchantUid: unknown, code: string, msg: string): Rsp {
  return { imp_uid: null, merchant_uid: typeof merchantUid === 'string' ? merchantUid : null, error_code: code, error_msg: msg };
}

function parseCustomData(s: string | null): unknown {
  if (s === null) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
}

/** v1 callback fields (payrt.mdx) from a payment. */
export function rspOf(p: Payment, error: { code: string; msg: string } | null): Rsp {
  const rsp: Rsp = {
    imp_uid: p.imp_uid,
    merchant_uid: p.merchant_uid,
    pay_method: p.pay_method,
    paid_amount: p.amount,
    status: p.status,
    name: p.name,
    pg_provider: p.pg_provider,
    emb_pg_provider: p.emb_pg_provider,
    pg_tid: p.pg_tid,
    pg_type: 'payment',
    buyer_name: p.buyer_name,
    buyer_email: p.buyer_email,
    buyer_tel: p.buyer_tel,
    buyer_addr: p.buyer_addr,
    buyer_postcode: p.buyer_postcode,
    custom_data: parseCustomData(p.custom_data),
    paid_at: p.paid_at,
    receipt_url: p.receipt_url,
    apply_num: p.apply_num,
    card_name: p.card_name,
    card_number: p.card_number,
    card_quota: p.card_quota,
    currency: p.currency,
    bank_name: p.bank_name,
    vbank_num: p.vbank_num,
    vbank_name: p.vbank_name,
    vbank_holder: p.vbank_holder,
    vbank_date: p.vbank_date,
    error_code: error?.code ?? null,
    error_msg: error?.msg ?? null,
  };
  if (GAP.sdkCallbackHasSuccessFlag) rsp.success = error === null;
  return rsp;
}

/** `m_redirect_url` + imp_uid, merchant_uid and, on failure, error_code/error_msg. */
export function redirectTarget(url: string, rsp: Rsp): string {
  const q = new URLSearchParams();
  q.set('imp_uid', typeof rsp.imp_uid === 'string' ? rsp.imp_uid : '');
  q.set('merchant_uid', typeof rsp.merchant_uid === 'string' ? rsp.merchant_uid : '');
  if (typeof rsp.error_code === 'string') q.set('error_code', rsp.error_code);
  if (typeof rsp.error_msg === 'string') q.set('error_msg', rsp.error_msg);
  return url + (url.includes('?') ? '&' : '?') + q.toString();
}

/** `vbank_due` in any documented form (YYYYMMDD[HHmm[ss]], YYYY-MM-DD[ HH:mm[:ss]]), Korean time → Unix s. */
export function parseVbankDue(due: string | undefined, fallbackS: number): number {
  if (!due) return fallbackS;
  const d = due.replace(/[-: ]/g, '');
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(d);
  if (!m) return fallbackS;
  const [y, mo, da, h, mi, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const endOfDay = h === undefined;
  const ms = Date.UTC(y ?? 0, (mo ?? 1) - 1, da ?? 1, endOfDay ? 23 : h, endOfDay ? 59 : (mi ?? 0), endOfDay ? 59 : (s ?? 0));
  return Math.floor((ms - 9 * 3600_000) / 1000);
}

const isMobile = (ua: string | undefined) => /Mobi|Android|iPhone|iPad/i.test(ua ?? '');

export class SdkFlow {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly ctx: Ctx) {}

  /** Either an error rsp (the window never opens; imp_uid null) or the page to open. */
  start(body: SdkStartBody): Answer {
    const merchantUid = (body.params as { merchant_uid?: unknown } | null)?.merchant_uid;
    if (body.imp_code !== this.ctx.credentials.impCode)
      return ok({ result: 'error', rsp: preError(merchantUid, SDK_ERRORS.notInitialised, SDK_MSG.wrongImpCode) });
    const parsed = SdkParams.safeParse(body.params, { error: koreanIssue });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return ok({ result: 'error', rsp: preError(merchantUid, SDK_ERRORS.invalidParams, issue?.message ?? 'invalid parameters') });
    }
    const params: SdkParams = parsed.data;
    const prepared = this.ctx.store.prepare(params.merchant_uid);
    if (prepared && (prepared.amount !== params.amount || (prepared.currency !== null && prepared.currency !== (params.currency ?? 'KRW'))))
      return ok({
        result: 'error',
        rsp: preError(params.merchant_uid, SDK_ERRORS.prepareMismatch, SDK_MSG.prepareMismatch(prepared.amount, params.amount)),
      });
    if (alreadyPaid(this.ctx, params.merchant_uid))
      return ok({ result: 'error', rsp: preError(params.merchant_uid, SDK_ERRORS.duplicatePaid, SDK_MSG.duplicatePaid) });

    const now = nowS(this.ctx);
    const p = blankPayment({
      imp_uid: newImpUid(this.ctx),
      merchant_uid: params.merchant_uid,
      pay_method: params.pay_method,
      channel: isMobile(body.user_agent) ? 'mobile' : 'pc',
      pg_id: resolveMid(params.pg, this.ctx.windowMids),
      amount: params.amount,
      started_at: now,
      status: 'ready',
    });
    p.name = params.name ?? null;
    p.buyer_name = params.buyer_name ?? null;
    p.buyer_email = params.buyer_email ?? null;
    p.buyer_tel = params.buyer_tel;
    p.buyer_addr = params.buyer_addr ?? null;
    p.buyer_postcode = params.buyer_postcode ?? null;
    p.custom_data =
      params.custom_data === undefined || params.custom_data === null
        ? null
        : typeof params.custom_data === 'string'
          ? params.custom_data
          : JSON.stringify(params.custom_data);
    p.user_agent = body.user_agent ?? null;
    // settle shows `company` as the virtual account holder; the due date is kept until approval.
    if (params.pay_method === 'vbank') {
      p.vbank_holder = params.company ?? null;
      p.vbank_date = parseVbankDue(params.vbank_due, now + 3 * 86400);
    }
    this.ctx.store.savePayment({ seq: this.ctx.store.seq(), tax_free: params.tax_free ?? 0, cancelled_tax_free: 0, updated_at: now, payment: p });
    const secret = randomBytes(16).toString('hex');
    this.sessions.set(p.imp_uid, {
      secret,
      redirectUrl: body.mode === 'redirect' ? (params.m_redirect_url ?? null) : null,
      origin: body.origin ?? null,
      done: false,
      error: null,
    });
    return ok({
      result: 'open',
      imp_uid: p.imp_uid,
      secret,
      auth_url: `${this.ctx.baseUrl()}/sdk/auth/${p.imp_uid}?secret=${secret}`,
    });
  }

  session(impUid: string, secret: string): Session | null {
    const s = this.sessions.get(impUid);
    return s && s.secret === secret ? s : null;
  }

  /** Idempotent: a second action on a finished session returns the first result unchanged. */
  complete(impUid: string, body: SdkCompleteBody): Answer {
    const s = this.session(impUid, body.secret);
    const rec = this.ctx.store.payment(impUid);
    if (!s || !rec) return httpError(404, '결제 세션을 찾을 수 없습니다.');
    if (!s.done) {
      s.done = true;
      const { record, error } = this.apply(rec, body.action);
      s.error = error;
      this.ctx.store.savePayment(record);
    }
    const p = this.ctx.store.payment(impUid)?.payment ?? rec.payment;
    const rsp = rspOf(p, s.error);
    return ok({ rsp, redirect_url: s.redirectUrl ? redirectTarget(s.redirectUrl, rsp) : null, origin: s.origin });
  }

  private apply(rec: PaymentRecord, action: SdkCompleteBody['action']): { record: PaymentRecord; error: Session['error'] } {
    const now = nowS(this.ctx);
    const p: Payment = { ...rec.payment, pg_tid: newPgTid(this.ctx) };
    let error: Session['error'] = null;
    if (action === 'approve') {
      switch (p.pay_method) {
        case 'card':
          // The simulated page "authenticates" a fixed demo BC card; only its mask is kept.
          Object.assign(p, { card_code: '361', card_name: 'BC카드', card_number: '941000******0005', card_type: 0, apply_num: newApplyNum() });
          break;
        case 'trans':
          Object.assign(p, { bank_code: '088', bank_name: '신한은행' });
          break;
        case 'vbank':
          Object.assign(p, {
            vbank_code: '088',
            vbank_name: '신한은행',
            vbank_num: `5621${String(randomInt(0, 1e10)).padStart(10, '0')}`,
            vbank_issued_at: now,
          });
          break;
        default:
          break;
      }
      if (p.pay_method === 'vbank') p.status = 'ready';
      else Object.assign(p, { status: 'paid', paid_at: now, receipt_url: receiptUrl(this.ctx, p.imp_uid) });
    } else {
      const closed = action === 'close';
      error = closed
        ? { code: SDK_ERRORS.userCancelled, msg: SDK_MSG.userCancelled }
        : { code: SDK_ERRORS.declined, msg: SDK_MSG.declined };
      if (!closed || GAP.closeRecordsFailed) Object.assign(p, { status: 'failed', failed_at: now, fail_reason: error.msg });
    }
    return { record: { ...rec, updated_at: now, payment: p }, error };
  }

  /** Sandbox control: the buyer deposits into an issued virtual account. */
  deposit(impUid: string): Answer {
    const rec = this.ctx.store.payment(impUid);
    if (!rec || rec.payment.pay_method !== 'vbank' || rec.payment.status !== 'ready' || rec.payment.vbank_num === null)
      return httpError(404, '입금 대기중인 가상계좌 결제건이 없습니다.');
    const now = nowS(this.ctx);
    const p: Payment = { ...rec.payment, status: 'paid', paid_at: now, receipt_url: receiptUrl(this.ctx, impUid) };
    this.ctx.store.savePayment({ ...rec, updated_at: now, payment: p });
    return ok(p);
  }
}

