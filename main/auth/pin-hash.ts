import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** A PIN as stored: a per-account random salt and the scrypt output, never the PIN itself. */
export interface PinHash {
  salt: Buffer;
  hash: Buffer;
  /** Made with the vault's pepper; false only for hashes from before it (until the next sign-in). */
  peppered: boolean;
}

/**
 * scrypt cost. N = 2^15, r = 8 (32 MiB, tens of milliseconds per check): a stolen ledger file
 * makes each guess of a short PIN cost real time and memory, while a sign-in stays instant.
 */
export const PIN_SCRYPT: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

/**
 * scrypt's input is HMAC(pepper, PIN): the pepper is in the vault, not the ledger, so a copied
 * ledger file alone gives nothing to guess against (10^6 PINs × scrypt would otherwise be minutes).
 */
function derive(pin: string, salt: Buffer, cost: ScryptOptions, pepper: Buffer | null): Promise<Buffer> {
  const normalized = pin.normalize('NFKC');
  const input = pepper === null ? normalized : createHmac('sha256', pepper).update(normalized).digest();
  return new Promise((resolve, reject) => {
    scrypt(input, salt, KEY_BYTES, cost, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPin(pin: string, pepper: Buffer, cost: ScryptOptions = PIN_SCRYPT): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  return { salt, hash: await derive(pin, salt, cost, pepper), peppered: true };
}

/** Constant-time comparison of the derived keys, so timing says nothing about how close a guess was. */
export async function pinMatches(pin: string, stored: PinHash, pepper: Buffer, cost: ScryptOptions = PIN_SCRYPT): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, cost, stored.peppered ? pepper : null);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
