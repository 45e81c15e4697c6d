import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract } from '../../contract/channels';
import type { Method } from '../../contract/channels';
import { ErrorInfo } from '../../contract/result';
import { createRouter } from '../../main/ipc/router';
import type { SenderVerdict } from '../../main/ipc/handlers';
import { createLogger } from '../../main/logging';
import { fakeHandlers, validRequests } from './fake-handlers';

const allowed: SenderVerdict = { ok: true, ctx: { transport: 'ipc', origin: 'app://pos' } };
const methods = Object.keys(contract) as Method[];

/** Card-like values: if one is ever echoed, it is found in the error text. */
const cardLike = fc.stringMatching(/^[1-9]\d{3}-?\d{4}-?\d{4}-?\d{4}$/);

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  cardLike,
  fc.constantFrom(
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    "'; DROP TABLE payments; --",
    '../../etc/passwd',
    '\u0000\u202e\ud800',
    '${jndi:ldap://x}',
    'imp12345678',
    '2030-12',
  ),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(n)),
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'),
  cardLike,
  fc.string(),
);

const leaf = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
);

const anyValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(hostileKey, tie('value'), { maxKeys: 6 }),
})).value;

/** A valid request with one field replaced or one field added: gets past the first checks. */
function mutated(method: Method): fc.Arbitrary<unknown> {
  const base = validRequests[method];
  if (base === undefined || typeof base !== 'object' || base === null) return anyValue;
  const keys = Object.keys(base);
  return fc.tuple(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), anyValue).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });
}

/** JSON.parse makes `__proto__` an own key, as a hostile JSON body over HTTP would. */
const jsonPolluted = fc
  .tuple(fc.constantFrom('__proto__', 'constructor'), anyValue)
  .map(([key, value]) => JSON.parse(`{"${key}": ${JSON.stringify(value ?? null, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null'}}`) as unknown);

function valuesIn(payload: unknown, out: string[] = []): string[] {
  if (typeof payload === 'string') out.push(payload);
  else if (payload !== null && typeof payload === 'object') {
    for (const [key, value] of Object.entries(payload)) {
      out.push(key);
      valuesIn(value, out);
    }
  }
  return out;
}

describe('router fuzz', () => {
  const { handlers } = fakeHandlers();
  const router = createRouter(handlers, createLogger({ level: 'silent', sinks: [] }));

  it.each(methods)('%s: any payload resolves to a clean Result and never echoes a card-like value', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyValue, mutated(method), jsonPolluted), async (payload) => {
        const result = await router.callMethod(method, payload, allowed);
        // Serialisable: survives JSON (and therefore structured clone) unchanged.
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        if (result.ok) {
          expect(contract[method].response.safeParse(result.data).success).toBe(true);
          return;
        }
        expect(ErrorInfo.safeParse(result.error).success).toBe(true);
        expect(['invalid_input', 'forbidden']).toContain(result.error.code);
        const text = JSON.stringify(result.error);
        for (const submitted of valuesIn(payload)) {
          const digits = submitted.replace(/\D/g, '');
          if (digits.length >= 13 && /^\d[\d -]*$/.test(submitted)) {
            expect(text).not.toContain(submitted);
            expect(text.replace(/\D/g, '')).not.toContain(digits);
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a -0 the fuzzer found in the sales settings is stored and answered as 0 (JSON has no -0)', async () => {
    const result = await router.callMethod('saveSalesSettings', { discountLimitPercent: -0 }, allowed);
    expect(result.ok && Object.is((result.data as { discountLimitPercent: number }).discountLimitPercent, 0)).toBe(true);
  });

  it('unknown methods and channels of any shape are refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, anyValue, async (name, payload) => {
        fc.pre(!Object.hasOwn(contract, name) && !Object.values(contract).some((e) => e.channel === name));
        expect(await router.callMethod(name, payload, allowed)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(await router.callChannel(name, payload, allowed)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }),
      { numRuns: 300 },
    );
  });
});
