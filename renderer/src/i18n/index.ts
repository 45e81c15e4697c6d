import type { Lang } from '../../../contract/schemas';
import { en } from './en';
import { ko, type MessageKey } from './ko';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A feature's own messages: both languages must have exactly the same keys (the type enforces it). */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

const core: Messages<MessageKey> = { ko, en };

/** `{name}` placeholders are filled from params; a missing param stays visible rather than vanishing. */
export function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function makeTranslator<K extends string>(messages: Messages<K>, lang: Lang): (key: K, params?: Params) => string {
  return (key, params) => fill(messages[lang][key], params);
}

export const translate = (lang: Lang, key: MessageKey, params?: Params): string => fill(core[lang][key], params);

export const makeTranslate = (lang: Lang): Translate => makeTranslator(core, lang);
