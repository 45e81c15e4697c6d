import iconv from 'iconv-lite';

/**
 * Text as a Korean-mode ESC/POS printer can draw it. Korean printers hold the KS X 1001 font
 * (완성형: 2,350 syllables, symbols, hanja) and take EUC-KR pairs A1–FE A1–FE. iconv-lite's
 * `euc-kr` is really CP949: it also yields UHC pairs (똠 → 8C 63) that such a printer draws as
 * garbage, and `?` for what it cannot map at all. So every character is encoded on its own and
 * kept only when it is ASCII or one A1–FE pair; anything else becomes a visible substitute.
 */

/** What a character outside KS X 1001 prints as: □ (KS X 1001 A1 E0), two columns like the Hangul it replaces. */
export const SUBSTITUTE = '□';

/** Look-alikes that KS X 1001 does have, so common marks print as themselves rather than □. */
const LOOK_ALIKES: Record<string, string> = {
  '₩': '￦', // U+20A9 is not in KS X 1001; the fullwidth won sign is (A3 DC)
  '—': '-',
  '–': '-',
  '\u00a0': ' ',
};

const inRow = (byte: number | undefined): boolean => byte !== undefined && byte >= 0xa1 && byte <= 0xfe;
const isPair = (b: Buffer): boolean => b.length === 2 && inRow(b[0]) && inRow(b[1]);

/** The bytes of one character, or null when the printer's font has no such glyph. */
function charBytes(ch: string): Buffer | null {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return Buffer.from([code]);
  if (code < 0x80) return null; // control characters never reach the printer: they are commands there
  const bytes = iconv.encode(ch, 'euc-kr');
  return isPair(bytes) ? bytes : null;
}

const cache = new Map<string, Buffer | null>();
function cachedBytes(ch: string): Buffer | null {
  let hit = cache.get(ch);
  if (hit === undefined) {
    hit = charBytes(ch);
    cache.set(ch, hit);
  }
  return hit;
}

/**
 * The text with every character the printer cannot draw replaced: look-alikes first, then □;
 * tabs and line breaks become spaces (a line is one line). The preview shows this same text.
 */
export function printableText(text: string): string {
  let out = '';
  for (const raw of text) {
    const ch = /[\t\n\r]/.test(raw) ? ' ' : (LOOK_ALIKES[raw] ?? raw);
    if (cachedBytes(ch) !== null) out += ch;
    else if ((ch.codePointAt(0) ?? 0) >= 0x20) out += SUBSTITUTE;
  }
  return out;
}

/** Columns a printable text takes: 1 per ASCII character, 2 per double-byte (Hangul, fullwidth, symbols). */
export function columnsOf(text: string): number {
  let n = 0;
  for (const ch of printableText(text)) n += ch.length === 1 && ch.charCodeAt(0) < 0x80 ? 1 : 2;
  return n;
}

/** KS X 1001 bytes of a text (substituted first): ASCII bytes and A1–FE pairs only, guaranteed. */
export function encodeKsX1001(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of printableText(text)) {
    const bytes = cachedBytes(ch);
    if (bytes === null) throw new Error('printableText left an unprintable character');
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}
