import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, pinMatches, PIN_SCRYPT } from '../../main/auth/pin-hash';
import { blockAfter } from '../../main/auth/throttle';
import { TEST_PIN_COST } from './support';

const PEPPER = randomBytes(32);

describe('PIN hashing', () => {
  it('uses scrypt at the production cost with a fresh salt each time', async () => {
    expect(PIN_SCRYPT).toMatchObject({ N: 2 ** 15, r: 8, p: 1 });
    const a = await hashPin('1234', PEPPER);
    const b = await hashPin('1234', PEPPER);
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
    await expect(pinMatches('1234', a, PEPPER)).resolves.toBe(true);
    await expect(pinMatches('1235', a, PEPPER)).resolves.toBe(false);
  });

  it("a copied ledger alone is not enough to check a guess: without the vault's pepper the right PIN does not match (finding 7)", async () => {
    const stored = await hashPin('1234', PEPPER, TEST_PIN_COST);
    expect(stored.peppered).toBe(true);
    await expect(pinMatches('1234', stored, randomBytes(32), TEST_PIN_COST)).resolves.toBe(false);
    // What an attacker with only the file would compute: scrypt of the PIN itself.
    const bare = scryptSync('1234', stored.salt, 32, TEST_PIN_COST);
    expect(bare.equals(stored.hash)).toBe(false);
  });

  it('backs off from the sixth failure: 30 s doubling, at most 15 minutes', () => {
    expect([1, 4, 5, 6, 7, 20].map(blockAfter)).toEqual([0, 0, 30_000, 60_000, 120_000, 900_000]);
  });
});
