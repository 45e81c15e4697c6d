import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetElectron } from './mocks/electron';
import { createElectronSettingsStore } from '../../main/electron/settings-store';
import type { StoredSettings } from '../../main/config/settings-store';
import { createLogger, memorySink } from '../../main/logging';

vi.mock('electron', () => import('./mocks/electron'));

const filled: StoredSettings = {
  mode: 'live',
  lang: 'en',
  impCode: 'imp12345678',
  windowMid: 'win_mid',
  keyedMid: 'key_mid',
  storeName: 'Shop',
  businessNumber: '1234567890',
  hectoBillingKeyOnly: true,
};

describe('electron-store settings', () => {
  beforeEach(() => resetElectron());

  it('defaults, writes settings.json in the data dir, reads it back', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pos-estore-'));
    const logger = createLogger({ level: 'silent', sinks: [] });
    const store = createElectronSettingsStore({ cwd, env: { POS_LANG: 'en' }, logger });
    expect(store.get()).toMatchObject({ mode: 'sandbox', lang: 'en', impCode: '' });
    store.set(filled);
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toEqual({ settings: filled });
    expect(createElectronSettingsStore({ cwd, env: {}, logger }).get()).toEqual(filled);
  });

  it('validates on read: a tampered file falls back to defaults with a warning', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pos-estore-'));
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ settings: { ...filled, impCode: 'not-an-imp-code' } }));
    const sink = memorySink();
    const store = createElectronSettingsStore({ cwd, env: {}, logger: createLogger({ level: 'debug', sinks: [sink] }) });
    expect(store.get()).toMatchObject({ mode: 'sandbox', impCode: '' });
    expect(sink.lines.join('\n')).toContain('invalid fields: impCode');
  });

  it('refuses to write values the form would refuse', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pos-estore-'));
    const store = createElectronSettingsStore({ cwd, env: {}, logger: createLogger({ level: 'silent', sinks: [] }) });
    expect(() => store.set({ ...filled, keyedMid: 'bad mid!' })).toThrow();
    expect(store.get().keyedMid).toBe('');
  });
});
