import { z } from 'zod';
import type { SafeStorage } from 'electron';
import { AppError } from '../../contract/result';
import { newAppKeys, parseKeys, serializeKeys } from '../config/app-keys';
import type { AppKeys, Credentials, SecretVault, VaultStatus } from '../config/secret-vault';
import type { Logger } from '../logging/logger';

/** Where the ciphertext lives: electron-store in the app, a Map in tests. */
export interface CipherStore {
  get(key: string): unknown;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export type SafeStorageLike = Pick<
  SafeStorage,
  'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'
>;

export interface SafeStorageVaultOptions {
  safeStorage: SafeStorageLike;
  store: CipherStore;
  platform: NodeJS.Platform;
  logger: Logger;
}

const KEY = 'credentials';
const KEYS = 'app-keys';
/** Marks keys stored without OS encryption (no keyring). */
const PLAIN = 'plain:';
const StoredCredentials = z.object({ impKey: z.string().min(1), impSecret: z.string().min(1) });

export const BASIC_TEXT_REASON =
  'No system keyring was found (Linux "basic_text"), so the PortOne secret could not be protected and is not saved. ' +
  'Install and unlock GNOME Keyring or KWallet, then restart the POS.';
export const NO_ENCRYPTION_REASON = 'The operating system cannot encrypt secrets for this user right now, so the PortOne secret is not saved.';

/**
 * PortOne credentials encrypted with safeStorage's async API (the sync one is deprecated in
 * Electron 45), ciphertext kept in electron-store. Call after `ready`: safeStorage and the Linux
 * backend are only known then. On Linux `basic_text` the "encryption" is a hard-coded key, so
 * saving is refused rather than pretending the secret is protected.
 */
export async function createSafeStorageVault({ safeStorage, store, platform, logger }: SafeStorageVaultOptions): Promise<SecretVault> {
  const status = await vaultStatus(safeStorage, platform);
  let keys: Promise<AppKeys> | undefined;
  if (!status.available) logger.warn('credentials vault unavailable', { reason: status.reason });

  return {
    status: () => ({ ...status }),
    async load() {
      const blob = store.get(KEY);
      if (typeof blob !== 'string' || blob === '') return null;
      let plain: string;
      let shouldReEncrypt: boolean;
      try {
        ({ result: plain, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(blob, 'base64')));
      } catch (error) {
        logger.error('stored credentials could not be decrypted', { error });
        throw new AppError('unavailable', 'The saved PortOne credentials cannot be read on this computer. Enter them again in Settings.', { reason: 'settings.vault_unreadable' });
      }
      const parsed = StoredCredentials.safeParse(safeJson(plain));
      if (!parsed.success) {
        logger.error('stored credentials malformed');
        throw new AppError('unavailable', 'The saved PortOne credentials are damaged. Enter them again in Settings.', { reason: 'settings.vault_damaged' });
      }
      // The OS rotated its key: write the secret again under the new one.
      if (shouldReEncrypt && status.available) await write(parsed.data);
      return parsed.data;
    },
    async save(credentials) {
      if (!status.available) throw new AppError('unavailable', status.reason ?? NO_ENCRYPTION_REASON, { reason: 'settings.vault_unavailable', params: { detail: status.reason ?? NO_ENCRYPTION_REASON } });
      await write({ impKey: credentials.impKey, impSecret: credentials.impSecret });
    },
    clear() {
      store.delete(KEY);
      return Promise.resolve();
    },
    keys: () => (keys ??= loadKeys()),
  };

  /**
   * Encrypted like the credentials. Without an OS keyring they are still needed (PINs, audit), so
   * they are kept unencrypted and the log says so: the data directory alone then holds them.
   */
  async function loadKeys(): Promise<AppKeys> {
    const blob = store.get(KEYS);
    if (typeof blob === 'string' && blob !== '') {
      const plain = blob.startsWith(PLAIN) ? blob.slice(PLAIN.length) : (await safeStorage.decryptStringAsync(Buffer.from(blob, 'base64'))).result;
      const parsed = parseKeys(plain);
      if (!parsed) throw new AppError('unavailable', 'The POS keys in the vault are damaged: restore the data directory from a backup.', { reason: 'settings.vault_damaged' });
      return parsed;
    }
    const fresh = newAppKeys();
    if (status.available) {
      store.set(KEYS, Buffer.from(await safeStorage.encryptStringAsync(serializeKeys(fresh))).toString('base64'));
    } else {
      logger.warn('app keys kept without OS protection', { reason: status.reason });
      store.set(KEYS, PLAIN + serializeKeys(fresh));
    }
    return fresh;
  }

  async function write(credentials: Credentials): Promise<void> {
    const cipher = await safeStorage.encryptStringAsync(JSON.stringify(credentials));
    store.set(KEY, Buffer.from(cipher).toString('base64'));
  }
}

async function vaultStatus(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<VaultStatus> {
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return { available: false, reason: BASIC_TEXT_REASON };
  }
  const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
  return available ? { available: true, reason: null } : { available: false, reason: NO_ENCRYPTION_REASON };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
