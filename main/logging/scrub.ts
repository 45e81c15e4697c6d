import { redactCardLike } from '../../domain/card-like';

/**
 * Removes card data and secrets from anything before it is written to a log.
 * Card fields and secrets must never reach a file (architecture.md), and errors from axios or a
 * service can carry them in their message, stack or nested objects: so everything is scrubbed
 * by key name (any depth, case-insensitive) and every string by pattern.
 */

export const REDACTED = '[redacted]';

/** Key names whose values are always replaced, compared lower-case with `_`/`-`/spaces removed. */
const SENSITIVE_KEYS = new Set([
  'cardnumber',
  'cardno',
  'expiry',
  'birth',
  'pwd2digit',
  'pin',
  'impkey',
  'impsecret',
  'apikey',
  'authorization',
  'cookie',
  'cvc',
]);
/** Any key that mentions one of these is sensitive too (`accessToken`, `hostToken`, `impSecret`, `newPassword`). */
const SENSITIVE_PARTS = /secret|token|passw|pepper/;

export function isSensitiveKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[\s_-]/g, '');
  return SENSITIVE_KEYS.has(normalized) || SENSITIVE_PARTS.test(normalized);
}

const KEY_NAMES = String.raw`card[_ -]?(?:number|no)|expiry|birth|pwd[_-]?2digit|pin|imp[_-]?(?:key|secret)|api[_-]?key|access[_-]?token|token|secret|password|authorization`;

/** `key=value`, `key: value`, `"key":"value"` forms of sensitive keys inside free text (URLs, JSON, headers). */
const KEY_VALUE_IN_TEXT = new RegExp(String.raw`\b(${KEY_NAMES})(["']?\s*[:=]\s*["']?)((?:Bearer\s+)?[^\s"'&,;}\]]+)`, 'gi');

/** `expiry 2031-07`, `birth 900101`, `pin 1234`: a value-like key followed by digits with only a space. */
const KEY_SPACE_DIGITS = /\b(expiry|birth|pin|pwd[_-]?2digit|card[_ -]?(?:number|no))(\s+)(\d[\d/.\- ]*\d|\d)/gi;

/** A URL is logged as origin and path: queries and fragments carry tokens, card fields and the like. */
const URL_IN_TEXT = /\b(https?:\/\/[^\s/?#"'<>]+[^\s?#"'<>]*)[?#][^\s"'<>]*/gi;

/** Strings longer than this are cut after scrubbing, so one huge payload cannot flood the log. */
const MAX_STRING = 4000;
const MAX_DEPTH = 8;
const MAX_ITEMS = 100;

export function scrubString(text: string): string {
  const scrubbed = redactCardLike(
    text.replace(URL_IN_TEXT, '$1').replace(KEY_VALUE_IN_TEXT, `$1$2${REDACTED}`).replace(KEY_SPACE_DIGITS, `$1$2${REDACTED}`),
    REDACTED,
  );
  return scrubbed.length > MAX_STRING ? `${scrubbed.slice(0, MAX_STRING)}…[${scrubbed.length - MAX_STRING} more chars]` : scrubbed;
}

/**
 * A card number can only be a JS number by mistake, and 13-digit integers are almost always
 * epoch milliseconds (`createdAt`), so numbers are redacted from 14 digits up.
 */
function scrubNumber(value: number): number | string {
  return Number.isInteger(value) && Math.abs(value) >= 1e13 ? REDACTED : value;
}

export function scrub(value: unknown): unknown {
  return scrubValue(value, 0, new WeakSet<object>());
}

function scrubValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case 'string':
      return scrubString(value);
    case 'number':
      return scrubNumber(value);
    case 'bigint':
      return scrubString(value.toString());
    case 'boolean':
    case 'undefined':
      return value;
    case 'symbol':
      return scrubString(value.toString());
    case 'function':
      return '[function]';
  }
  if (value === null) return null;
  const obj = value as object;
  if (seen.has(obj)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(obj);
  try {
    if (obj instanceof Error) return scrubError(obj, depth, seen);
    if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
    if (ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer) return `[binary ${obj.byteLength} bytes]`;
    if (Array.isArray(obj)) {
      const items = obj.slice(0, MAX_ITEMS).map((item) => scrubValue(item, depth + 1, seen));
      if (obj.length > MAX_ITEMS) items.push(`…[${obj.length - MAX_ITEMS} more items]`);
      return items;
    }
    if (obj instanceof Map) return scrubEntries([...obj.entries()].map(([k, v]) => [String(k), v]), depth, seen);
    if (obj instanceof Set) return scrubValue([...obj], depth, seen);
    return scrubEntries(Object.entries(obj), depth, seen);
  } catch {
    // A hostile getter or proxy must not make logging throw.
    return '[unreadable]';
  } finally {
    seen.delete(obj);
  }
}

function scrubEntries(entries: [string, unknown][], depth: number, seen: WeakSet<object>): Record<string, unknown> {
  // A null-prototype object: a `__proto__` key from a payload stays a plain key.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of entries.slice(0, MAX_ITEMS)) {
    out[scrubString(key)] = isSensitiveKey(key) ? REDACTED : scrubValue(item, depth + 1, seen);
  }
  if (entries.length > MAX_ITEMS) out['…'] = `${entries.length - MAX_ITEMS} more keys`;
  return out;
}

/**
 * Only a few well-known properties: errors from HTTP clients carry their request config
 * (headers with the token, the card body) as own properties, which must not be dumped.
 */
function scrubError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const fields = error as Error & { code?: unknown; field?: unknown; status?: unknown };
  const out: Record<string, unknown> = { name: scrubString(error.name), message: scrubString(error.message) };
  if (typeof error.stack === 'string') out.stack = scrubString(error.stack);
  for (const key of ['code', 'field', 'status'] as const) {
    const item = fields[key];
    if (typeof item === 'string' || typeof item === 'number') out[key] = scrubValue(item, depth + 1, seen);
  }
  if (error.cause !== undefined) out.cause = scrubValue(error.cause, depth + 1, seen);
  return out;
}
