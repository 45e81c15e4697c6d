import type { ErrorInfo } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import { errorText } from '../app/errors';
import { catalogReasonMessages } from '../catalog/messages';
import { fill, type Translate } from '../i18n';
import { salesReasonMessages } from './messages';

const dictionaries = [salesReasonMessages, catalogReasonMessages] as const;

/** The cashier's sentence for a sales or catalog refusal, picked by its reason; other errors as before. */
export function reasonText(t: Translate, lang: Lang, error: ErrorInfo): string {
  for (const messages of dictionaries) {
    const sentence = (messages[lang] as Record<string, string>)[error.reason];
    if (sentence !== undefined) return fill(sentence, error.params);
  }
  return errorText(t, error);
}
