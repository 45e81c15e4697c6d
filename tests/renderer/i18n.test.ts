/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { makeTranslator, translate, type Messages } from '../../renderer/src/i18n';
import { en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';
import { resultMessages } from '../../renderer/src/result/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every dictionary the renderer ships: the shared one and each feature's messages.ts exports. */
const featureModules = import.meta.glob<Record<string, unknown>>('../../renderer/src/**/messages.ts', { eager: true });

const isMessages = (value: unknown): value is Messages<string> =>
  typeof value === 'object' && value !== null && 'ko' in value && 'en' in value && Object.keys(value).length === 2;

const dictionaries: [string, Messages<string>][] = [
  ['i18n (shared)', { ko, en }],
  ...Object.entries(featureModules).flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, Messages<string>] => isMessages(entry[1]))
      .map(([name, messages]): [string, Messages<string>] => [`${path.replace('../../renderer/src/', '')} ${name}`, messages]),
  ),
];

describe('the renderer dictionaries', () => {
  it('include every feature folder that has a messages.ts', () => {
    const folders = Object.keys(featureModules).map((p) => p.split('/').at(-2));
    expect(folders).toEqual(expect.arrayContaining(['auth', 'charge', 'close', 'customers', 'history', 'kernel', 'result', 'settings', 'window-pay']));
    expect(dictionaries.length).toBeGreaterThan(Object.keys(featureModules).length);
  });

  it.each(dictionaries)('%s: English has every Korean key, and no extra ones', (_name, messages) => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ko).sort());
  });

  it.each(dictionaries)('%s: both languages use the same placeholders, and no message is empty', (_name, messages) => {
    for (const key of Object.keys(messages.ko)) {
      const k = messages.ko[key] ?? '';
      const e = messages.en[key] ?? '';
      expect(placeholders(e), key).toEqual(placeholders(k));
      expect(k.trim(), key).not.toBe('');
      expect(e.trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('ko', 'charge.quotaMonths', { n: 3 })).toBe('3개월');
    expect(translate('en', 'charge.quotaMonths', { n: 3 })).toBe('3 months');
    expect(translate('en', 'charge.quotaMonths')).toBe('{n} months');
  });

  it('translates a real feature dictionary in either language', () => {
    expect(makeTranslator(resultMessages, 'ko')('result.approved')).toBe('승인 완료');
    expect(makeTranslator(resultMessages, 'en')('result.approved')).toBe('Approved');
  });

  it('the shared dictionary keeps only shared words: the result screen owns its own', () => {
    expect(Object.keys(ko).filter((key) => key.startsWith('result.'))).toEqual([]);
    expect(Object.keys(resultMessages.ko).every((key) => key.startsWith('result.'))).toBe(true);
  });
});
