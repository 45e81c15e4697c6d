import { initialsOf, isInitialsQuery } from '../../domain/hangul';

/** Lower case, NFC, no spaces: how names and queries are compared. */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The keys a product is found by with a prefix query: its whole name and each word, as written
 * and as 초성 (`아이스 아메리카노` → `아이스아메리카노`, `아메리카노`, `ㅇㅇㅅㅇㅁㄹㅋㄴ`, `ㅇㅁㄹㅋㄴ`, …).
 */
export function termsOf(name: string): string[] {
  const words = name.normalize('NFC').split(/\s+/).filter((w) => w.length > 0);
  const terms = new Set<string>([searchKey(name), initialsOf(name)]);
  for (const word of words) {
    terms.add(searchKey(word));
    terms.add(initialsOf(word));
  }
  terms.delete('');
  return [...terms];
}

/** The key a query is looked up by: 초성 typed as 초성, anything else as written. */
export function queryKey(query: string): string {
  return isInitialsQuery(query) ? initialsOf(query) : searchKey(query);
}
