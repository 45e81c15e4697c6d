const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

/**
 * Text cut to `max` UTF-16 units on a character boundary: never inside a surrogate pair or a
 * combined character (an emoji with its modifier, a decomposed Hangul syllable), so nothing
 * half-drawn is sent.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out.trimEnd();
}
