import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Store from 'electron-store';
import { electronState, FakeSafeStorage, resetElectron } from './mocks/electron';
import { BASIC_TEXT_REASON, createSafeStorageVault } from '../../main/electron/vault';
import type { CipherStore } from '../../main/electron/vault';
import { AppError } from '../../contract/result';
import { createLogger } from '../../main/logging';

vi.mock('electron', () => import('./mocks/electron'));

const logger = createLogger({ level: 'silent', sinks: [] });
const creds = { impKey: '1234567890123456', impSecret: 'very-secret-value' };

function mapStore(): CipherStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v), delete: (k) => void data.delete(k) };
}

describe('safeStorage vault', () => {
  beforeEach(() => resetElectron());

  it('refuses to save on Linux basic_text and says why', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const store = mapStore();
    const vault = await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger });
    expect(vault.status()).toEqual({ available: false, reason: BASIC_TEXT_REASON });
    await expect(vault.save(creds)).rejects.toMatchObject({ code: 'unavailable', message: BASIC_TEXT_REASON });
    await expect(vault.save(creds)).rejects.toBeInstanceOf(AppError);
    expect(store.data.size).toBe(0);
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('does not apply the Linux backend check on other platforms', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const vault = await createSafeStorageVault({ safeStorage, store: mapStore(), platform: 'win32', logger });
    expect(vault.status().available).toBe(true);
  });

  it('refuses when the OS cannot encrypt at all', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.available = false;
    const vault = await createSafeStorageVault({ safeStorage, store: mapStore(), platform: 'darwin', logger });
    expect(vault.status().available).toBe(false);
    await expect(vault.save(creds)).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('stores only ciphertext, loads it back and clears it', async () => {
    const safeStorage = new FakeSafeStorage();
    const store = mapStore();
    const vault = await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger });
    await vault.save(creds);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
    const blob = String(store.data.get('credentials'));
    expect(blob).not.toContain(creds.impSecret);
    expect(Buffer.from(blob, 'base64').toString()).not.toContain(creds.impSecret);
    expect(await vault.load()).toEqual(creds);
    await vault.clear();
    expect(await vault.load()).toBeNull();
  });

  it('re-encrypts when the OS asks for it', async () => {
    const safeStorage = new FakeSafeStorage();
    const store = mapStore();
    const vault = await createSafeStorageVault({ safeStorage, store, platform: 'darwin', logger });
    await vault.save(creds);
    safeStorage.decryptStringAsync.mockResolvedValueOnce({ result: JSON.stringify(creds), shouldReEncrypt: true });
    expect(await vault.load()).toEqual(creds);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledTimes(2);
  });

  it('answers unavailable (not a crash, not null) when the ciphertext cannot be decrypted', async () => {
    const store = mapStore();
    store.set('credentials', Buffer.from('garbage').toString('base64'));
    const vault = await createSafeStorageVault({ safeStorage: new FakeSafeStorage(), store, platform: 'darwin', logger });
    await expect(vault.load()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('works on top of a real electron-store file without the secret in it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pos-vault-'));
    const store = new Store<Record<string, unknown>>({ name: 'vault', cwd });
    const vault = await createSafeStorageVault({ safeStorage: electronState.safeStorage, store, platform: 'linux', logger });
    await vault.save(creds);
    expect(readFileSync(join(cwd, 'vault.json'), 'utf8')).not.toContain(creds.impSecret);
    const again = await createSafeStorageVault({
      safeStorage: electronState.safeStorage,
      store: new Store<Record<string, unknown>>({ name: 'vault', cwd }),
      platform: 'linux',
      logger,
    });
    expect(await again.load()).toEqual(creds);
  });

  it('makes the app keys once, keeps them encrypted, and gives the same ones back after a restart', async () => {
    const safeStorage = new FakeSafeStorage();
    const store = mapStore();
    const keys = await (await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger })).keys();
    expect(keys.audit).toHaveLength(32);
    expect(keys.pepper.equals(keys.audit)).toBe(false);
    const stored = String(store.data.get('app-keys'));
    expect(stored).not.toContain(keys.audit.toString('base64'));
    const again = await (await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger })).keys();
    expect(again.audit.equals(keys.audit) && again.pepper.equals(keys.pepper)).toBe(true);
  });

  it('without a keyring the app keys are still made (PINs and audit need them), unencrypted, and the log says so', async () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.backend = 'basic_text';
    const store = mapStore();
    const vault = await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger });
    const keys = await vault.keys();
    expect(String(store.data.get('app-keys'))).toMatch(/^plain:/);
    const again = await (await createSafeStorageVault({ safeStorage, store, platform: 'linux', logger })).keys();
    expect(again.audit.equals(keys.audit)).toBe(true);
  });
});
