import type { Lang } from '../../../contract/schemas';
import { en } from './en';
import { ko, type MessageKey } from './ko';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { ko, en };

/** `{name}` placeholders are filled from params; a missing param stays visible rather than vanishing. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const makeTranslate =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);
