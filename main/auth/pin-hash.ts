import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A PIN as stored: a per-account random salt and the scrypt output, never the PIN itself. */
export interface PinHash {
  salt: Buffer;
  hash: Buffer;
}

/**
 * scrypt cost. N = 2^15, r = 8 (32 MiB, tens of milliseconds per check): a stolen ledger file
 * makes each guess of a short PIN cost real time and memory, while a sign-in stays instant.
 */
export const PIN_SCRYPT: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, cost, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string, cost: ScryptOptions = PIN_SCRYPT): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  return { salt, hash: await derive(pin, salt, cost) };
}

/** Constant-time comparison of the derived keys, so timing says nothing about how close a guess was. */
export async function pinMatches(pin: string, stored: PinHash, cost: ScryptOptions = PIN_SCRYPT): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, cost);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
