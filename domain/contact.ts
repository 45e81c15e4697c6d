/**
 * Names and phone numbers as PortOne takes them: one home for the rule, used by the contract's
 * schemas, main's own checks and the renderer's forms, so the three cannot drift apart.
 */

/** PortOne's limit for `name`, `buyer_name` and the other short texts (portone-v1.md). */
export const NAME_MAX = 40;

/** A Korean phone number, hyphens optional: `010-1234-5678`, `02-123-4567`. */
export const PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;

export const isPhone = (text: string): boolean => PHONE_PATTERN.test(text);

/** Longer than a name PortOne accepts (after trimming, as the contract trims). */
export const nameTooLong = (text: string): boolean => text.trim().length > NAME_MAX;
