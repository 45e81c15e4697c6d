import type { Lang, PaymentView } from '../../../contract/schemas';
import { makeTranslator } from '../i18n';
import { resultMessages } from './messages';

/** Reasons main words itself (its failReason is English); the others carry PortOne's own message. */
export const OWN_REASON_CODES = ['credentials', 'not_sent', 'not_charged', 'no_billing_key', 'test_payment', 'tampered', 'mismatch'] as const;

/** The sentence for one of main's own reason codes; null for PortOne's (and for no code). */
export function ownReasonText(reasonCode: string | null | undefined, lang: Lang): string | null {
  const own = OWN_REASON_CODES.find((code) => code === reasonCode);
  return own ? makeTranslator(resultMessages, lang)(`result.own.${own}`) : null;
}

/** Why a payment is not paid, in the cashier's language for main's reasons and as PortOne sent it otherwise. */
export function failReasonText(payment: Pick<PaymentView, 'failReason' | 'reasonCode'>, lang: Lang): string | null {
  return ownReasonText(payment.reasonCode, lang) ?? payment.failReason;
}
