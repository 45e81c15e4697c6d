import { useMemo } from 'react';
import { useApp } from '../app/store';
import { makeTranslate, type Translate } from './index';

export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => makeTranslate(lang), [lang]);
}
