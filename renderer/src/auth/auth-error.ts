import type { ErrorInfo } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import { makeTranslator } from '../i18n';
import { authMessages } from './messages';

/**
 * Main's sign-in and approval refusals (main/auth/access-service.ts) in the cashier's language;
 * any other error is returned as it is.
 */
export function localizeAuthError(error: ErrorInfo, lang: Lang): ErrorInfo {
  if (error.code !== 'forbidden') return error;
  const m = makeTranslator(authMessages, lang);
  const text = error.message;
  const seconds = /(?:blocked for|Try again in) (\d+) s/.exec(text)?.[1];
  const message = seconds
    ? m('err.blocked', { s: seconds })
    : text.startsWith('Wrong PIN')
      ? m('err.wrongPin')
      : text.startsWith('Unknown cashier')
        ? m('err.unknownCashier')
        : text.includes('may not approve')
          ? m('err.cannotApprove')
          : text.includes("the owner's approval")
            ? m('err.needsOwner')
            : text.includes("a manager's approval")
              ? m('err.needsManager')
              : text.startsWith('The till is locked')
                ? m('err.locked')
                : text.startsWith('Sign in first')
                  ? m('err.signIn')
                  : text;
  return { ...error, message };
}
