import type { Lang, PaymentEvent } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { makeTranslator, type Params } from '../i18n';
import { resultMessages } from '../result/messages';
import { eventNoteMessages, paymentsMessages } from './messages';

type Note = NonNullable<PaymentEvent['note']>;

/** A note's values as its sentence shows them: won formatted, enumerated values in the cashier's words, text as typed. */
function paramsText(note: Note, lang: Lang): Params {
  const n = makeTranslator(eventNoteMessages, lang);
  const values: Readonly<Record<string, string | number | null>> = note.params;
  const text: Params = {};
  // Every number a note carries is won (contract/schemas EventNote).
  for (const [name, value] of Object.entries(values)) if (value !== null) text[name] = typeof value === 'number' ? formatKrw(value) : value;
  const p = note.params;
  if ('kind' in p) text.kind = makeTranslator(paymentsMessages, lang)(`method.${p.kind}`);
  if ('payMethod' in p) text.payMethod = makeTranslator(resultMessages, lang)(`result.method.${p.payMethod}`);
  if ('rejection' in p) text.rejection = n(`rejection.${p.rejection}`);
  if ('status' in p) text.status = n(`portone.${p.status}`);
  return text;
}

/** What a ledger event says, in the cashier's language; an event written before notes existed shows its stored detail. */
export function eventText(event: Pick<PaymentEvent, 'note' | 'detail' | 'stale'>, lang: Lang): string {
  const { note } = event;
  if (note === null) return event.detail;
  if (note.code === 'request_sent') return '';
  const n = makeTranslator(eventNoteMessages, lang);
  const text = n(`note.${note.code}`, paramsText(note, lang));
  return event.stale ? n('stale', { text }) : text;
}
