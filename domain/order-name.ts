/**
 * The PortOne `name` of a sale: the first line's name, plus ` 외 N건` for the other lines
 * (`아메리카노 외 2건`), at most 40 characters. A long first name is shortened with `…` on a
 * grapheme boundary, so no syllable or emoji is ever cut in half.
 */
export const ORDER_NAME_MAX = 40;

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

export function orderNameOf(names: readonly string[], max: number = ORDER_NAME_MAX): string {
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
