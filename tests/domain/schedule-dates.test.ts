import { describe, expect, it } from 'vitest';
import { MAX_OCCURRENCES, planOccurrences } from '../../domain/schedule-dates';

const NOW = Date.UTC(2026, 0, 10, 0, 0); // 2026-01-10 09:00 KST
const dates = (r: ReturnType<typeof planOccurrences>) => (r.ok ? r.dates.map((d) => `${d.date}${d.moved ? '*' : ''}`) : r.error);

describe('schedule dates (KST)', () => {
  it('monthly on day 31 falls on the last day of shorter months, marked moved, and returns to 31', () => {
    const r = planOccurrences({ start: '2026-01-10', time: '10:00', repeat: { kind: 'monthly', dayOfMonth: 31, times: 5 } }, NOW);
    expect(dates(r)).toEqual(['2026-01-31', '2026-02-28*', '2026-03-31', '2026-04-30*', '2026-05-31']);
    expect(r.ok && r.dates[0]?.at).toBe(Date.UTC(2026, 0, 31, 1, 0));
  });

  it('leap February; a start after day N begins next month', () => {
    const r = planOccurrences({ start: '2028-01-31', time: '09:30', repeat: { kind: 'monthly', dayOfMonth: 30, times: 2 } }, NOW);
    expect(dates(r)).toEqual(['2028-02-29*', '2028-03-30']);
  });

  it('weekly until a date (inclusive), once, and until in the middle of a monthly run', () => {
    expect(dates(planOccurrences({ start: '2026-01-12', time: '08:00', repeat: { kind: 'weekly', until: '2026-02-02' } }, NOW))).toEqual([
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
    ]);
    expect(dates(planOccurrences({ start: '2026-03-01', time: '08:00', repeat: { kind: 'once' } }, NOW))).toEqual(['2026-03-01']);
    expect(dates(planOccurrences({ start: '2026-01-10', time: '23:00', repeat: { kind: 'monthly', dayOfMonth: 15, until: '2026-03-14' } }, NOW))).toEqual([
      '2026-01-15',
      '2026-02-15',
    ]);
  });

  it('names the problem: bad date or time, the past, no end, too many, nothing in range', () => {
    const p = (start: string, time: string, repeat: Parameters<typeof planOccurrences>[0]['repeat']) => planOccurrences({ start, time, repeat }, NOW);
    expect(dates(p('2026-02-30', '10:00', { kind: 'once' }))).toEqual({ field: 'start', problem: 'invalid' });
    expect(dates(p('2026-02-01', '24:00', { kind: 'once' }))).toEqual({ field: 'time', problem: 'invalid' });
    expect(dates(p('2026-01-10', '08:59', { kind: 'once' }))).toEqual({ field: 'start', problem: 'past' });
    expect(dates(p('2026-02-01', '10:00', { kind: 'weekly' }))).toEqual({ field: 'times', problem: 'invalid' });
    expect(dates(p('2026-02-01', '10:00', { kind: 'weekly', times: MAX_OCCURRENCES + 1 }))).toEqual({ field: 'times', problem: 'too_many' });
    expect(dates(p('2026-02-01', '10:00', { kind: 'weekly', until: '2030-01-01' }))).toEqual({ field: 'until', problem: 'too_many' });
    expect(dates(p('2026-02-01', '10:00', { kind: 'monthly', dayOfMonth: 5, until: '2026-02-03' }))).toEqual({ field: 'until', problem: 'none' });
    expect(dates(p('2026-02-01', '10:00', { kind: 'monthly', dayOfMonth: 32, times: 2 }))).toEqual({ field: 'dayOfMonth', problem: 'invalid' });
    expect(planOccurrences({ start: '2026-02-01', time: '10:00', repeat: { kind: 'weekly', times: MAX_OCCURRENCES } }, NOW).ok).toBe(true);
  });
});
