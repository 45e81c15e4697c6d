import { z } from 'zod';
import { defineReasons } from './result';
import { CustomerUid } from './customers';
import { Krw, ManagerApproval, MerchantUid, OrderName } from './schemas';

/**
 * Scheduled payments (예약결제) on a card on file: PortOne runs each `again` at its time; the till
 * learns the results by polling (no webhooks reach a desktop POS).
 */

export const scheduleReasons = defineReasons('schedules', [
  'invalid_dates',
  'customer_not_chargeable',
  'not_scheduled',
  'not_failed',
  'portone_refused',
  'unreachable',
  'time_in_past',
  'tax_free_exceeds',
  'schedule_not_found',
]);

const YMD = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD');
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time: HH:MM');

export const RepeatInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once') }),
  z.strictObject({
    kind: z.literal('monthly'),
    dayOfMonth: z.number().int().min(1, 'day of month: 1–31').max(31, 'day of month: 1–31'),
    times: z.number().int().min(1).max(60).optional(),
    until: YMD.optional(),
  }),
  z.strictObject({ kind: z.literal('weekly'), times: z.number().int().min(1).max(60).optional(), until: YMD.optional() }),
]);
export type RepeatInput = z.infer<typeof RepeatInput>;

export const ScheduleInput = z.strictObject({
  customerUid: CustomerUid,
  start: YMD,
  time: HHMM,
  repeat: RepeatInput,
  amount: Krw.min(1, 'amount must be at least ₩1'),
  taxFree: Krw,
  /** PortOne limits a schedule's name like any payment's (domain/order-name.ts). */
  orderName: OrderName,
});
export type ScheduleInput = z.infer<typeof ScheduleInput>;

/**
 * `planned`: written here, not yet at PortOne (beyond its window, sent as time passes);
 * `sending`: the request is out, no answer yet (looked up, never sent again);
 * `scheduled`: PortOne holds it; `paid` / `failed`: it ran; `revoked`: cancelled before it ran;
 * `refused`: PortOne refused to schedule it; `stopped`: a failed one the cashier gave up on.
 */
export const ScheduleState = z.enum(['planned', 'sending', 'scheduled', 'paid', 'failed', 'revoked', 'refused', 'stopped']);
export type ScheduleState = z.infer<typeof ScheduleState>;

export const ScheduleView = z.object({
  merchantUid: MerchantUid,
  planId: z.string(),
  customerUid: CustomerUid,
  customerName: z.string(),
  /** Unix ms. */
  scheduleAt: z.number().int(),
  /** The day was moved to the month's last day (domain/schedule-dates.ts). */
  moved: z.boolean(),
  amount: Krw,
  taxFree: Krw,
  orderName: z.string(),
  state: ScheduleState,
  failReason: z.string().nullable(),
  impUid: z.string().nullable(),
  /** Unix ms; null until it ran. */
  executedAt: z.number().int().nullable(),
});
export type ScheduleView = z.infer<typeof ScheduleView>;

export const PollView = z.object({
  /** Unix ms of the last look at PortOne that got through; null before the first. */
  lastPollAt: z.number().int().nullable(),
  failed: z.array(ScheduleView),
});
export type PollView = z.infer<typeof PollView>;

const One = z.strictObject({ merchantUid: MerchantUid });
const NewTime = z.strictObject({ merchantUid: MerchantUid, date: YMD, time: HHMM });

export const schedulesContract = {
  scheduleCharges: { channel: 'schedules:create', request: ScheduleInput, response: z.array(ScheduleView) },
  customerSchedules: { channel: 'schedules:list', request: z.strictObject({ customerUid: CustomerUid }), response: z.array(ScheduleView) },
  /** Failed schedules waiting for the cashier, and when PortOne was last asked. */
  failedSchedules: { channel: 'schedules:failed', request: z.strictObject({}).optional(), response: PollView },
  cancelSchedule: {
    channel: 'schedules:cancel',
    request: z.strictObject({ merchantUid: MerchantUid, approval: ManagerApproval.optional() }),
    response: ScheduleView,
  },
  cancelCustomerSchedules: {
    channel: 'schedules:cancel-all',
    request: z.strictObject({ customerUid: CustomerUid, approval: ManagerApproval.optional() }),
    response: z.array(ScheduleView),
  },
  changeScheduleTime: {
    channel: 'schedules:change-time',
    request: NewTime,
    response: ScheduleView,
  },
  retrySchedule: { channel: 'schedules:retry', request: One, response: ScheduleView },
  rescheduleFailed: {
    channel: 'schedules:reschedule',
    request: NewTime,
    response: ScheduleView,
  },
  stopSchedule: { channel: 'schedules:stop', request: One, response: ScheduleView },
  pollSchedules: { channel: 'schedules:poll', request: z.strictObject({}).optional(), response: PollView },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;
