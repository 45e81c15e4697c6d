import { z } from 'zod';
import { MAX_AMOUNT } from './constants';
import { IdentifierType } from './model';
import { buyer, integer, numeric, reqString, text } from './schemas';

/**
 * Request bodies of the cash-receipt endpoints (portone-v1.md §13, OAS `issueReceipt`,
 * `issueExternalReceipt`). settle requires `identifier_type`.
 */

/** Digits the identifier must have once dashes and spaces are dropped, per identifier_type (GAP 35). */
const IDENTIFIER_DIGITS: Record<IdentifierType, { re: RegExp; what: string }> = {
  phone: { re: /^01\d{8,9}$/, what: '휴대폰번호(01로 시작하는 10~11자리)' },
  business: { re: /^\d{10}$/, what: '사업자등록번호 10자리' },
  person: { re: /^\d{13}$/, what: '주민등록번호 13자리' },
  taxcard: { re: /^\d{13,19}$/, what: '현금영수증카드 번호 13~19자리' },
};

export const identifierDigits = (identifier: string): string => identifier.replace(/[-\s]/g, '');

const common = {
  identifier: reqString('identifier').min(1, 'identifier 는 필수입니다.').max(40),
  identifier_type: IdentifierType.optional(),
  type: z.enum(['person', 'company'], 'type 은 person(소득공제) 또는 company(지출증빙) 이어야 합니다.').optional(),
  buyer_name: buyer.buyer_name,
  buyer_email: buyer.buyer_email,
  buyer_tel: buyer.buyer_tel,
  tax_free: integer('tax_free').pipe(z.number().min(0, 'tax_free 는 0 이상이어야 합니다.')).optional(),
  vat_amount: numeric('vat_amount').pipe(z.number().min(0, 'vat_amount 는 0 이상이어야 합니다.')).optional(),
  product_type: z.enum(['real', 'digital']).optional(),
  corp_reg_no: text(20).optional(),
};

/** identifier_type is required for settle, and the identifier must look like one of that type. */
function identifierRules(v: { identifier: string; identifier_type?: IdentifierType | undefined }, ctx: z.RefinementCtx) {
  if (v.identifier_type === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['identifier_type'],
      message: '헥토파이낸셜(settle)은 identifier_type(person, business, phone, taxcard 중 하나)이 필수입니다.',
    });
    return;
  }
  const rule = IDENTIFIER_DIGITS[v.identifier_type];
  if (!rule.re.test(identifierDigits(v.identifier)))
    ctx.addIssue({ code: 'custom', path: ['identifier'], message: `identifier 는 ${rule.what}여야 합니다. (identifier_type ${v.identifier_type})` });
}

export const PaymentReceiptBody = z
  .object({ ...common, vat: integer('vat').pipe(z.number().min(0, 'vat 는 0 이상이어야 합니다.')).optional() })
  .superRefine(identifierRules);
export type PaymentReceiptBody = z.infer<typeof PaymentReceiptBody>;

export const ExternalReceiptBody = z
  .object({
    ...common,
    channel_key: reqString('channel_key').min(1, 'channel_key 는 필수입니다.').max(55),
    name: reqString('name').min(1, 'name 은 필수입니다.').max(200),
    amount: integer('amount').pipe(z.number().positive('amount 는 0보다 커야 합니다.').max(MAX_AMOUNT, 'amount 가 너무 큽니다.')),
    pay_method: z.enum(['trans', 'vbank']).optional(),
  })
  .superRefine((v, ctx) => {
    identifierRules(v, ctx);
    if (v.tax_free !== undefined && v.tax_free > v.amount)
      ctx.addIssue({ code: 'custom', path: ['tax_free'], message: 'tax_free 는 amount 보다 클 수 없습니다.' });
  });
export type ExternalReceiptBody = z.infer<typeof ExternalReceiptBody>;
