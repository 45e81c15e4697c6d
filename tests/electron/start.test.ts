import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, electronState, resetElectron } from './mocks/electron';
import { contract } from '../../contract/channels';
import type { AppCore, AppCoreDeps } from '../../main/core/app-core.types';
import { startElectronApp } from '../../main/electron/start';
import { dataDirFrom } from '../../main/electron/paths';
import { fakeHandlers } from '../ipc/fake-handlers';

vi.mock('electron', () => import('./mocks/electron'));

const updater = vi.hoisted(() => ({ checkForUpdatesAndNotify: vi.fn(async () => null), logger: undefined as unknown }));
vi.mock('electron-updater', () => ({ default: { autoUpdater: updater } }));

function fakeCore() {
  const core: AppCore = {
    handlers: fakeHandlers().handlers,
    recoverPending: vi.fn(async () => undefined),
    whenIdle: vi.fn(async () => undefined),
    close: vi.fn(async () => undefined),
  };
  const createAppCore = vi.fn<(deps: AppCoreDeps) => Promise<AppCore>>(async () => core);
  return { core, createAppCore };
}

async function start(env: Record<string, string>, packaged = false) {
  electronState.app.isPackaged = packaged;
  const { core, createAppCore } = fakeCore();
  const started = startElectronApp({ createAppCore, env: { POS_LOG_LEVEL: 'silent', ...env }, cwd: '/work' });
  // Everything up to `await app.whenReady()` runs synchronously; then Electron says ready.
  await Promise.resolve();
  const beforeReady = {
    privileged: electronState.protocol.registerSchemesAsPrivileged.mock.calls.length,
    handled: electronState.protocol.handle.mock.calls.length,
  };
  electronState.app.markReady();
  return { result: await started, core, createAppCore, beforeReady };
}

describe('Electron entry', () => {
  let dataDir: string;
  beforeEach(() => {
    resetElectron();
    updater.checkForUpdatesAndNotify.mockClear();
    dataDir = mkdtempSync(join(tmpdir(), 'pos-data-'));
  });
  afterEach(() => vi.restoreAllMocks());

  it('registers app:// before ready and serves it after', async () => {
    const { beforeReady } = await start({ POS_DATA_DIR: dataDir });
    expect(beforeReady).toEqual({ privileged: 1, handled: 0 });
    expect(electronState.app.sandboxEnabled).toBe(true);
    expect(electronState.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('uses POS_DATA_DIR as userData and passes the environment to the core', async () => {
    const { createAppCore } = await start({ POS_DATA_DIR: dataDir, PORTONE_API_URL: 'http://127.0.0.1:9/', POS_SQLITE_BINDING: '/x/b.node' });
    expect(electronState.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    const deps = createAppCore.mock.calls[0]?.[0];
    expect(deps).toMatchObject({ dataDir, portoneApiUrl: 'http://127.0.0.1:9/', sqliteNativeBinding: '/x/b.node' });
    expect(deps?.vault.status()).toEqual({ available: true, reason: null });
    expect(deps?.settings.get().mode).toBe('sandbox');
  });

  it('resolves a relative POS_DATA_DIR against the working directory, defaults to userData', () => {
    expect(dataDirFrom({ POS_DATA_DIR: 'rel-data' }, '/home/u/.config/pos', '/work')).toBe('/work/rel-data');
    expect(dataDirFrom({ POS_DATA_DIR: ' ' }, '/home/u/.config/pos', '/work')).toBe('/home/u/.config/pos');
    expect(dataDirFrom({}, '/home/u/.config/pos', '/work')).toBe('/home/u/.config/pos');
  });

  it('opens one secure window on app://pos with the built preload and registers every channel', async () => {
    electronState.app.appPath = '/opt/pos/resources/app.asar';
    const { result } = await start({ POS_DATA_DIR: dataDir });
    const window = BrowserWindow.instances[0];
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(window?.loadedUrl).toBe('app://pos/index.html');
    expect(window?.options).toMatchObject({
      width: 1366,
      height: 768,
      webPreferences: { preload: '/opt/pos/resources/app.asar/out/preload/index.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect([...electronState.ipcMain.handlers.keys()].sort()).toEqual(Object.values(contract).map((c) => c.channel).sort());
    expect(result?.window).toBe(window);
  });

  it('answers IPC from its own window and refuses a window it did not create', async () => {
    await start({ POS_DATA_DIR: dataDir });
    const own = BrowserWindow.instances[0];
    const stranger = new BrowserWindow({});
    const frame = { url: 'app://pos/index.html', parent: null };
    expect(await electronState.ipcMain.invoke('settings:get', { senderFrame: frame, sender: own?.webContents }, undefined)).toMatchObject({ ok: true });
    expect(await electronState.ipcMain.invoke('settings:get', { senderFrame: frame, sender: stranger.webContents }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('guards the window it created with the global navigation policy', async () => {
    await start({ POS_DATA_DIR: dataDir });
    const contents = BrowserWindow.instances[0]?.webContents;
    const event = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contents?.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents?.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const callback = vi.fn();
    electronState.defaultSession.permissionRequestHandler?.(contents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('recovers pending payments after start; checks for updates only when packaged', async () => {
    const dev = await start({ POS_DATA_DIR: dataDir });
    expect(dev.core.recoverPending).toHaveBeenCalledOnce();
    expect(updater.checkForUpdatesAndNotify).not.toHaveBeenCalled();
    resetElectron();
    const packaged = await start({ POS_DATA_DIR: mkdtempSync(join(tmpdir(), 'pos-data-')) }, true);
    expect(packaged.core.recoverPending).toHaveBeenCalledOnce();
    expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledOnce();
    expect((BrowserWindow.instances[0]?.options as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(false);
  });

  it('writes its log file under <data>/logs', async () => {
    await start({ POS_DATA_DIR: dataDir, POS_LOG_LEVEL: 'info' }, true);
    const file = join(dataDir, 'logs', 'pos.log');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('POS started');
  });

  it('quits without starting anything when another instance holds the lock', async () => {
    electronState.app.lockAvailable = false;
    const { createAppCore } = fakeCore();
    expect(await startElectronApp({ createAppCore, env: { POS_DATA_DIR: dataDir }, cwd: '/' })).toBeNull();
    expect(electronState.app.quit).toHaveBeenCalled();
    expect(createAppCore).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('closes the services before quitting', async () => {
    const { core } = await start({ POS_DATA_DIR: dataDir });
    const event = { preventDefault: vi.fn() };
    electronState.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electronState.app.quit).toHaveBeenCalled());
    expect(core.close).toHaveBeenCalledOnce();
  });
});

describe('Electron entry with a damaged vault file', () => {
  beforeEach(() => resetElectron());

  it('still starts, with no saved credentials', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-data-'));
    writeFileSync(join(dataDir, 'vault.json'), '{ half a file');
    const { createAppCore } = await start({ POS_DATA_DIR: dataDir });
    expect(await createAppCore.mock.calls[0]?.[0].vault.load()).toBeNull();
    expect(BrowserWindow.instances[0]?.loadedUrl).toBe('app://pos/index.html');
  });
});
