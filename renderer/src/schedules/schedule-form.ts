import type { RepeatInput, ScheduleInput } from '../../../contract/schedules';
import { ORDER_NAME_MAX_LENGTH } from '../../../domain/order-name';
import { planOccurrences, type DatesProblem, type Occurrence } from '../../../domain/schedule-dates';
import { wonOf } from '../charge/form';

/** The "schedule charges" form as typed; pure, so the preview and the request come from one place. */
export interface ScheduleForm {
  start: string;
  time: string;
  repeat: 'once' | 'monthly' | 'weekly';
  dayOfMonth: string;
  endBy: 'times' | 'until';
  times: string;
  until: string;
  amount: string;
  taxFree: string;
  orderName: string;
}

/** Every problem planOccurrences can name, as a message key. */
const DATE_ERRORS = [
  'err.start.invalid',
  'err.start.past',
  'err.time.invalid',
  'err.times.invalid',
  'err.times.too_many',
  'err.until.invalid',
  'err.until.too_many',
  'err.until.none',
  'err.dayOfMonth.invalid',
] as const;
type DateErrorKey = (typeof DATE_ERRORS)[number];
export type FormErrorKey = 'err.amount' | 'err.taxFree' | 'err.orderName' | DateErrorKey;

function dateErrorKey(e: DatesProblem): DateErrorKey {
  const key = `err.${e.field}.${e.problem}`;
  return DATE_ERRORS.find((k) => k === key) ?? 'err.start.invalid';
}

export const emptyScheduleForm = (): ScheduleForm => ({
  start: '',
  time: '10:00',
  repeat: 'monthly',
  dayOfMonth: '',
  endBy: 'times',
  times: '3',
  until: '',
  amount: '',
  taxFree: '',
  orderName: '',
});

function repeatOf(f: ScheduleForm): RepeatInput {
  const end = f.endBy === 'times' ? { times: Number(f.times) } : { until: f.until };
  if (f.repeat === 'once') return { kind: 'once' };
  if (f.repeat === 'weekly') return { kind: 'weekly', ...end };
  return { kind: 'monthly', dayOfMonth: Number(f.dayOfMonth || f.start.slice(8, 10)), ...end };
}

/** Dates to preview, the errors per field, and the request once everything is valid. */
export function validateSchedule(
  f: ScheduleForm,
  now: number,
): { dates: Occurrence[]; errors: Partial<Record<keyof ScheduleForm, FormErrorKey>>; request: Omit<ScheduleInput, 'customerUid'> | null } {
  const errors: Partial<Record<keyof ScheduleForm, FormErrorKey>> = {};
  const amount = wonOf(f.amount);
  const taxFree = wonOf(f.taxFree);
  if (!(amount >= 1)) errors.amount = 'err.amount';
  if (taxFree > amount) errors.taxFree = 'err.taxFree';
  const orderName = f.orderName.trim();
  if (orderName.length < 1 || orderName.length > ORDER_NAME_MAX_LENGTH) errors.orderName = 'err.orderName';
  const repeat = repeatOf(f);
  const plan = planOccurrences({ start: f.start, time: f.time, repeat }, now);
  const dates = plan.ok ? plan.dates : [];
  if (!plan.ok) errors[plan.error.field] = dateErrorKey(plan.error);
  const valid = Object.keys(errors).length === 0;
  return { dates, errors, request: valid ? { start: f.start, time: f.time, repeat, amount, taxFree, orderName } : null };
}
