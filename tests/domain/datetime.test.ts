import { describe, expect, it } from 'vitest';
import { dateTimeText, shopDate, shopStamp, timeText } from '../../domain/datetime';

// 2026-12-04 11:32:05 UTC = 20:32:05 in Korea; 2026-12-04 15:30 UTC is already the 5th there.
const AT = Date.UTC(2026, 11, 4, 11, 32, 5);
const LATE = Date.UTC(2026, 11, 4, 15, 30, 0);

describe('dates and times in the shop\'s zone and the UI\'s language', () => {
  it('writes 24-hour Korean time in either language, never AM/PM', () => {
    expect(dateTimeText(AT, 'ko')).toBe('2026. 12. 04. 20:32');
    expect(dateTimeText(AT, 'en')).toBe('04/12/2026, 20:32');
    expect(dateTimeText(AT, 'ko', true)).toContain('20:32:05');
    expect(timeText(AT, 'en')).toBe('20:32:05');
    for (const text of [dateTimeText(AT, 'en'), dateTimeText(AT, 'ko'), timeText(AT, 'ko')]) expect(text).not.toMatch(/AM|PM|오전|오후/);
  });

  it('takes the calendar date from Korea, not from the machine: past 15:00 UTC it is the next day', () => {
    expect(shopDate(LATE)).toBe('2026-12-05');
    expect(shopStamp(LATE)).toBe('2026-12-05 00:30:00');
    expect(shopStamp(AT)).toBe('2026-12-04 20:32:05');
  });
});
