import { useMemo } from 'react';
import { useApp } from '../kernel/store';
import { makeTranslate, makeTranslator, type Messages, type Params, type Translate } from './index';

/** The app-wide messages (i18n/ko.ts, i18n/en.ts). */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => makeTranslate(lang), [lang]);
}

/**
 * A feature's own messages (e.g. `customers/messages.ts`), so each screen keeps its texts beside
 * its code instead of every feature editing the shared dictionaries.
 */
export function useMessages<K extends string>(messages: Messages<K>): (key: K, params?: Params) => string {
  const lang = useApp((s) => s.lang);
  return useMemo(() => makeTranslator(messages, lang), [messages, lang]);
}
