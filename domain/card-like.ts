/**
 * The one card-number detector, shared by the log scrubber, the audit log and the contract's free
 * text fields (order name, memo, refund reason, customer name): a card number must be found
 * however it is written, so text is normalised before it is searched.
 */

/** Percent-encoded spellings of the characters people put between digit groups. */
const PERCENT_SEPARATORS: Record<string, string> = { '%20': ' ', '%2d': '-', '%2e': '.', '%2f': '/', '%5f': '_', '%2b': '+', '%c2%a0': ' ' };
const PERCENT = /%c2%a0|%2[0bdef]|%5f/gi;

/**
 * Full-width and other Unicode digits become ASCII (NFKC; the rest via their digit value), NBSP
 * and friends become spaces, and percent-encoded separators are decoded.
 */
export function normalizeForCardSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (d) => (/[0-9]/.test(d) ? d : String(digitValue(d))))
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(PERCENT, (m) => PERCENT_SEPARATORS[m.toLowerCase()] ?? m);
}

/** Unicode decimal digits come in blocks of ten starting at a zero. */
function digitValue(d: string): number {
  const code = d.codePointAt(0) ?? 0;
  for (let zero = code; zero > code - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return code - zero;
  }
  return 0;
}

/**
 * 13–19 digits with up to three separators of any kind between them (spaces, `-`, `.`, `/`,
 * `_`, `+`, dashes), glued to letters or not. `:` and `,` are left out: they make times and
 * amounts, not card numbers.
 */
const CARD_RUN = /(?<!\d)\d(?:[\s\-./_+\u2010-\u2015]{0,3}\d){12,18}(?!\d)/g;

/** True when the text holds something that could be a card number. */
export function hasCardLike(text: string): boolean {
  CARD_RUN.lastIndex = 0;
  return CARD_RUN.test(normalizeForCardSearch(text));
}

/** The normalised text with every card-like run replaced. */
export function redactCardLike(text: string, replacement: string): string {
  return normalizeForCardSearch(text).replace(CARD_RUN, replacement);
}
