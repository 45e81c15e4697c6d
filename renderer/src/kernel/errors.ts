import { useMemo } from 'react';
import type { ErrorInfo } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import { fill, type Params } from '../i18n';
import { fieldLabels, ruleMessages, type FieldName } from './messages';
import { reasonMessages } from './reason-messages';
import { useApp } from './store';

const NUMBER = new Intl.NumberFormat('en-US');

/**
 * The cashier's sentence for an error main returned: picked by `reason` from the feature
 * dictionaries and filled from `params`; a reason the renderer does not know falls back to its
 * code's generic sentence. Main's English `message` is never shown.
 */
export function errorText(error: ErrorInfo, lang: Lang): string {
  const table: Record<string, string> = reasonMessages[lang];
  const sentence = table[error.reason] ?? table[`generic.${error.code}`] ?? reasonMessages[lang]['generic.internal'];
  return fill(sentence, paramsFor(error, lang));
}

/** `errorText` in the language the till shows now. */
export function useErrorText(): (error: ErrorInfo) => string {
  const lang = useApp((s) => s.lang);
  return useMemo(() => (error: ErrorInfo) => errorText(error, lang), [lang]);
}

/** Numbers grouped (₩50,000); a router field error gets the field's name and the rule in words. */
function paramsFor(error: ErrorInfo, lang: Lang): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(error.params ?? {})) params[key] = typeof value === 'number' ? NUMBER.format(value) : value;
  if (error.reason === 'ipc.invalid_input') {
    params.field = fieldLabel(String(error.params?.field ?? 'request'), lang);
    const rule = String(error.params?.rule ?? 'invalid');
    params.rule = fill((ruleMessages[lang] as Record<string, string>)[rule] ?? ruleMessages[lang].invalid, params);
  }
  return params;
}

/** `saveCard.name` → the label of `name`; a path the table lacks shows as is rather than vanishing. */
export function fieldLabel(path: string, lang: Lang): string {
  const name = path.split('.').filter((segment) => !/^\d+$/.test(segment)).pop() ?? path;
  return (fieldLabels[lang] as Record<string, string | undefined>)[name as FieldName] ?? path;
}
