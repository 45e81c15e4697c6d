import type { PaymentView } from '../contract/schemas';

export type WindowMethodKey = 'card' | 'trans' | 'vbank' | 'phone';

/** What names a window payment's company: the card company of a card, the bank of a transfer or of a virtual account. */
export interface WindowMethodFacts {
  method: WindowMethodKey;
  cardName: string | null;
  bank: string | null;
  vbankBank: string | null;
}

/**
 * The company that goes with a payment-window method: the card company of a card, the bank of a
 * transfer or of a virtual account; none for a phone. One rule for history, receipts and the
 * close, so they cannot name the same payment differently.
 */
export function windowCompany(f: WindowMethodFacts): string | null {
  switch (f.method) {
    case 'card':
      return f.cardName || null;
    case 'trans':
      return f.bank || null;
    case 'vbank':
      return f.vbankBank || null;
    case 'phone':
      return null;
  }
}

/** A payment's window method and company; null for the other kinds, and for a window payment written before the method was kept. */
export function windowMethodOf(p: Pick<PaymentView, 'cardName' | 'window'>): { method: WindowMethodKey; company: string | null } | null {
  const w = p.window;
  if (!w) return null;
  return { method: w.method, company: windowCompany({ method: w.method, cardName: p.cardName, bank: w.bank, vbankBank: w.vbank?.bank ?? null }) };
}
