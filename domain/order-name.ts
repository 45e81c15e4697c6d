import { cutText } from './text-cut';

/**
 * The order name PortOne keeps for a payment (`name`): at most 40 characters (OAS maxLength;
 * the sandbox refuses longer names rather than cutting them). Counted in UTF-16 units, as
 * `String.length` and zod's `.max` count: an emoji counts 2, so a name within this limit is within
 * it whichever way PortOne counts.
 */
export const ORDER_NAME_MAX_LENGTH = 40;

/** An order name derived from something longer, cut on a character boundary. */
export const cutOrderName = (name: string): string => cutText(name, ORDER_NAME_MAX_LENGTH);

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

/**
 * The PortOne `name` of a sale: the first line's name, plus ` 외 N건` for the other lines
 * (`아메리카노 외 2건`), at most 40 characters. A long first name is shortened with `…` on a
 * grapheme boundary, so no syllable or emoji is ever cut in half.
 */
export function orderNameOf(names: readonly string[], max: number = ORDER_NAME_MAX_LENGTH): string {
  const first = (names[0] ?? '').trim();
  const suffix = names.length > 1 ? ` 외 ${names.length - 1}건` : '';
  if (first.length + suffix.length <= max) return first + suffix;
  const room = max - suffix.length - 1;
  let cut = '';
  for (const { segment } of graphemes.segment(first)) {
    if (cut.length + segment.length > room) break;
    cut += segment;
  }
  return `${cut.trimEnd()}…${suffix}`;
}
