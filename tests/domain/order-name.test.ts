import { describe, expect, it } from 'vitest';
import { BUYER_LIMITS, cutBuyerName } from '../../domain/buyer-fields';
import { ORDER_NAME_MAX_LENGTH, cutOrderName } from '../../domain/order-name';

describe('cutting names to PortOne limits', () => {
  it('leaves a name within the limit as it is', () => {
    expect(cutOrderName('아메리카노 외 2건')).toBe('아메리카노 외 2건');
    expect(cutOrderName('가'.repeat(ORDER_NAME_MAX_LENGTH))).toBe('가'.repeat(ORDER_NAME_MAX_LENGTH));
  });

  it('cuts a longer one to the limit', () => {
    expect(cutOrderName('가'.repeat(41))).toBe('가'.repeat(40));
    expect(cutBuyerName('홍길동'.repeat(6))).toHaveLength(BUYER_LIMITS.name);
  });

  it('never cuts inside a surrogate pair: an emoji that would straddle the limit is left out whole', () => {
    const name = `${'a'.repeat(39)}☕️🍰`; // ☕️ = 2 units (with VS16), 🍰 = a surrogate pair
    const cut = cutOrderName(name);
    expect(cut).toBe(`${'a'.repeat(39)}`);
    const pair = `${'a'.repeat(39)}🍰🍰`;
    expect(cutOrderName(pair)).toBe('a'.repeat(39));
    expect(cutOrderName(`${'a'.repeat(38)}🍰🍰`)).toBe(`${'a'.repeat(38)}🍰`);
    for (const s of [cut, cutOrderName(pair)]) expect(s).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps a combined character whole (a flag, an emoji with skin tone, a decomposed Hangul syllable)', () => {
    const flag = `${'a'.repeat(37)}🇰🇷`; // 37 + a 4-unit flag = 41: the whole flag goes
    expect(cutOrderName(`${flag}b`)).toBe('a'.repeat(37));
    const decomposed = `${'a'.repeat(38)}\u1100\u1161\u11A8`; // 각 as three jamo = 3 units
    expect(cutOrderName(decomposed)).toBe('a'.repeat(38));
  });
});
