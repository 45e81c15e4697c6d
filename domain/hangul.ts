/**
 * 초성 (initial consonant) search. A precomposed syllable U+AC00 + (initial·21 + medial)·28 + final
 * has its initial at (code − 0xAC00) / 588; the 19 initials map to the compatibility jamo a
 * keyboard types (ㄱ U+3131 …), so `ㅇㅁㄹㅋ` finds 아메리카노.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const PER_INITIAL = 21 * 28;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Each syllable replaced by its initial; everything else lower-cased and kept, spaces dropped. */
export function initialsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) out += INITIALS[Math.floor((code - SYLLABLE_FIRST) / PER_INITIAL)];
    else if (!/\s/.test(ch)) out += ch.toLowerCase();
  }
  return out;
}

/** A query typed as initials only (ㄱ–ㅎ), e.g. `ㅇㅁㄹ`; spaces allowed. */
export function isInitialsQuery(query: string): boolean {
  return /^[\u3131-\u314e\s]*[\u3131-\u314e][\u3131-\u314e\s]*$/.test(query);
}

/** The name's initials start with the query's (spaces ignored on both sides). */
export function matchesInitials(name: string, query: string): boolean {
  return initialsOf(name).startsWith(initialsOf(query));
}
