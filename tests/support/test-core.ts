import { join } from 'node:path';
import { fileAppKeys } from '../../main/config/app-keys';
import { createJsonSettingsStore } from '../../main/config/json-settings-store';
import { createMemoryVault } from '../../main/config/memory-vault';
import { createAppCore } from '../../main/core/app-core';
import type { AppCore, AppCoreDeps } from '../../main/core/app-core.types';
import type { SenderVerdict } from '../../main/ipc/handlers';
import { SANDBOX_CREDENTIALS, startSandbox } from '../../sandbox/server';

/*
 * The core as the hosts build it, without a sandbox: the fault worker imports this part alone, so
 * each restart after a kill does not load the sandbox server too. No vitest import (bench/ and
 * the worker run outside vitest).
 */

/** A caller the browser host let through. */
export const HTTP_CALLER = { ok: true, ctx: { transport: 'http', origin: 'http://127.0.0.1' } } as const satisfies SenderVerdict;
/** A caller the Electron IPC sender check let through. */
export const IPC_CALLER = { ok: true, ctx: { transport: 'ipc', origin: 'app://pos' } } as const satisfies SenderVerdict;

/**
 * createAppCore with a JSON settings file in the data dir (no environment overrides, warnings to
 * the core's logger, as the browser host makes it) and an in-memory vault, unless `deps` says otherwise.
 */
export function createTestCore(deps: Pick<AppCoreDeps, 'dataDir' | 'logger'> & Partial<AppCoreDeps>): Promise<AppCore> {
  return createAppCore({
    settings: createJsonSettingsStore({ filePath: join(deps.dataDir, 'settings.json'), logger: deps.logger }),
    // Keys in the data dir, as the browser host keeps them: a restarted core still verifies its log.
    vault: createMemoryVault(null, fileAppKeys(join(deps.dataDir, 'host-keys.json'))),
    sandbox: { account: SANDBOX_CREDENTIALS, start: startSandbox },
    ...deps,
  });
}
