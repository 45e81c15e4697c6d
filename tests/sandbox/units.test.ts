import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExpired } from '../../sandbox/charges';
import { resolveMid } from '../../sandbox/context';
import { parseVbankDue, redirectTarget } from '../../sandbox/sdk/flow';
import { luhnValid } from '../../domain/card-number';
import { TEST_CARDS, cardBehaviour, maskCard } from '../../sandbox/test-cards';
import { TokenStore, tokenFromHeaders } from '../../sandbox/tokens';

describe('pure sandbox rules', () => {
  it('masking keeps at most the first 6 and last 4 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14,16}$/), (digits) => {
        const m = maskCard(digits);
        expect(m).toHaveLength(digits.length);
        expect(m.slice(0, 6)).toBe(digits.slice(0, 6));
        expect(m.slice(-4)).toBe(digits.slice(-4));
        expect(m.slice(6, -4)).toMatch(/^\*+$/);
      }),
    );
  });

  it('every Luhn-valid number that is not a test card approves; Luhn-invalid ones do not', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (digits) => {
        const dashed = digits.replace(/(\d{4})(?=\d)/g, '$1-');
        const b = cardBehaviour(dashed);
        if (!luhnValid(digits)) expect(b).toBe('invalidNumber');
        else if (!Object.values(TEST_CARDS).includes(dashed as never)) expect(b).toBe('approve');
      }),
    );
    expect(cardBehaviour(TEST_CARDS.overLimit)).toBe('overLimit');
  });

  it('expiry is valid through the last day of the month, Korean time', () => {
    const endOfMay2026Kst = Date.UTC(2026, 4, 31, 15, 0, 0) - 1; // 2026-05-31 23:59:59.999 KST
    expect(isExpired('2026-05', endOfMay2026Kst)).toBe(false);
    expect(isExpired('2026-05', endOfMay2026Kst + 1)).toBe(true);
    expect(isExpired('2026-12', Date.UTC(2026, 11, 31, 14, 59))).toBe(false);
  });

  it('pg "settle.{MID}" resolution falls back to the first MID', () => {
    const mids = ['a_bi', 'b_bi'];
    expect(resolveMid('settle.b_bi', mids)).toBe('b_bi');
    expect(resolveMid('settle.zzz', mids)).toBe('a_bi');
    expect(resolveMid('kcp.b_bi', mids)).toBe('a_bi');
    expect(resolveMid(undefined, mids)).toBe('a_bi');
  });

  it('vbank_due accepts every documented form (KST)', () => {
    const endOfDay = Date.UTC(2030, 0, 2, 14, 59, 59) / 1000;
    expect(parseVbankDue('20300102', 0)).toBe(endOfDay);
    expect(parseVbankDue('2030-01-02', 0)).toBe(endOfDay);
    expect(parseVbankDue('2030-01-02 10:30:00', 0)).toBe(Date.UTC(2030, 0, 2, 1, 30) / 1000);
    expect(parseVbankDue('203001021030', 0)).toBe(Date.UTC(2030, 0, 2, 1, 30) / 1000);
    expect(parseVbankDue('someday', 42)).toBe(42);
  });

  it('redirect target keeps existing query and adds error fields only on failure', () => {
    expect(redirectTarget('https://m.kr/done?x=1', { imp_uid: 'imp_1', merchant_uid: 'm 1', error_code: null })).toBe(
      'https://m.kr/done?x=1&imp_uid=imp_1&merchant_uid=m+1',
    );
    expect(redirectTarget('https://m.kr/done', { imp_uid: null, merchant_uid: 'm', error_code: 'F1', error_msg: '오류' })).toBe(
      'https://m.kr/done?imp_uid=&merchant_uid=m&error_code=F1&error_msg=%EC%98%A4%EB%A5%98',
    );
  });

  it('token header forms', () => {
    expect(tokenFromHeaders({ authorization: 'Bearer abc' })).toBe('abc');
    expect(tokenFromHeaders({ authorization: 'bearer  abc ' })).toBe('abc');
    expect(tokenFromHeaders({ authorization: 'abc' })).toBe('abc');
    expect(tokenFromHeaders({ 'x-imptokenheader': 'xyz' })).toBe('xyz');
    expect(tokenFromHeaders({ authorization: 'abc', 'x-imptokenheader': 'xyz' })).toBe('abc');
    expect(tokenFromHeaders({})).toBeNull();
  });

  it('an expired token stops being valid and a new one replaces it', () => {
    let now = 1_000_000_000_000;
    const t = new TokenStore(() => now);
    const a = t.issue();
    expect(t.isValid(a.access_token)).toBe(true);
    now = a.expired_at * 1000;
    expect(t.isValid(a.access_token)).toBe(false);
    const b = t.issue();
    expect(b.access_token).not.toBe(a.access_token);
    expect(t.isValid(a.access_token)).toBe(false);
  });
});
