import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedChargeInput } from '../../contract/channels';
import { CARD_FIELDS, KEYPAD_FIELDS, applyKey, emptyForm, normalize, validate, type ChargeForm, type FieldName, type KeypadKey } from '../../renderer/src/charge/form';
import { en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';
import { hostileString } from './arbitraries';

/**
 * The keyed-charge form's own check (renderer/src/charge/form.ts) under anything a cashier, a
 * paste or a barcode scanner could put in the fields: it never throws; it either names each bad
 * field with a message that exists in both languages, or builds a request main's contract accepts.
 */
const FIELDS: FieldName[] = ['amount', 'taxFree', 'orderName', 'buyerName', 'buyerTel', 'cardNumber', 'expiry', 'birth', 'pwd2digit', 'cardQuota'];

const typed = fc.oneof(hostileString, fc.stringMatching(/^[\d ,.\-/]{0,24}$/));

const form: fc.Arbitrary<ChargeForm> = fc.record({
  amount: typed,
  taxFree: typed,
  orderName: typed,
  buyerName: typed,
  buyerTel: typed,
  cardNumber: typed,
  expiry: typed,
  ownerType: fc.constantFrom('personal' as const, 'corporate' as const),
  birth: typed,
  pwd2digit: typed,
  cardQuota: fc.oneof(fc.integer({ min: -5, max: 40 }), fc.constantFrom(Number.NaN, 2.5, Infinity)),
});

describe('keyed-charge form under hostile input', () => {
  it('never throws: each bad field gets a bilingual message, or the request passes the contract', () => {
    fc.assert(
      fc.property(form, fc.date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (f, now) => {
        const { errors, request } = validate(f, now);
        for (const [field, key] of Object.entries(errors)) {
          expect(FIELDS).toContain(field);
          expect(ko[key as keyof typeof ko]).toBeTruthy();
          expect(en[key as keyof typeof en]).toBeTruthy();
        }
        if (request === null) {
          expect(Object.keys(errors).length).toBeGreaterThan(0);
          return;
        }
        expect(errors).toEqual({});
        const parsed = KeyedChargeInput.safeParse({ ...request, attemptId: 'form-fuzz-0001' });
        // A request the form lets through is one main accepts (no round trip just to be refused).
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('typing and the keypad keep each field in its own shape, whatever comes in', () => {
    const key = fc.constantFrom<KeypadKey>('0', '1', '5', '9', '00', '000', 'clear', 'back');
    fc.assert(
      fc.property(fc.constantFrom(...KEYPAD_FIELDS), typed, fc.array(key, { maxLength: 30 }), fc.constantFrom('personal' as const, 'corporate' as const), (field, start, keys, owner) => {
        let value = normalize(field, start, owner);
        for (const k of keys) value = applyKey(field, value, k, owner);
        if ((CARD_FIELDS as readonly string[]).includes(field) || field === 'amount' || field === 'taxFree') expect(value).toMatch(/^[\d,/\- ]*$/);
        if (field === 'pwd2digit') expect(value.length).toBeLessThanOrEqual(2);
        if (field === 'buyerTel') expect(value).toMatch(/^[\d-]{0,13}$/);
      }),
      { numRuns: 1_000 },
    );
  });

  it('an empty form names every required field and builds nothing', () => {
    const { errors, request } = validate(emptyForm(), new Date());
    expect(request).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['amount', 'birth', 'cardNumber', 'expiry', 'orderName', 'pwd2digit']);
  });
});
