import { createHash } from 'node:crypto';
import type { Credentials } from '../config/secret-vault';
import type { StoredSettings } from '../config/settings-store';

export const PORTONE_API_URL = 'https://api.iamport.kr';

/** The sandbox's fixed account: what a PORTONE_API_URL sandbox accepts when nothing is saved. */
export interface SandboxAccount extends Credentials {
  keyedMid: string;
}

/** Which PortOne this run talks to, decided from settings, saved credentials and PORTONE_API_URL. */
export type Environment =
  | { kind: 'embedded-sandbox' }
  | {
      kind: 'remote';
      baseUrl: string;
      credentials: Credentials;
      keyedMid: string | null;
      /** Test payments: anything but live mode with saved credentials. */
      sandbox: boolean;
      /** Saved credentials (false: the sandbox's well-known ones). */
      ownCredentials: boolean;
    };

/**
 * - PORTONE_API_URL set: that URL, with saved credentials or else the sandbox's well-known ones.
 * - sandbox mode, or nothing saved: the embedded sandbox.
 * - test / live with saved credentials: api.iamport.kr (test vs live is PortOne's channel setting).
 */
export function chooseEnvironment(
  settings: StoredSettings,
  saved: Credentials | null,
  apiUrlOverride: string | undefined,
  sandboxAccount: SandboxAccount,
): Environment {
  if (apiUrlOverride) {
    return {
      kind: 'remote',
      baseUrl: apiUrlOverride.replace(/\/+$/, ''),
      credentials: saved ?? { impKey: sandboxAccount.impKey, impSecret: sandboxAccount.impSecret },
      keyedMid: settings.keyedMid || (saved ? null : sandboxAccount.keyedMid),
      sandbox: !(saved && settings.mode === 'live'),
      ownCredentials: saved !== null,
    };
  }
  if (settings.mode === 'sandbox' || saved === null) return { kind: 'embedded-sandbox' };
  return {
    kind: 'remote',
    baseUrl: PORTONE_API_URL,
    credentials: saved,
    keyedMid: settings.keyedMid || null,
    sandbox: settings.mode !== 'live',
    ownCredentials: true,
  };
}

/**
 * The ledger's name for a PortOne account: base URL plus a hash of the key, so an intent is never
 * looked up in another account (where a 404 would wrongly mean "not charged"). The key itself is
 * not written to disk.
 */
export function apiEnvOf(baseUrl: string, impKey: string): string {
  return `${baseUrl} key:${createHash('sha256').update(impKey).digest('hex').slice(0, 12)}`;
}

/** `abcd••••••••wxyz`: enough to recognise a key, never enough to use it. */
export function maskKey(impKey: string): string {
  return impKey.length < 12 ? '••••••••' : `${impKey.slice(0, 4)}••••••••${impKey.slice(-4)}`;
}
