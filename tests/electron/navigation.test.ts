import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { BrowserWindow, electronState, FakeWebContents, fakeEvent, resetElectron } from './mocks/electron';
import { installNavigationGuards } from '../../main/electron/navigation';
import { blockDevToolsWhenPackaged } from '../../main/electron/devtools';
import { createNavigationPolicy } from '../../main/security/navigation';
import { createLogger, memorySink } from '../../main/logging';

vi.mock('electron', () => import('./mocks/electron'));

const app = (): App => electronState.app as unknown as App;

describe('global navigation policy', () => {
  let sink: ReturnType<typeof memorySink>;
  beforeEach(() => {
    resetElectron();
    sink = memorySink();
    installNavigationGuards(app(), {
      policyFor: () => createNavigationPolicy({ appOrigin: 'app://pos' }),
      logger: createLogger({ level: 'debug', sinks: [sink] }),
    });
  });

  /** Any webContents the app creates, a popup or a window we never stored, gets the guards. */
  function newContents(): FakeWebContents {
    const contents = new FakeWebContents();
    electronState.app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s off the app origin is prevented and logged', (name) => {
    const contents = newContents();
    const off = fakeEvent({ url: 'https://evil.example/phish' });
    contents.emit(name, off, off.url);
    expect(off.preventDefault).toHaveBeenCalledOnce();
    const inside = fakeEvent({ url: 'app://pos/index.html#/payments' });
    contents.emit(name, inside, inside.url);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(sink.lines.join('\n')).toMatch(new RegExp(`navigation denied.*${name}.*evil\\.example`));
  });

  it('denies window.open and logs it', () => {
    const contents = newContents();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://pos/index.html' })).toEqual({ action: 'deny' });
    expect(sink.lines.join('\n')).toContain('window.open denied');
  });

  it('denies <webview> attach', () => {
    const contents = newContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every permission request and check on the contents session', () => {
    const contents = newContents();
    const callback = vi.fn();
    contents.session.permissionRequestHandler?.(contents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(contents.session.permissionCheckHandler?.(contents, 'clipboard-read')).toBe(false);
    expect(contents.session.devicePermissionHandler?.({})).toBe(false);
    expect(sink.lines.join('\n')).toContain('permission denied');
    expect(sink.lines.join('\n')).toContain('permission check denied');
  });

  it('guards the cashier window created through BrowserWindow as well', () => {
    const window = new BrowserWindow({});
    const event = fakeEvent({ url: 'file:///etc/passwd' });
    window.webContents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets a popup on the allowlist open with locked-down preferences, in the session of its opener', () => {
    resetElectron();
    installNavigationGuards(app(), {
      policyFor: () => createNavigationPolicy({ appOrigin: 'app://pos', popupHosts: ['pg.example'] }),
      logger: createLogger({ level: 'silent', sinks: [] }),
    });
    const contents = newContents();
    expect(contents.windowOpenHandler?.({ url: 'https://pg.example/card' })).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: {
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, session: contents.session },
      },
    });
  });
});

describe('DevTools', () => {
  beforeEach(() => resetElectron());

  it('are closed as soon as they open in a packaged build', () => {
    electronState.app.isPackaged = true;
    blockDevToolsWhenPackaged(app());
    const window = new BrowserWindow({});
    window.webContents.openDevTools();
    expect(window.webContents.closeDevTools).toHaveBeenCalledOnce();
    expect(window.webContents.isDevToolsOpened()).toBe(false);
  });

  it('stay usable in development', () => {
    blockDevToolsWhenPackaged(app());
    const window = new BrowserWindow({});
    window.webContents.openDevTools();
    expect(window.webContents.closeDevTools).not.toHaveBeenCalled();
    expect(window.webContents.isDevToolsOpened()).toBe(true);
  });
});
