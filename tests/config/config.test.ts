import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonSettingsStore } from '../../main/config/json-settings-store';
import { createMemoryVault } from '../../main/config/memory-vault';
import { defaultSettings } from '../../main/config/stored-settings';
import type { StoredSettings } from '../../main/config/settings-store';
import { createLogger, memorySink } from '../../main/logging';

const filled: StoredSettings = {
  mode: 'test',
  lang: 'en',
  impCode: 'imp12345678',
  windowMid: 'settle_win',
  keyedMid: 'settle_key',
  storeName: '가게',
  businessNumber: '123-45-67890',
  hectoBillingKeyOnly: true,
};

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'pos-settings-')), 'nested', 'settings.json');
}

describe('defaultSettings', () => {
  it('is sandbox, Korean, empty, without the Hecto billing-key-only contract', () => {
    expect(defaultSettings({})).toEqual({
      mode: 'sandbox',
      lang: 'ko',
      impCode: '',
      windowMid: '',
      keyedMid: '',
      storeName: '',
      businessNumber: '',
      hectoBillingKeyOnly: false,
    });
  });
  it('takes the language from POS_LANG when it is one we speak', () => {
    expect(defaultSettings({ POS_LANG: 'en' }).lang).toBe('en');
    expect(defaultSettings({ POS_LANG: 'fr' }).lang).toBe('ko');
  });
});

describe('JSON settings store', () => {
  it('starts from defaults without a file and creates none until written', () => {
    const filePath = tempFile();
    const store = createJsonSettingsStore({ filePath, env: { POS_LANG: 'en' } });
    expect(store.get()).toEqual({ ...defaultSettings(), lang: 'en' });
    expect(existsSync(filePath)).toBe(false);
  });

  it('writes, and a new store reads back what was written', () => {
    const filePath = tempFile();
    createJsonSettingsStore({ filePath }).set(filled);
    expect(createJsonSettingsStore({ filePath }).get()).toEqual(filled);
    // Atomic write: no temp file left behind.
    expect(readdirSync(join(filePath, '..'))).toEqual(['settings.json']);
  });

  it('refuses to write values the form would refuse', () => {
    const filePath = tempFile();
    const store = createJsonSettingsStore({ filePath });
    expect(() => store.set({ ...filled, impCode: 'imp1' })).toThrow();
    expect(existsSync(filePath)).toBe(false);
    expect(store.get().impCode).toBe('');
  });

  it('returns copies, so a caller cannot change the cache', () => {
    const store = createJsonSettingsStore({ filePath: tempFile() });
    store.get().storeName = 'mutated';
    expect(store.get().storeName).toBe('');
  });

  it('falls back to defaults for a corrupt or invalid file and says so in the log', () => {
    const sink = memorySink();
    const logger = createLogger({ level: 'debug', sinks: [sink] });
    const broken = tempFile();
    createJsonSettingsStore({ filePath: broken }).set(filled);
    writeFileSync(broken, '{not json');
    expect(createJsonSettingsStore({ filePath: broken, logger }).get()).toEqual(defaultSettings());
    const invalid = tempFile();
    createJsonSettingsStore({ filePath: invalid }).set(filled);
    writeFileSync(invalid, JSON.stringify({ ...filled, mode: 'production' }));
    expect(createJsonSettingsStore({ filePath: invalid, logger }).get()).toEqual(defaultSettings());
    expect(sink.lines.join('\n')).toMatch(/unreadable[\s\S]*invalid fields: mode/);
  });

  it('fills fields an older file lacks and ignores keys a newer one adds', () => {
    const filePath = tempFile();
    createJsonSettingsStore({ filePath }).set(filled);
    const older: Partial<StoredSettings> = { ...filled };
    delete older.storeName;
    writeFileSync(filePath, JSON.stringify({ ...older, futureSetting: 1 }));
    expect(createJsonSettingsStore({ filePath }).get()).toEqual({ ...filled, storeName: '' });
    expect(JSON.parse(readFileSync(filePath, 'utf8'))).toHaveProperty('futureSetting');
  });
});

describe('memory vault', () => {
  it('is available, saves, loads copies and clears', async () => {
    const vault = createMemoryVault();
    expect(vault.status()).toEqual({ available: true, reason: null });
    expect(await vault.load()).toBeNull();
    const creds = { impKey: 'k', impSecret: 's' };
    await vault.save(creds);
    creds.impSecret = 'changed';
    expect(await vault.load()).toEqual({ impKey: 'k', impSecret: 's' });
    await vault.clear();
    expect(await vault.load()).toBeNull();
  });
});
