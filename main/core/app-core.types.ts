import type { SecretVault } from '../config/secret-vault';
import type { SettingsStore } from '../config/settings-store';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../logging/logger';

/** Everything the main-side services need from the host (Electron or the browser host). */
export interface AppCoreDeps {
  /** Where the ledger, the sandbox's data file and logs live. */
  dataDir: string;
  settings: SettingsStore;
  vault: SecretVault;
  logger: Logger;
  /** PORTONE_API_URL: use this PortOne-compatible API instead of the embedded sandbox / api.iamport.kr. */
  portoneApiUrl?: string;
  now?: () => number;
  /** Path of a better-sqlite3 binary built for Electron's ABI (dev runs of `npm start`); default: the installed one. */
  sqliteNativeBinding?: string;
}

export interface AppCore {
  handlers: Handlers;
  /** Resolves intents left unresolved by a crash; called once on start-up. */
  recoverPending(): Promise<void>;
  close(): Promise<void>;
}
