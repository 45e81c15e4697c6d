import type { Lang } from '../contract/schemas';

/**
 * Dates and times as the shop reads them: in the UI's language (never the machine's locale) and
 * in the shop's zone (Korea), 24-hour, on every screen, receipt, report and export.
 */

export const SHOP_TIME_ZONE = 'Asia/Seoul';
const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** e.g. ko "2026. 12. 04. 20:32", en "04/12/2026, 20:32". */
export const dateTimeText = (at: number, lang: Lang, seconds = false): string =>
  new Date(at).toLocaleString(LOCALE[lang], {
    timeZone: SHOP_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });

export const timeText = (at: number, lang: Lang): string =>
  new Date(at).toLocaleTimeString(LOCALE[lang], { timeZone: SHOP_TIME_ZONE, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The shop's calendar date of an instant, `YYYY-MM-DD`. */
export function shopDate(at: number): string {
  return new Date(at).toLocaleDateString('en-CA', { timeZone: SHOP_TIME_ZONE });
}

/** `YYYY-MM-DD HH:mm:ss` in the shop's zone: for CSV columns a spreadsheet sorts and reads as local time. */
export function shopStamp(at: number): string {
  const time = new Date(at).toLocaleTimeString('en-GB', { timeZone: SHOP_TIME_ZONE, hourCycle: 'h23' });
  return `${shopDate(at)} ${time}`;
}

/** Midnight in Korea of a `YYYY-MM-DD` calendar date (ms), or undefined when it is no real date. */
export function shopDayStart(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const at = Date.parse(`${date}T00:00:00+09:00`);
  return Number.isNaN(at) || shopDate(at) !== date ? undefined : at;
}
