import { describe, expect, it } from 'vitest';
import { hasCardLike } from '../../domain/card-like';
import { REDACTED, scrub, scrubString } from '../../main/logging/scrub';

const DIGITS = '4111111111111111';

describe('scrubbing by normalisation (issue 13, finding 8: the review reproductions)', () => {
  it.each([
    ['double spaces', '4111  1111  1111  1111'],
    ['dots', '4111.1111.1111.1111'],
    ['slashes', '4111/1111/1111/1111'],
    ['underscores', '4111_1111_1111_1111'],
    ['non-breaking spaces', '4111\u00a01111\u00a01111\u00a01111'],
    ['%20', '4111%201111%201111%201111'],
    ['%2D', '4111%2D1111%2d1111%2D1111'],
    ['full-width digits', '４１１１ １１１１ １１１１ １１１１'],
    ['Arabic-Indic digits', '٤١١١١١١١١١١١١١١١'],
    ['mixed separators', '4111 -1111. 1111/ 1111'],
  ])('finds a card number written with %s', (_how, written) => {
    const out = scrubString(`declined card ${written} at the PG`);
    expect(out).toContain(REDACTED);
    expect(out.replace(/\D/g, '')).not.toContain('41111111');
    expect(hasCardLike(written)).toBe(true);
  });

  it.each(['pin', 'PIN', 'secret', 'token', 'impKey', 'imp_key', 'IMP-SECRET', 'hostToken', 'apiKey', 'Password'])('redacts the value of key %s', (key) => {
    expect(scrub({ [key]: 'value-123456' })).toEqual({ [key]: REDACTED });
  });

  it.each(['pin', 'PIN', 'secret', 'token', 'impKey', 'imp_key', 'IMP-SECRET', 'api_key', 'Password'])('redacts %s=… and %s: … inside text', (key) => {
    expect(scrubString(`${key}=value-123456`)).not.toContain('value-123456');
    expect(scrubString(`{"${key}": "value-123456"}`)).not.toContain('value-123456');
  });

  it('redacts `expiry 2031-07`, `birth 900101` and `pin 1234` written with only a space', () => {
    const out = scrubString('keyed charge expiry 2031-07 birth 900101 pin 1234 refused');
    for (const secret of ['2031-07', '900101', '1234']) expect(out).not.toContain(secret);
  });

  it('logs a URL as origin and path only', () => {
    const out = scrubString('navigation denied: https://evil.example/pay/collect?card=4111&exp=2031-07#frag and http://127.0.0.1:9/x?t=abc');
    expect(out).toBe('navigation denied: https://evil.example/pay/collect and http://127.0.0.1:9/x');
  });

  it('keeps what is not card data: times, amounts, phone numbers, dates, merchant_uids', () => {
    const text = 'at 2026-12-03 14:36:41 paid ₩1,000,000 by 010-1234-5678 for pos-a1b2c3';
    expect(hasCardLike('₩1,000,000,000,000')).toBe(false);
    expect(hasCardLike('010-1234-5678')).toBe(false);
    expect(hasCardLike(`card ${DIGITS.slice(0, 12)}`)).toBe(false);
    expect(scrubString(text)).toBe(text);
  });
});
