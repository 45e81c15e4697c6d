import type { ErrorInfo } from '../../../contract/result';
import type { Translate } from '../i18n';

/** Plain-language text for an error main returned; the code picks the sentence, the message fills it. */
export function errorText(t: Translate, error: ErrorInfo): string {
  return t(`error.${error.code}`, { message: error.message });
}
