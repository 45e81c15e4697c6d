import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow as ElectronWindow } from 'electron';
import { BrowserWindow, electronState, resetElectron } from './mocks/electron';
import { createMainWindow, mainWindowOptions } from '../../main/electron/window';
import { acquireSingleInstance } from '../../main/electron/single-instance';

vi.mock('electron', () => import('./mocks/electron'));

describe('cashier window', () => {
  beforeEach(() => resetElectron());

  it('is sandboxed, context-isolated, without Node or <webview>, 1366×768, with the CJS preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', isPackaged: false });
    const options = BrowserWindow.instances[0]?.options as ReturnType<typeof mainWindowOptions>;
    expect(options).toMatchObject({ width: 1366, height: 768 });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      devTools: true,
    });
  });

  it('has DevTools disabled when packaged', () => {
    expect(mainWindowOptions({ preloadPath: 'p', isPackaged: true }).webPreferences?.devTools).toBe(false);
  });

  it('shows itself once painted', () => {
    const window = createMainWindow({ preloadPath: 'p', isPackaged: false }) as unknown as BrowserWindow;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

describe('single-instance lock', () => {
  beforeEach(() => resetElectron());
  const app = (): App => electronState.app as unknown as App;

  it('quits when another instance holds the lock', () => {
    electronState.app.lockAvailable = false;
    expect(acquireSingleInstance(app(), () => null)).toBe(false);
    expect(electronState.app.quit).toHaveBeenCalledOnce();
  });

  it('brings the existing window back when the app is started again', () => {
    const window = new BrowserWindow({});
    window.minimized = true;
    expect(acquireSingleInstance(app(), () => window as unknown as ElectronWindow)).toBe(true);
    expect(electronState.app.quit).not.toHaveBeenCalled();
    electronState.app.emit('second-instance', {}, ['pos'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores a second start before any window exists', () => {
    expect(acquireSingleInstance(app(), () => null)).toBe(true);
    expect(() => electronState.app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});
