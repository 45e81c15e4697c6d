import type { Lang } from '../../../contract/schemas';

export const dateText = (at: number, lang: Lang): string =>
  new Date(at).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
