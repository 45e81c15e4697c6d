/**
 * Phone numbers as PortOne takes them: one home for the rule, used by the contract's schemas,
 * main's own checks and the renderer's forms, so the three cannot drift apart. (Text limits:
 * order-name.ts and buyer-fields.ts.)
 */

/** A Korean phone number, hyphens optional: `010-1234-5678`, `02-123-4567`. */
export const PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;

export const isPhone = (text: string): boolean => PHONE_PATTERN.test(text);
