import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CARD } from '../core/support/sandbox';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Card data in the spellings a leak could take: each number grouped and ungrouped, and the
 * expiry, birth date and password digits the tests type (CARD in tests/core/support).
 */
export function cardDataNeedles(cardNumbers: Iterable<string>): string[] {
  const numbers = [...new Set(cardNumbers)].flatMap((n) => [n, n.replace(/-/g, '')]);
  return [...numbers, CARD.expiry, CARD.birth, '"pwd_2digit"', `pwd_2digit":"${CARD.pwd}`, `"pwd2digit":"${CARD.pwd}"`];
}

/** Every file under `dir` (ledger, its WAL, settings, logs…) that holds one of `needles`: `<needle> in <file>`. */
export function findCardData(dir: string, needles: readonly string[]): { files: string[]; hits: string[] } {
  const files = filesUnder(dir);
  const hits: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle))) hits.push(`${needle} in ${file}`);
  }
  return { files, hits };
}
