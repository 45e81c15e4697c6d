/**
 * Phone numbers as PortOne takes them: one home for the rule, used by the contract's schemas,
 * main's own checks and the renderer's forms, so the three cannot drift apart. (Text limits:
 * order-name.ts and buyer-fields.ts.)
 */

/** A Korean phone number, hyphens optional: `010-1234-5678`, `02-123-4567`. */
export const PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;

export const isPhone = (text: string): boolean => PHONE_PATTERN.test(text);


/**
 * Hyphens put in while typing: `010-1234-5678`, `010-123-4567`, `02-123-4567`, `02-1234-5678`,
 * `031-123-4567`. Seoul's 02 is the one two-digit area code; a number without a leading 0
 * (1588-1234) is grouped 4-4. Anything but digits is dropped.
 */
export function formatPhoneInput(typed: string): string {
  const all = typed.replace(/\D/g, '');
  // At most 010-1234-5678, or 02-1234-5678 in Seoul.
  const digits = all.slice(0, all.startsWith('02') ? 10 : 11);
  if (!digits.startsWith('0')) return digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4, 8)}` : digits;
  const head = digits.startsWith('02') ? 2 : 3;
  const rest = digits.slice(head);
  if (rest.length === 0) return digits;
  // The middle group has 3 digits until the number is long enough for 4 (the last group is always 4).
  const middle = rest.length > 7 ? 4 : 3;
  const parts = [digits.slice(0, head), rest.slice(0, middle), rest.slice(middle)].filter((part) => part !== '');
  return parts.join('-');
}
