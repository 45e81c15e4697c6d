import { describe, expect, it } from 'vitest';
import { ftsPhrase, searchPlan } from '../../main/customers/search-plan';
import { validateAgain } from '../../renderer/src/customers/again-form';
import { customerMessages } from '../../renderer/src/customers/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('customer search plan', () => {
  it('digits (with - or spaces) search phone and card last 4; 3+ characters also by substring', () => {
    expect(searchPlan('010-1234')).toEqual({ kind: 'digits', digits: '0101234', last4: null, substring: '"0101234"' });
    expect(searchPlan(' 0006 ')).toEqual({ kind: 'digits', digits: '0006', last4: '0006', substring: '"0006"' });
    expect(searchPlan('12')).toEqual({ kind: 'digits', digits: '12', last4: null, substring: null });
  });

  it('text searches names: prefix always, substring from 3 characters (counted as characters, not UTF-16 units)', () => {
    expect(searchPlan('길동')).toEqual({ kind: 'text', prefix: '길동', substring: null, inside: '길동' });
    expect(searchPlan('홍길동')).toEqual({ kind: 'text', prefix: '홍길동', substring: '"홍길동"', inside: null });
    expect(searchPlan('홍')).toEqual({ kind: 'text', prefix: '홍', substring: null, inside: null });
    expect(searchPlan('   ')).toEqual({ kind: 'recent' });
  });

  it('quotes whatever was typed so it is never FTS syntax', () => {
    expect(ftsPhrase('a" OR "b')).toBe('"a"" OR ""b"');
  });
});

describe('charge again form', () => {
  it('asks for amount and order name, keeps tax-free within the amount, offers installments only from ₩50,000', () => {
    expect(validateAgain({ amount: '', taxFree: '', orderName: ' ', cardQuota: 0 }).errors).toEqual({ amount: 'err.amount', orderName: 'err.orderName' });
    expect(validateAgain({ amount: '1,000', taxFree: '2,000', orderName: 'x', cardQuota: 0 }).errors).toEqual({ taxFree: 'err.taxFree' });
    expect(validateAgain({ amount: '49,999', taxFree: '', orderName: 'x', cardQuota: 3 }).request).toEqual({ amount: 49_999, taxFree: 0, orderName: 'x', cardQuota: 0 });
    expect(validateAgain({ amount: '50,000', taxFree: '', orderName: 'x', cardQuota: 3 }).request).toMatchObject({ cardQuota: 3 });
  });
});

describe('customer messages', () => {
  it('Korean and English have the same placeholders and no empty text', () => {
    for (const key of Object.keys(customerMessages.ko) as (keyof typeof customerMessages.ko)[]) {
      expect(placeholders(customerMessages.en[key]), key).toEqual(placeholders(customerMessages.ko[key]));
      expect(customerMessages.ko[key].trim(), key).not.toBe('');
      expect(customerMessages.en[key].trim(), key).not.toBe('');
    }
  });
});
