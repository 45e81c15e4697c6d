import type { ImportEncoding } from '../../contract/catalog';

/**
 * CSV bytes as Korean Excel writes them: UTF-8 with a BOM ("CSV UTF-8"), plain UTF-8, or CP949
 * (plain "CSV", the Korean Windows default). Strict UTF-8 first: CP949 text is almost never valid
 * UTF-8, while UTF-8 text always decodes as *something* in CP949. WHATWG's `euc-kr` decoder is
 * CP949 (UHC) in full.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: ImportEncoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8-bom' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const cp949 = new TextDecoder('euc-kr').decode(bytes);
  // A byte pair CP949 has no character for: not a CP949 file either.
  return cp949.includes('\uFFFD') ? null : { text: cp949, encoding: 'cp949' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
