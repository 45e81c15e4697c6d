import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { electronState, resetElectron } from './mocks/electron';
import { registerIpcHandlers } from '../../main/electron/ipc';
import { createRouter } from '../../main/ipc/router';
import { createLogger } from '../../main/logging';
import { fakeHandlers, validRequests } from '../ipc/fake-handlers';

vi.mock('electron', () => import('./mocks/electron'));

interface FrameFake {
  url: string;
  parent: FrameFake | null;
}

function invokeEvent({ url = 'app://pos/index.html', mainFrame = true, windowId = 7 } = {}): IpcMainInvokeEvent {
  const top: FrameFake = { url: 'app://pos/index.html', parent: null };
  const frame: FrameFake = mainFrame ? { url, parent: null } : { url, parent: top };
  return { senderFrame: frame, sender: { id: windowId }, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
}

describe('IPC registration', () => {
  let calls: ReturnType<typeof fakeHandlers>['calls'];
  beforeEach(() => {
    resetElectron();
    const fake = fakeHandlers();
    calls = fake.calls;
    registerIpcHandlers(electronState.ipcMain as unknown as IpcMain, {
      router: createRouter(fake.handlers, createLogger({ level: 'silent', sinks: [] })),
      expected: { origin: 'app://pos', isKnownWindow: (id) => id === 7 },
      // The fake sender's id stands in for its window id.
      windowIdOf: (event) => (event.sender as unknown as { id: number }).id,
    });
  });

  it('answers a call from the main frame of the cashier window', async () => {
    expect(await electronState.ipcMain.invoke('payments:recent', invokeEvent(), validRequests.recentPayments)).toMatchObject({ ok: true });
    expect(calls).toEqual([{ method: 'recentPayments', request: { limit: 20 }, ctx: { transport: 'ipc', origin: 'app://pos' } }]);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['an iframe', { mainFrame: false }],
    ['an unknown window', { windowId: 8 }],
    ['a file: page', { url: 'file:///tmp/x.html' }],
  ])('refuses a call from %s without running the handler', async (_, sender) => {
    const result = await electronState.ipcMain.invoke('charge:keyed', invokeEvent(sender), validRequests.chargeKeyed);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a call whose frame is already gone', async () => {
    const event = { senderFrame: null, sender: { id: 7 } } as unknown as IpcMainInvokeEvent;
    expect(await electronState.ipcMain.invoke('settings:get', event, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('registers nothing but the contract channels', () => {
    expect(electronState.ipcMain.listenerCount('message')).toBe(0);
    expect([...electronState.ipcMain.handlers.keys()].every((c) => c.includes(':'))).toBe(true);
  });
});
