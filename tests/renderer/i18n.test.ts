import { describe, expect, it } from 'vitest';
import { makeTranslator, translate } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('English has every Korean key, and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
  });

  it('both languages use the same placeholders for each message, and no message is empty', () => {
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ko[key]));
      expect(ko[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('ko', 'charge.quotaMonths', { n: 3 })).toBe('3개월');
    expect(translate('en', 'charge.quotaMonths', { n: 3 })).toBe('3 months');
    expect(translate('en', 'charge.quotaMonths')).toBe('{n} months');
  });
});

describe('feature messages', () => {
  it('translate a feature dictionary in either language with the same placeholder rules', () => {
    const messages = { ko: { hello: '{name}님 안녕하세요' }, en: { hello: 'Hello {name}' } };
    expect(makeTranslator(messages, 'ko')('hello', { name: '김하나' })).toBe('김하나님 안녕하세요');
    expect(makeTranslator(messages, 'en')('hello')).toBe('Hello {name}');
  });
});
