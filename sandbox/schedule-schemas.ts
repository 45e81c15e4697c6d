import { z } from 'zod';
import { MAX_CARD_QUOTA } from './constants';
import { Amount, chargeRules, integer, IssueBody, MerchantUid, numeric, reqString } from './schemas';

/** Schedule request schemas (portone-v1.md §12, OAS `ScheduleAnnotation`). */

/** OAS: a schedule's order name is at most 40 characters (an ordinary charge's is not limited as tightly). */
export const MAX_SCHEDULE_NAME = 40;
/** GAP: PortOne documents no batch size; a POS never schedules more than a few dozen at once. */
export const MAX_SCHEDULES_PER_REQUEST = 100;
/**
 * GAP: PortOne documents no ceiling. 2100-01-01 in Unix seconds: anything above is taken for
 * milliseconds (a merchant who sent ms got a schedule in year 57659, §12) and refused.
 */
export const MAX_SCHEDULE_AT_S = 4_102_444_800;

const year = (seconds: number) => new Date(Math.min(seconds * 1000, 8.64e15)).getUTCFullYear();

/** Unix seconds, refused with a message that names milliseconds when the value looks like them. */
export const unixSeconds = (field: string) =>
  integer(field).superRefine((v, ctx) => {
    if (v < 0) ctx.addIssue({ code: 'custom', message: `${field} 는 0 이상이어야 합니다.` });
    else if (v > MAX_SCHEDULE_AT_S)
      ctx.addIssue({
        code: 'custom',
        message: `${field} 가 범위를 벗어났습니다 (${year(v)}년). Unix 시각은 초 단위여야 합니다: 밀리초(ms)를 보낸 것 같습니다.`,
      });
  });

const optText = (max: number) => z.string().max(max).optional();

export const ScheduleItem = z
  .object({
    merchant_uid: MerchantUid,
    schedule_at: unixSeconds('schedule_at'),
    amount: Amount,
    tax_free: numeric('tax_free').pipe(z.number().min(0, 'tax_free 는 0 이상이어야 합니다.')).optional(),
    currency: z.literal('KRW', 'currency 는 KRW 여야 합니다.'),
    name: reqString('name').min(1, 'name 은 필수입니다.').max(MAX_SCHEDULE_NAME, `name 은 ${MAX_SCHEDULE_NAME}자 이하여야 합니다.`),
    card_quota: integer('card_quota')
      .pipe(z.number().min(0).max(MAX_CARD_QUOTA, `card_quota 는 ${MAX_CARD_QUOTA} 이하여야 합니다.`))
      .optional(),
    buyer_name: optText(100),
    buyer_email: optText(200),
    buyer_tel: optText(40),
    buyer_addr: optText(400),
    buyer_postcode: optText(20),
    // PortOne stores custom_data as a string; an object is accepted and kept as its JSON.
    custom_data: z.union([z.string().max(10_000), z.record(z.string(), z.unknown()).transform((o) => JSON.stringify(o))]).optional(),
    notice_url: optText(2000),
  })
  .superRefine(chargeRules);
export type ScheduleItem = z.infer<typeof ScheduleItem>;

export const ScheduleBody = z.object({
  customer_uid: reqString('customer_uid').min(1, 'customer_uid 는 필수입니다.').max(80, 'customer_uid 는 80자 이하여야 합니다.'),
  schedules: z
    .array(ScheduleItem, { error: (iss) => (iss.input === undefined ? 'schedules 는 필수입니다.' : 'schedules 는 배열이어야 합니다.') })
    .min(1, 'schedules 는 1건 이상이어야 합니다.')
    .max(MAX_SCHEDULES_PER_REQUEST, `schedules 는 한 번에 ${MAX_SCHEDULES_PER_REQUEST}건 이하여야 합니다.`),
  // Card fields only matter when the key does not exist yet (key-only issuance, §4.3).
  ...IssueBody.partial().shape,
  checking_amount: integer('checking_amount').optional(),
  customer_id: optText(100),
});
export type ScheduleBody = z.infer<typeof ScheduleBody>;

export const ScheduleAtBody = z.object({ schedule_at: unixSeconds('schedule_at') });

const StatusFilter = z.enum(['scheduled', 'executed', 'revoked'], 'schedule status 는 scheduled, executed, revoked 중 하나여야 합니다.');
const page = integer('page').pipe(z.number().min(1, 'page 는 1 이상이어야 합니다.'));

/** `/subscribe/payments/schedule/customers/{uid}` and `/subscribe/customers/{uid}/schedules`: the filter is spelled with a hyphen. */
export const CustomerScheduleQuery = z.object({
  from: unixSeconds('from'),
  to: unixSeconds('to'),
  page: page.optional(),
  'schedule-status': StatusFilter.optional(),
});

/** `GET /subscribe/payments/schedule`: the filter is spelled with an underscore. */
export const ScheduleListQuery = z.object({
  schedule_from: unixSeconds('schedule_from'),
  schedule_to: unixSeconds('schedule_to'),
  schedule_status: StatusFilter.optional(),
  page: page.optional(),
  limit: integer('limit').pipe(z.number().min(1, 'limit 는 1 이상이어야 합니다.').max(1000, 'limit 는 1000 이하여야 합니다.')).optional(),
  sorting: z.enum(['scheduled', '-scheduled'], 'sorting 은 scheduled 또는 -scheduled 여야 합니다.').optional(),
});

/** `merchant_uid` may come as one string, an array, or `merchant_uid[]` (form bodies). */
export const UnscheduleBody = z.object({
  customer_uid: z.string().max(80).optional(),
  merchant_uid: z.union([MerchantUid.transform((v) => [v]), z.array(MerchantUid).max(MAX_SCHEDULES_PER_REQUEST)]).optional(),
});
