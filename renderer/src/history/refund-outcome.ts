import type { RefundResult } from '../../../contract/refunds';
import type { Lang } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { makeTranslator } from '../i18n';
import { eventText } from './event-text';
import { paymentsMessages } from './messages';

export interface RefundOutcomeText {
  text: string;
  kind: 'ok' | 'bad' | 'warn';
}

/**
 * What the cashier is told of a refund's answer (a payment's refund, a sale's line refund): the
 * amount given back, "being checked", the balance that differed, or why it was not refunded.
 */
export function refundOutcomeText(result: Pick<RefundResult, 'outcome' | 'note' | 'reason' | 'mismatch'>, amount: number, lang: Lang): RefundOutcomeText {
  const m = makeTranslator(paymentsMessages, lang);
  switch (result.outcome) {
    case 'refunded':
      return { text: m('refunded', { amount: formatKrw(amount) }), kind: 'ok' };
    case 'unknown':
      return { text: m('refundChecking'), kind: 'warn' };
    case 'mismatch':
      return { text: m('mismatch', { believed: formatKrw(result.mismatch?.believed ?? 0), actual: formatKrw(result.mismatch?.actual ?? 0) }), kind: 'warn' };
    case 'refused':
      // The refusal's note says it in the cashier's language (PortOne's own message kept as sent).
      return { text: result.note ? eventText({ note: result.note, detail: '', stale: false }, lang) : m('refundRefused', { reason: result.reason ?? '' }), kind: 'bad' };
  }
}
