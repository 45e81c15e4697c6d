import { newAppKeys } from './app-keys';
import type { AppKeys, Credentials, SecretVault, VaultStatus } from './secret-vault';

/**
 * Credentials held in memory only, for the browser host. The browser host exists for tests,
 * demos and development on machines without the Electron binary: nothing it is given survives a
 * restart, and it must never be used to hold live credentials on a shop's machine. Its app keys
 * are the caller's (the browser host keeps them in a file, see app-keys.ts), else made for this run.
 */
export function createMemoryVault(initial: Credentials | null = null, keys: AppKeys = newAppKeys()): SecretVault {
  let stored: Credentials | null = initial === null ? null : { ...initial };
  const status: VaultStatus = { available: true, reason: null };
  return {
    status: () => ({ ...status }),
    keys: () => Promise.resolve(keys),
    load: () => Promise.resolve(stored === null ? null : { ...stored }),
    save: (credentials) => {
      stored = { impKey: credentials.impKey, impSecret: credentials.impSecret };
      return Promise.resolve();
    },
    clear: () => {
      stored = null;
      return Promise.resolve();
    },
  };
}
