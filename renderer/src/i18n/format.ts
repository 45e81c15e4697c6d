import type { Lang } from '../../../contract/schemas';

const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** One date-and-time style for every screen, in the UI's language (not the machine's). */
export const dateTimeText = (at: number, lang: Lang, seconds = false): string =>
  new Date(at).toLocaleString(LOCALE[lang], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
  });

export const timeText = (at: number, lang: Lang): string =>
  new Date(at).toLocaleTimeString(LOCALE[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
