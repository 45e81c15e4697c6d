/**
 * The dates of a schedule of charges (예약결제), in Korean time (UTC+9, no daylight saving).
 * Pure: the customers screen previews them and main schedules exactly these.
 *
 * Month-end rule: a monthly charge on day N falls on the last day of a month that has fewer than
 * N days (day 31 → 30 April, 28 or 29 February) and is marked `moved`; the next month is on day
 * N again. Cashiers expect "the 31st" to mean "the end of the month", never the 1st of the next.
 */

export const KST_OFFSET_MS = 9 * 3600_000;
/** Longest plan the till takes at once (five years monthly). */
export const MAX_OCCURRENCES = 60;

export type RepeatRule =
  | { kind: 'once' }
  | { kind: 'monthly'; dayOfMonth: number; times?: number | undefined; until?: string | undefined }
  | { kind: 'weekly'; times?: number | undefined; until?: string | undefined };

export interface PlanDates {
  /** First possible date, `YYYY-MM-DD` (KST). Monthly: the first day N on or after it. */
  start: string;
  /** `HH:MM` (KST). */
  time: string;
  repeat: RepeatRule;
}

export interface Occurrence {
  date: string;
  /** Unix ms. */
  at: number;
  /** The day was moved to the month's last day (see the month-end rule). */
  moved: boolean;
}

export type DatesProblem = { field: 'start' | 'time' | 'until' | 'times' | 'dayOfMonth'; problem: 'invalid' | 'past' | 'too_many' | 'none' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseDate(s: string): { y: number; m: number; d: number } | null {
  const r = DATE.exec(s);
  if (!r) return null;
  const [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return { y, m, d };
}

/** Days in month `m` (1–12) of year `y`. */
export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const fmt = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** `YYYY-MM-DD` of a Unix-ms instant in Korean time. */
export function kstDate(ms: number): string {
  const t = new Date(ms + KST_OFFSET_MS);
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function instant(y: number, m: number, d: number, hh: number, mm: number): number {
  return Date.UTC(y, m - 1, d, hh, mm) - KST_OFFSET_MS;
}

/**
 * Every date of the plan, or the first problem with it. `now` (Unix ms) rules out dates that are
 * not in the future.
 */
export function planOccurrences(plan: PlanDates, now: number): { ok: true; dates: Occurrence[] } | { ok: false; error: DatesProblem } {
  const start = parseDate(plan.start);
  if (!start) return { ok: false, error: { field: 'start', problem: 'invalid' } };
  const t = TIME.exec(plan.time);
  if (!t) return { ok: false, error: { field: 'time', problem: 'invalid' } };
  const [hh, mm] = [Number(t[1]), Number(t[2])];
  const rule = plan.repeat;
  let until: number | null = null;
  if (rule.kind !== 'once') {
    if (rule.until !== undefined) {
      const u = parseDate(rule.until);
      if (!u) return { ok: false, error: { field: 'until', problem: 'invalid' } };
      until = instant(u.y, u.m, u.d, 23, 59);
    }
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1 || rule.times > MAX_OCCURRENCES))
      return { ok: false, error: { field: 'times', problem: rule.times > MAX_OCCURRENCES ? 'too_many' : 'invalid' } };
    if (rule.times === undefined && until === null) return { ok: false, error: { field: 'times', problem: 'invalid' } };
  }
  const dates: Occurrence[] = [];
  const limit = rule.kind === 'once' ? 1 : (rule.times ?? MAX_OCCURRENCES + 1);
  const push = (y: number, m: number, d: number, moved: boolean): boolean => {
    const at = instant(y, m, d, hh, mm);
    if (until !== null && at > until) return false;
    dates.push({ date: fmt(y, m, d), at, moved });
    return dates.length < limit;
  };
  if (rule.kind === 'monthly') {
    if (!Number.isInteger(rule.dayOfMonth) || rule.dayOfMonth < 1 || rule.dayOfMonth > 31)
      return { ok: false, error: { field: 'dayOfMonth', problem: 'invalid' } };
    let [y, m] = [start.y, start.m];
    // The first month whose (possibly moved) day N is on or after the start date.
    if (Math.min(rule.dayOfMonth, daysIn(y, m)) < start.d) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    for (;;) {
      const d = Math.min(rule.dayOfMonth, daysIn(y, m));
      if (!push(y, m, d, d !== rule.dayOfMonth) || dates.length > MAX_OCCURRENCES) break;
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
  } else if (rule.kind === 'weekly') {
    for (let i = 0; ; i++) {
      const day = new Date(Date.UTC(start.y, start.m - 1, start.d + 7 * i));
      if (!push(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), false) || dates.length > MAX_OCCURRENCES) break;
    }
  } else {
    push(start.y, start.m, start.d, false);
  }
  if (dates.length > MAX_OCCURRENCES) return { ok: false, error: { field: 'until', problem: 'too_many' } };
  if (dates.length === 0) return { ok: false, error: { field: 'until', problem: 'none' } };
  if ((dates[0]?.at ?? 0) <= now) return { ok: false, error: { field: 'start', problem: 'past' } };
  return { ok: true, dates };
}
