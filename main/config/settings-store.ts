import type { Lang, Mode } from '../../contract/schemas';

/** Non-secret settings as persisted (electron-store in the app, a JSON file in the browser host). */
export interface StoredSettings {
  mode: Mode;
  lang: Lang;
  impCode: string;
  windowMid: string;
  keyedMid: string;
  storeName: string;
  businessNumber: string;
  hectoBillingKeyOnly: boolean;
}

export interface SettingsStore {
  get(): StoredSettings;
  set(next: StoredSettings): void;
}
