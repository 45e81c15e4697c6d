import fc from 'fast-check';

/** Malformed, oversized and hostile values, shared by the bad-input campaign's tests. */

export const cardLike = fc.stringMatching(/^[1-9]\d{3}-?\d{4}-?\d{4}-?\d{4}$/);

export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  cardLike,
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    "'; DROP TABLE payments; --",
    '../../etc/passwd',
    '\u0000\u202e\ud800',
    '${jndi:ldap://x}',
    '%00%0d%0a',
    '０１０-１２３４-５６７８',
    '9'.repeat(400),
  ),
  fc.nat({ max: 100_000 }).map((n) => 'x'.repeat(n)),
);

const leaf = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, -1, 1e308),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON-representable value (what can arrive over HTTP or structured clone). */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 6 }),
})).value;

/** A valid request with one field replaced by a hostile value, or one unknown field added. */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) return anyJson;
  const keys = Object.keys(valid);
  return fc.tuple(fc.constantFrom(...keys, 'extra', '__proto__'), anyJson).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });
}

/**
 * Every string value inside a payload: what an error message must never echo. (Keys are left
 * out: naming an unknown or wrong field is the message's job.)
 */
export function stringsIn(payload: unknown, out: string[] = []): string[] {
  if (typeof payload === 'string') out.push(payload);
  else if (payload !== null && typeof payload === 'object') for (const value of Object.values(payload)) stringsIn(value, out);
  return out;
}
