/** Card number rules shared by the keyed-charge form (renderer) and the charge service (main). */

export const digitsOnly = (value: string): string => value.replace(/\D/g, '');

/** Luhn (mod 10) check over the digits of `value`. */
export function luhnValid(value: string): boolean {
  const digits = digitsOnly(value);
  if (digits.length < 14 || digits.length > 16) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Groups of four as the cashier types (`1234 5678 9012 3456`); at most 16 digits are kept. */
export function formatCardInput(value: string): string {
  return digitsOnly(value)
    .slice(0, 16)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Nothing more can be typed into the number: 16 digits, or an American Express number's 15
 * (34/37) once it checks out. The form moves on to the expiry then.
 */
export function cardNumberComplete(value: string): boolean {
  const digits = digitsOnly(value);
  return digits.length === 16 || (digits.length === 15 && /^3[47]/.test(digits) && luhnValid(digits));
}

/** PortOne's documented format `dddd-dddd-dddd-dddd` (shorter numbers end with a shorter group). */
export function toPortOneCardNumber(value: string): string {
  return digitsOnly(value).replace(/(\d{4})(?=\d)/g, '$1-');
}

/**
 * At most the first 6 and last 4 digits, the rest starred: `1234-56**-****-7890`.
 * Accepts a full number or one PortOne already masked (its stars/zeros are kept as stars).
 */
export function maskCardNumber(value: string): string {
  const chars = value.replace(/[^\d*]/g, '');
  if (chars.length < 10) return '*'.repeat(chars.length);
  const masked = chars
    .split('')
    .map((c, i) => (i < 6 || i >= chars.length - 4 ? c : '*'))
    .join('');
  return masked.replace(/(.{4})(?=.)/g, '$1-');
}

/** Last four digits (for search and for "card ending in …" text); null when not known. */
export function lastFour(masked: string | null): string | null {
  if (masked === null) return null;
  const digits = masked.replace(/[^\d*]/g, '').slice(-4);
  return /^\d{4}$/.test(digits) ? digits : null;
}
