import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { App, BrowserWindow as ElectronWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, electronState, fakeEvent, resetElectron, type FakeWebContents } from './mocks/electron';
import { registerIpcHandlers } from '../../main/electron/ipc';
import { installNavigationGuards } from '../../main/electron/navigation';
import { PAYMENT_PARTITION, createElectronPaymentWindow } from '../../main/electron/payment-window';
import { createRouter } from '../../main/ipc/router';
import { createLogger } from '../../main/logging';
import type { Logger } from '../../main/logging';
import { createNavigationPolicy } from '../../main/security/navigation';
import { APP_ORIGIN } from '../../main/security/origin';
import { SENTINEL_ORIGIN } from '../../main/window-payments/host';
import { fakeHandlers } from '../ipc/fake-handlers';

vi.mock('electron', () => import('./mocks/electron'));

const RETURN = `${SENTINEL_ORIGIN}/return`;
const page = { merchantUid: 'pos-20260101-000000000001', html: '<!doctype html><title>pay</title>', nonce: 'n', extraOrigins: ['http://127.0.0.1:8091'] };

function spyLogger() {
  const silent = createLogger({ level: 'silent', sinks: [] });
  return { ...silent, warn: vi.fn<Logger['warn']>() };
}

describe('payment window (Electron adapter)', () => {
  let cashier: BrowserWindow;
  let logger: ReturnType<typeof spyLogger>;
  let adapter: ReturnType<typeof createElectronPaymentWindow>;
  let events: { returned: Mock<(url: string) => void>; closed: Mock<() => void> };

  beforeEach(() => {
    resetElectron();
    logger = spyLogger();
    adapter = createElectronPaymentWindow({ parent: () => cashier as unknown as ElectronWindow, logger, isPackaged: true });
    const appPolicy = createNavigationPolicy({ appOrigin: APP_ORIGIN });
    installNavigationGuards(electronState.app as unknown as App, {
      policyFor: (contents) => adapter.policyFor(contents) ?? appPolicy,
      logger,
    });
    cashier = new BrowserWindow({});
    events = { returned: vi.fn<(url: string) => void>(), closed: vi.fn<() => void>() };
  });

  const open = () => {
    adapter.open(page, events);
    const window = BrowserWindow.instances.at(-1);
    if (!window || window === cashier) throw new Error('no payment window');
    return window;
  };

  it('is a modal child of the cashier window, sandboxed, in an in-memory session, with no preload', () => {
    const window = open();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(window.options).toMatchObject({ parent: cashier, modal: true, show: false });
    expect(prefs).toMatchObject({ partition: PAYMENT_PARTITION, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, devTools: false });
    expect(String(prefs.partition).startsWith('persist:')).toBe(false);
    expect(prefs).not.toHaveProperty('preload');
    expect(window.webContents.session).not.toBe(electronState.defaultSession);
    // The page is the one main built, from a data: URL (no file, no server of ours).
    expect(window.loadedUrl).toBe(`data:text/html;charset=utf-8;base64,${Buffer.from(page.html).toString('base64')}`);
  });

  it('has no bridge to the cashier API: a call from its webContents is refused by the IPC sender check', async () => {
    const fake = fakeHandlers();
    registerIpcHandlers(electronState.ipcMain as unknown as IpcMain, {
      router: createRouter(fake.handlers, createLogger({ level: 'silent', sinks: [] })),
      expected: { origin: APP_ORIGIN, isKnownWindow: (id) => id === cashier.id },
      windowIdOf: (event) => BrowserWindow.fromWebContents(event.sender)?.id ?? null,
    });
    const window = open();
    const event = { senderFrame: { url: 'https://pos-payment.invalid/', parent: null }, sender: window.webContents } as unknown as IpcMainInvokeEvent;
    expect(await electronState.ipcMain.invoke('payments:recent', event, { limit: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.calls).toHaveLength(0);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('catches the return URL in %s, stops it and closes the window', (name) => {
    const window = open();
    const url = `${RETURN}?imp_uid=imp_000000000001&merchant_uid=${page.merchantUid}`;
    const event = fakeEvent({ url });
    window.webContents.emit(name, event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(events.returned).toHaveBeenCalledWith(url);
    expect(window.isDestroyed()).toBe(true);
    // The close that follows is not a second ending.
    expect(events.closed).not.toHaveBeenCalled();
  });

  it('catches the return URL in a PG popup the window opened', () => {
    const window = open();
    const popup = new BrowserWindow({ webPreferences: { partition: PAYMENT_PARTITION } });
    window.webContents.emit('did-create-window', popup);
    const event = fakeEvent({ url: `${RETURN}?imp_uid=&merchant_uid=${page.merchantUid}&error_code=F1002` });
    popup.webContents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(events.returned).toHaveBeenCalledOnce();
    expect(popup.isDestroyed()).toBe(true);
    expect(window.isDestroyed()).toBe(true);
  });

  it('reports a window closed by the customer (or a crashed page) as closed, once', () => {
    const window = open();
    window.close();
    expect(events.closed).toHaveBeenCalledOnce();
    expect(events.returned).not.toHaveBeenCalled();

    const crashed = open();
    crashed.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    expect(events.closed).toHaveBeenCalledTimes(2);
    expect(crashed.isDestroyed()).toBe(true);
  });

  it('allows PG popups only for allowlisted https hosts (and the sandbox in sandbox mode); everything else is denied and logged', () => {
    const window = open();
    const handler = (window.webContents as FakeWebContents).windowOpenHandler;
    if (!handler) throw new Error('no window-open handler');
    expect(handler({ url: 'https://tbnpg.settlebank.co.kr/auth' }).action).toBe('allow');
    expect(handler({ url: 'http://127.0.0.1:8091/sdk/auth/imp_1' }).action).toBe('allow');
    expect(handler({ url: 'https://evil.example/phish' }).action).toBe('deny');
    expect(handler({ url: 'http://tbnpg.settlebank.co.kr/auth' }).action).toBe('deny');
    expect(logger.warn).toHaveBeenCalledWith('window.open denied', expect.objectContaining({ url: 'https://evil.example/phish' }));
    // Allowed popups keep the payment session, so they get the same guards.
    const allowed = handler({ url: 'https://tbnpg.settlebank.co.kr/auth' }) as { overrideBrowserWindowOptions: { webPreferences: { session: unknown } } };
    expect(allowed.overrideBrowserWindowOptions.webPreferences.session).toBe(window.webContents.session);
  });

  it('applies the same guards to a popup: navigation off the PG hosts is stopped and logged', () => {
    open();
    const popup = new BrowserWindow({ webPreferences: { partition: PAYMENT_PARTITION } });
    const away = fakeEvent({ url: 'https://evil.example/' });
    popup.webContents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith('navigation denied', expect.objectContaining({ url: 'https://evil.example/' }));
    const pg = fakeEvent({ url: 'https://tbnpg.settlebank.co.kr/next' });
    popup.webContents.emit('will-navigate', pg);
    expect(pg.preventDefault).not.toHaveBeenCalled();
  });

  it('leaves the cashier window under the app policy: it may not open PG popups', () => {
    open();
    const handler = (cashier.webContents as FakeWebContents).windowOpenHandler;
    expect(handler?.({ url: 'https://tbnpg.settlebank.co.kr/auth' }).action).toBe('deny');
  });
});
