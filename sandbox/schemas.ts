import { z } from 'zod';
import { FIELD_LIMITS, INSTALLMENT_MIN_AMOUNT, MAX_AMOUNT, MAX_CARD_QUOTA, MAX_MERCHANT_UID } from './constants';

/**
 * Request-body schemas. Form-urlencoded bodies carry every value as a string, so numbers and
 * booleans also accept their decimal / "true"/"false" spelling; anything else is a 400.
 */

export const numeric = (what: string) =>
  z.union(
    [
      z.number({ error: `${what} 는 숫자여야 합니다.` }),
      z
        .string()
        .trim()
        .regex(/^-?\d+(\.\d+)?$/, `${what} 는 숫자여야 합니다.`)
        .transform(Number),
    ],
    { error: `${what} 는 숫자여야 합니다.` },
  );

export const integer = (what: string) => numeric(what).pipe(z.number().int(`${what} 는 정수여야 합니다.`));

const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const text = (max = 1000) => z.string().max(max);

/**
 * A text field with PortOne's documented cap (OAS `maxLength`), refused rather than cut (issue 18
 * #3, GAP 29) so that a client's own overflow surfaces. Counted in UTF-16 units like `length` in
 * JavaScript or Java, the stricter reading (an emoji counts 2).
 */
export const capped = (field: keyof typeof FIELD_LIMITS) => {
  const max = FIELD_LIMITS[field];
  return z.string().refine((v) => v.length <= max, { error: (iss) => `${field} 는 최대 ${max}자까지 입력할 수 있습니다. (${String(iss.input).length}자)` });
};

/** A required string whose message says whether it was missing or of the wrong type. */
export const reqString = (field: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `${field} 는 필수입니다.` : `${field} 는 문자열이어야 합니다.`) });

export const Amount = numeric('amount').pipe(
  z.number().positive('amount 는 0보다 커야 합니다.').max(MAX_AMOUNT, 'amount 가 너무 큽니다.'),
);
export const MerchantUid = reqString('merchant_uid')
  .min(1, 'merchant_uid 는 필수입니다.')
  .max(MAX_MERCHANT_UID, `merchant_uid 는 ${MAX_MERCHANT_UID}자 이하여야 합니다.`);

/** PortOne wants `dddd-dddd-dddd-dddd`; 14/15-digit cards keep the 4-4-4 grouping (GAP). */
export const CardNumber = reqString('card_number')
  .regex(/^\d{4}-\d{4}-\d{4}-\d{2,4}$/, 'card_number 는 dddd-dddd-dddd-dddd 형식이어야 합니다.');
export const Expiry = reqString('expiry')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expiry 는 YYYY-MM 형식이어야 합니다.');
const Birth = z.string().regex(/^(\d{6}|\d{10})$/, 'birth 는 생년월일 6자리 또는 사업자등록번호 10자리여야 합니다.');
const Pwd2 = z.string().regex(/^\d{2}$/, 'pwd_2digit 는 숫자 2자리여야 합니다.');

export const buyer = {
  buyer_name: capped('buyer_name').optional(),
  buyer_email: capped('buyer_email').optional(),
  buyer_tel: capped('buyer_tel').optional(),
  buyer_addr: capped('buyer_addr').optional(),
  buyer_postcode: capped('buyer_postcode').optional(),
};

const money = {
  amount: Amount,
  tax_free: numeric('tax_free').pipe(z.number().min(0, 'tax_free 는 0 이상이어야 합니다.')).optional(),
  card_quota: integer('card_quota')
    .pipe(z.number().min(0).max(MAX_CARD_QUOTA, `card_quota 는 ${MAX_CARD_QUOTA} 이하여야 합니다.`))
    .optional(),
  currency: z.literal('KRW', 'currency 는 KRW 만 지원합니다.').optional(),
  name: capped('name').optional(),
  custom_data: text(10_000).optional(),
  notice_url: text(2000).optional(),
};

/** Cross-field rules every charge shares: tax_free ≤ amount, installments only from ₩50,000. */
export function chargeRules(v: { amount: number; tax_free?: number | undefined; card_quota?: number | undefined }, ctx: z.RefinementCtx) {
  if (v.tax_free !== undefined && v.tax_free > v.amount)
    ctx.addIssue({ code: 'custom', path: ['tax_free'], message: 'tax_free 는 amount 보다 클 수 없습니다.' });
  if (v.card_quota !== undefined && v.card_quota >= 2 && v.amount < INSTALLMENT_MIN_AMOUNT)
    ctx.addIssue({
      code: 'custom',
      path: ['card_quota'],
      message: `할부(card_quota 2 이상)는 ${INSTALLMENT_MIN_AMOUNT}원 이상 결제에서만 가능합니다.`,
    });
}

export const OnetimeBody = z
  .object({
    merchant_uid: MerchantUid,
    card_number: CardNumber,
    expiry: Expiry,
    birth: Birth.optional(),
    pwd_2digit: Pwd2.optional(),
    cvc: z.string().regex(/^\d{3,4}$/).optional(),
    customer_uid: text(80).min(1).optional(),
    pg: text(80).optional(),
    ...money,
    ...buyer,
  })
  .superRefine(chargeRules);
export type OnetimeBody = z.infer<typeof OnetimeBody>;

export const AgainBody = z
  .object({
    customer_uid: reqString('customer_uid').min(1, 'customer_uid 는 필수입니다.').max(80),
    merchant_uid: MerchantUid,
    ...money,
    name: reqString('name').min(1, 'name 은 필수입니다.').pipe(capped('name')),
    ...buyer,
  })
  .superRefine(chargeRules);
export type AgainBody = z.infer<typeof AgainBody>;

export const IssueBody = z.object({
  card_number: CardNumber,
  expiry: Expiry,
  birth: Birth.optional(),
  pwd_2digit: Pwd2.optional(),
  pg: text(100).optional(),
  customer_name: capped('customer_name').optional(),
  customer_tel: capped('customer_tel').optional(),
  customer_email: capped('customer_email').optional(),
  customer_addr: capped('customer_addr').optional(),
  customer_postcode: capped('customer_postcode').optional(),
});
export type IssueBody = z.infer<typeof IssueBody>;

export const CancelBody = z.object({
  imp_uid: text(64).optional(),
  merchant_uid: text(MAX_MERCHANT_UID).optional(),
  amount: numeric('amount').pipe(z.number().min(0, 'amount 는 0 이상이어야 합니다.')).optional(),
  tax_free: numeric('tax_free').pipe(z.number().min(0, 'tax_free 는 0 이상이어야 합니다.')).optional(),
  checksum: z.union([z.null(), numeric('checksum')]).optional(),
  reason: text(256).optional(),
  refund_holder: text(100).optional(),
  refund_bank: text(10).optional(),
  refund_account: text(40).optional(),
  refund_tel: text(40).optional(),
  enable_webhook: bool.optional(),
});
export type CancelBody = z.infer<typeof CancelBody>;

export const PrepareBody = z.object({
  merchant_uid: MerchantUid,
  amount: Amount,
  currency: z.string().max(10).nullable().optional(),
});
export type PrepareBody = z.infer<typeof PrepareBody>;

export const GetTokenBody = z.object({
  imp_key: reqString('imp_key').min(1, 'imp_key 는 필수입니다.'),
  imp_secret: reqString('imp_secret').min(1, 'imp_secret 는 필수입니다.'),
});

export const Sorting = z.enum(['-started', 'started', '-paid', 'paid', '-updated', 'updated']);
export type Sorting = z.infer<typeof Sorting>;

const pageNum = integer('page').pipe(z.number().min(1, 'page 는 1 이상이어야 합니다.'));
const limitNum = integer('limit').pipe(z.number().min(1).max(1000, 'limit 는 1000 이하여야 합니다.'));
const unixS = (what: 'from' | 'to') => integer(what).pipe(z.number().min(0));

export const ListQuery = z.object({
  page: pageNum.optional(),
  limit: limitNum.optional(),
  sorting: Sorting.optional(),
  from: unixS('from').optional(),
  to: unixS('to').optional(),
});

export const FindQuery = z.object({ sorting: Sorting.optional() });

export const LookupQuery = z.object({ include_sandbox: bool.optional() });

export const StatusParam = z.enum(
  ['ready', 'paid', 'cancelled', 'failed'],
  '지원되지 않는 상태값입니다. (payment_status 는 ready, paid, cancelled, failed 중 하나)',
);
export const StatusAllParam = z.enum(
  ['all', 'ready', 'paid', 'cancelled', 'failed'],
  '지원되지 않는 상태값입니다. (payment_status 는 all, ready, paid, cancelled, failed 중 하나)',
);
