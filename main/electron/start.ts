import { join } from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, protocol, safeStorage, session } from 'electron';
import Store from 'electron-store';
import { devOverrides } from '../config/dev-overrides';
import type { AppCore, AppCoreDeps } from '../core/app-core.types';
import { createRouter } from '../ipc/router';
import { createHostLogger } from '../logging/host-logger';
import type { Logger } from '../logging/logger';
import { createNavigationPolicy } from '../security/navigation';
import { createElectronPrinter } from './print';
import { APP_ORIGIN } from '../security/origin';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { blockDevToolsWhenPackaged } from './devtools';
import { registerIpcHandlers } from './ipc';
import { denyPermissions, installNavigationGuards } from './navigation';
import { appPaths, dataDirFrom } from './paths';
import { createElectronSettingsStore } from './settings-store';
import { acquireSingleInstance } from './single-instance';
import { checkForUpdates } from './updater';
import { createSafeStorageVault } from './vault';
import { createElectronPaymentWindow } from './payment-window';
import { installTillMenu } from './menu';
import { createMainWindow } from './window';
import { SANDBOX_CREDENTIALS, startSandbox } from '../../sandbox/server';

export interface StartOptions {
  createAppCore: (deps: AppCoreDeps) => Promise<AppCore>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export interface Started {
  window: BrowserWindow;
  core: AppCore;
  logger: Logger;
}

/**
 * The Electron app, in order: things that must happen before `ready` (data dir, single-instance
 * lock, app:// scheme, global navigation policy), then after `ready` the services, IPC and the
 * window. Returns null when another instance already runs (this one quits).
 */
export async function startElectronApp({ createAppCore, env, cwd }: StartOptions): Promise<Started | null> {
  // Before the lock: the lock and Chromium's own files live in userData.
  const dataDir = dataDirFrom(env, app.getPath('userData'), cwd);
  app.setPath('userData', dataDir);

  let mainWindow: BrowserWindow | null = null;
  if (!acquireSingleInstance(app, () => mainWindow)) return null;

  // Every renderer sandboxed, including any popup a policy might one day allow.
  app.enableSandbox();
  registerAppScheme(protocol);
  const paths = appPaths(app.getAppPath(), dataDir);
  const logger = createHostLogger({ logDir: paths.logDir, env, console: !app.isPackaged });
  const policy = createNavigationPolicy({ appOrigin: APP_ORIGIN });
  const paymentWindow = createElectronPaymentWindow({ parent: () => mainWindow, logger, isPackaged: app.isPackaged });
  installNavigationGuards(app, { policyFor: (contents) => paymentWindow.policyFor(contents) ?? policy, logger });
  blockDevToolsWhenPackaged(app);

  await app.whenReady();
  installTillMenu(Menu, app, process.platform);
  denyPermissions(session.defaultSession, policy, logger);
  serveAppProtocol(protocol, paths.rendererDir);

  const { overrides: { devTools, ...overrides }, ignored } = devOverrides(env, app.isPackaged);
  if (ignored.length > 0) logger.warn('developer overrides ignored in an installed build', { ignored });
  const settings = createElectronSettingsStore({ cwd: dataDir, env, logger });
  const vault = await createSafeStorageVault({
    safeStorage,
    // A damaged vault file is cleared (credentials entered again) rather than stopping the POS.
    store: new Store<Record<string, unknown>>({ name: 'vault', cwd: dataDir, clearInvalidConfig: true, configFileMode: 0o600 }),
    platform: process.platform,
    logger,
  });
  const core = await createAppCore({
    dataDir,
    settings,
    vault,
    logger,
    printer: createElectronPrinter({ outDir: join(dataDir, 'receipts'), parent: () => mainWindow }),
    paymentWindow,
    sandbox: { account: SANDBOX_CREDENTIALS, start: startSandbox },
    ...overrides,
  });

  const router = createRouter(core.handlers, logger, { validateResponses: !app.isPackaged });
  const knownWindows = new Set<number>();
  registerIpcHandlers(ipcMain, {
    router,
    expected: { origin: APP_ORIGIN, isKnownWindow: (id) => knownWindows.has(id) },
    windowIdOf: (event) => BrowserWindow.fromWebContents(event.sender)?.id ?? null,
  });

  const window = createMainWindow({ preloadPath: paths.preloadPath, isPackaged: app.isPackaged });
  mainWindow = window;
  knownWindows.add(window.id);
  window.on('closed', () => {
    knownWindows.delete(window.id);
    mainWindow = null;
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  if (devTools) window.webContents.openDevTools({ mode: 'detach' });

  // Payments a crash left unresolved: look them up now, without holding the window back.
  core.recoverPending().catch((error: unknown) => logger.error('recovering pending payments failed', { error }));
  checkForUpdates(app, logger);

  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    core
      .close()
      .catch((error: unknown) => logger.error('closing services failed', { error }))
      .finally(() => app.quit());
  });

  logger.info('POS started', { dataDir, packaged: app.isPackaged });
  return { window, core, logger };
}
