import type { ErrorInfo } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import { errorText } from '../app/errors';
import { fill, type Translate } from '../i18n';
import { scheduleReasonMessages } from './messages';

/** The sentence for a schedule error: its own reason's text when it has one, else the app's. */
export function scheduleErrorText(lang: Lang, t: Translate, error: ErrorInfo): string {
  const own = (scheduleReasonMessages[lang] as Record<string, string>)[error.reason];
  return own === undefined ? errorText(t, error) : fill(own, error.params);
}
