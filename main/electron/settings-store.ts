import Store from 'electron-store';
import type { Logger } from '../logging/logger';
import type { SettingsStore, StoredSettings } from '../config/settings-store';
import { defaultSettings, parseStoredSettings, validateForWrite } from '../config/stored-settings';

export interface ElectronSettingsOptions {
  /** The data directory (userData or POS_DATA_DIR). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
}

/** Non-secret settings in electron-store (`settings.json`), validated with zod on every read. */
export function createElectronSettingsStore({ cwd, env, logger }: ElectronSettingsOptions): SettingsStore {
  const store = new Store<Record<string, unknown>>({ name: 'settings', cwd, clearInvalidConfig: true, configFileMode: 0o600 });
  return {
    get(): StoredSettings {
      const parsed = parseStoredSettings(store.get('settings'), defaultSettings(env));
      if (!parsed.ok) logger.warn('stored settings invalid, using defaults', { problem: parsed.problem });
      return parsed.settings;
    },
    set(next) {
      store.set('settings', validateForWrite(next));
    },
  };
}
