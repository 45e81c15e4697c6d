import type { ErrorInfo } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import { errorText } from '../app/errors';
import type { Translate } from '../i18n';
import { printerReasonMessages } from './messages';

type PrinterReasonKey = keyof (typeof printerReasonMessages)['ko'];
const isPrinterReason = (reason: string): reason is PrinterReasonKey => reason in printerReasonMessages.ko;

/** The printer's own sentence for its reasons (what to do at the printer); anything else as the app says it. */
export function printerErrorText(lang: Lang, t: Translate, error: ErrorInfo): string {
  return isPrinterReason(error.reason) ? printerReasonMessages[lang][error.reason] : errorText(t, error);
}
