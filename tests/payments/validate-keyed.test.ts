import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyedChargeInput } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { validateKeyed } from '../../main/payments/validate-keyed';

const NOW = new Date(2026, 10, 26);
const FIELDS = new Set(['taxFree', 'cardNumber', 'expiry', 'birth', 'pwd2digit', 'cardQuota']);

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

const input = fc.record<KeyedChargeInput>({
  attemptId: fc.constant('attempt-0001'),
  amount: fc.integer({ min: 1, max: 2_000_000 }),
  taxFree: fc.integer({ min: 0, max: 2_000_000 }),
  orderName: fc.constant('x'),
  buyerName: fc.constant(''),
  buyerTel: fc.constant(''),
  cardNumber: digits(14, 16),
  expiry: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  ownerType: fc.constantFrom('personal', 'corporate'),
  birth: fc.oneof(digits(6, 6), digits(10, 10)),
  pwd2digit: digits(2, 2),
  cardQuota: fc.integer({ min: 0, max: 24 }),
});

describe('validateKeyed', () => {
  it('either accepts or names one field, and never repeats what was typed', () => {
    fc.assert(
      fc.property(input, (value) => {
        try {
          validateKeyed(value, NOW);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          const appError = error as AppError;
          expect(appError.code).toBe('invalid_input');
          expect(FIELDS.has(appError.field ?? '')).toBe(true);
          for (const secret of [value.cardNumber, value.cardNumber.slice(-4), value.birth, value.expiry]) {
            expect(appError.message).not.toContain(secret);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts a valid keyed sale, with installments from ₩50,000', () => {
    const valid: KeyedChargeInput = {
      attemptId: 'attempt-0001',
      amount: 50_000,
      taxFree: 10_000,
      orderName: 'x',
      buyerName: '',
      buyerTel: '',
      cardNumber: '5365-1000-0000-0006',
      expiry: '2026-11',
      ownerType: 'corporate',
      birth: '1248100998',
      pwd2digit: '00',
      cardQuota: 12,
    };
    expect(() => validateKeyed(valid, NOW)).not.toThrow();
  });
});
