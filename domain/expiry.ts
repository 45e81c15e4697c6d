/** Card expiry: typed as MM/YY at the till, sent to PortOne as YYYY-MM. */

export type ExpiryCheck = { ok: true; yyyyMm: string } | { ok: false; reason: 'format' | 'month' | 'expired' };

/** `now` is injected so tests and the form agree on "this month". */
export function parseExpiry(mmYy: string, now: Date): ExpiryCheck {
  const m = /^(\d{2})\s*\/?\s*(\d{2})$/.exec(mmYy.trim());
  if (!m) return { ok: false, reason: 'format' };
  const month = Number(m[1]);
  const year = 2000 + Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: 'month' };
  const yyyyMm = `${year}-${String(month).padStart(2, '0')}`;
  return isExpired(yyyyMm, now) ? { ok: false, reason: 'expired' } : { ok: true, yyyyMm };
}

/** A card is valid through the last day of its expiry month. */
export function isExpired(yyyyMm: string, now: Date): boolean {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number];
  return y * 12 + m < now.getFullYear() * 12 + (now.getMonth() + 1);
}

/** Formats what the cashier types into `MM/YY`. */
/** MM/YY all typed: the form moves on to the next field. */
export const expiryComplete = (value: string): boolean => value.replace(/\D/g, '').length === 4;

export function formatExpiryInput(value: string): string {
  const digits = value.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}
