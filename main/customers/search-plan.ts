import { digitsOnly } from '../../domain/card-number';

/**
 * How a search box entry is looked up: digits (phone or card last 4) or text (name). Substrings
 * of 3+ characters go to the trigram index; shorter entries match by prefix on a b-tree index.
 */
export type SearchPlan =
  | { kind: 'recent' }
  | { kind: 'digits'; digits: string; last4: string | null; substring: string | null }
  /** `inside`: a 2-character name part (a Korean given name) is too short for trigrams: it is scanned for. */
  | { kind: 'text'; prefix: string; substring: string | null; inside: string | null };

export function searchPlan(query: string): SearchPlan {
  const q = query.trim();
  if (q === '') return { kind: 'recent' };
  if (/^[\d\s-]+$/.test(q)) {
    const digits = digitsOnly(q);
    return { kind: 'digits', digits, last4: digits.length === 4 ? digits : null, substring: digits.length >= 3 ? ftsPhrase(digits) : null };
  }
  const length = [...q].length;
  return { kind: 'text', prefix: q, substring: length >= 3 ? ftsPhrase(q) : null, inside: length === 2 ? q : null };
}

/** One FTS5 phrase: quotes doubled, so whatever was typed is matched literally, never as query syntax. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Upper bound for a prefix range scan: every string starting with `prefix` sorts below it. */
export function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
