import type { SettingsView } from '../../../contract/settings';
import { AppError } from '../../../contract/result';
import type { AuditLog } from '../../audit/audit-log';
import type { AccessService } from '../../auth/access-service';
import type { Credentials, SecretVault } from '../../config/secret-vault';
import type { SettingsStore } from '../../config/settings-store';
import type { Handlers } from '../../ipc/handlers';
import { testConnection } from '../connection-test';
import { maskKey } from '../environment';
import type { Active } from '../portone-backend';

export interface SettingsHandlerDeps {
  settings: SettingsStore;
  vault: SecretVault;
  access: AccessService;
  audit: AuditLog;
  now: () => number;
  tokenTimeoutMs: number;
  savedCredentials(): Promise<Credentials | null>;
  active(): Active | null;
  /** Switches PortOne to what is saved now (after settings or credentials changed). */
  reconfigure(): Promise<void>;
}

/** Settings and credentials: a manager's change is audited, then PortOne is switched to match. */
export function settingsHandlers(
  deps: SettingsHandlerDeps,
): Pick<Handlers, 'getSettings' | 'saveSettings' | 'saveCredentials' | 'clearCredentials' | 'testConnection'> {
  const { access, audit } = deps;

  async function settingsView(): Promise<SettingsView> {
    const stored = deps.settings.get();
    const saved = await deps.savedCredentials();
    return {
      ...stored,
      hasCredentials: saved !== null,
      maskedKey: saved ? maskKey(saved.impKey) : null,
      vault: deps.vault.status(),
      apiBaseUrl: deps.active()?.backend.client.baseUrl ?? '',
    };
  }

  return {
    getSettings: () => settingsView(),
    saveSettings: async ({ approval, ...input }) => {
      const actor = await access.authorize('manager', approval);
      const before = deps.settings.get();
      deps.settings.set(input);
      // Which settings, not their values: the log says what was touched.
      const changed = (Object.keys(input) as (keyof typeof input)[]).filter((key) => before[key] !== input[key]);
      audit.record(actor, 'settings_changed', null, { changed: changed.join(',') });
      await deps.reconfigure();
      return settingsView();
    },
    saveCredentials: async (input) => {
      const actor = await access.authorize('manager', input.approval);
      await deps.vault.save({ impKey: input.impKey, impSecret: input.impSecret });
      audit.record(actor, 'credentials_changed', null, { action: 'saved' });
      await deps.reconfigure();
      return settingsView();
    },
    clearCredentials: async ({ approval }) => {
      const actor = await access.authorize('manager', approval);
      await deps.vault.clear();
      audit.record(actor, 'credentials_changed', null, { action: 'cleared' });
      await deps.reconfigure();
      return settingsView();
    },
    testConnection: async (input) => {
      const active = deps.active();
      if (!active) throw new AppError('unavailable', 'PortOne is not configured yet.', { reason: 'settings.portone_not_configured' });
      const credentials = input ?? active.credentials;
      return testConnection(active.backend.client.baseUrl, credentials, deps.now, deps.tokenTimeoutMs);
    },
  };
}
