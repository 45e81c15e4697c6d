import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logging/logger';
import type { SettingsStore, StoredSettings } from './settings-store';
import { defaultSettings, parseStoredSettings, validateForWrite } from './stored-settings';

export interface JsonSettingsStoreOptions {
  filePath: string;
  env?: Readonly<Record<string, string | undefined>>;
  logger?: Logger;
}

/**
 * Settings in one JSON file (the browser host; Electron uses electron-store). Read once and
 * cached; every write goes to a temp file first and is renamed over the old one, so a crash
 * mid-write leaves either the old or the new file, never half of one.
 */
export function createJsonSettingsStore({ filePath, env = {}, logger }: JsonSettingsStoreOptions): SettingsStore {
  let cached: StoredSettings | null = null;

  function load(): StoredSettings {
    const defaults = defaultSettings(env);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger?.warn('settings file unreadable, using defaults', { filePath, error });
      return defaults;
    }
    const parsed = parseStoredSettings(raw, defaults);
    if (!parsed.ok) logger?.warn('settings file invalid, using defaults', { filePath, problem: parsed.problem });
    return parsed.settings;
  }

  return {
    get() {
      cached ??= load();
      return { ...cached };
    },
    set(next) {
      const valid = validateForWrite(next);
      mkdirSync(dirname(filePath), { recursive: true });
      const temp = `${filePath}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
      renameSync(temp, filePath);
      cached = { ...valid };
    },
  };
}
