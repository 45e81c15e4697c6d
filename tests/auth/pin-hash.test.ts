import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches, PIN_SCRYPT } from '../../main/auth/pin-hash';
import { blockAfter } from '../../main/auth/throttle';

describe('PIN hashing', () => {
  it('uses scrypt at the production cost with a fresh salt each time', async () => {
    expect(PIN_SCRYPT).toMatchObject({ N: 2 ** 15, r: 8, p: 1 });
    const a = await hashPin('1234');
    const b = await hashPin('1234');
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
    await expect(pinMatches('1234', a)).resolves.toBe(true);
    await expect(pinMatches('1235', a)).resolves.toBe(false);
  });

  it('backs off from the sixth failure: 30 s doubling, at most 15 minutes', () => {
    expect([1, 4, 5, 6, 7, 20].map(blockAfter)).toEqual([0, 0, 30_000, 60_000, 120_000, 900_000]);
  });
});
