import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract } from '../../contract/channels';
import type { Method } from '../../contract/channels';
import type { PosApi } from '../../contract/api';
import { registerIpcHandlers } from '../../main/electron/ipc';
import { createRouter } from '../../main/ipc/router';
import { createLogger } from '../../main/logging';
import { electronState, resetElectron } from '../electron/mocks/electron';
import { fakeHandlers, validRequests } from './fake-handlers';

vi.mock('electron', () => import('../electron/mocks/electron'));

const methods = Object.keys(contract) as Method[];
const channels = methods.map((m) => contract[m].channel);

let exposed: [string, PosApi][] = [];

/**
 * What the real preload put on window.pos, run once against the fakes. Its functions keep
 * working after resetElectron(): the fake ipcRenderer always forwards to the current fake.
 */
async function loadPreload(): Promise<{ name: string; api: PosApi }> {
  expect(exposed).toHaveLength(1);
  const [name, api] = exposed[0] as [string, PosApi];
  return { name, api };
}

describe('contract: preload and main agree', () => {
  beforeAll(async () => {
    resetElectron();
    await import('../../preload/index');
    exposed = [...(electronState.contextBridge.exposeInMainWorld.mock.calls as [string, PosApi][])];
  });
  beforeEach(() => resetElectron());

  it('contract channels are unique', () => {
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('the preload exposes exactly one function per contract method on window.pos, and nothing else', async () => {
    const { name, api } = await loadPreload();
    expect(name).toBe('pos');
    expect(Object.keys(api).sort()).toEqual([...methods].sort());
    for (const method of methods) expect(typeof api[method]).toBe('function');
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(api).not.toHaveProperty(forbidden);
  });

  it('each preload function invokes its own channel with the payload only', async () => {
    const { api } = await loadPreload();
    electronState.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: null });
    for (const method of methods) {
      electronState.ipcRenderer.invoke.mockClear();
      const call = api[method] as (request: unknown) => Promise<unknown>;
      await call(validRequests[method]);
      expect(electronState.ipcRenderer.invoke.mock.calls).toEqual([[contract[method].channel, validRequests[method]]]);
    }
  });

  it('main registers one handler for every contract channel and no other', () => {
    const { handlers } = fakeHandlers();
    registerIpcHandlers(electronState.ipcMain as unknown as IpcMain, {
      router: createRouter(handlers, createLogger({ level: 'silent', sinks: [] })),
      expected: { origin: 'app://pos', isKnownWindow: () => true },
      windowIdOf: () => 1,
    });
    expect([...electronState.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('a call through the preload reaches the matching main handler and comes back as a Result', async () => {
    const fake = fakeHandlers();
    registerIpcHandlers(electronState.ipcMain as unknown as IpcMain, {
      router: createRouter(fake.handlers, createLogger({ level: 'silent', sinks: [] })),
      expected: { origin: 'app://pos', isKnownWindow: (id) => id === 1 },
      windowIdOf: () => 1,
    });
    const event = { senderFrame: { url: 'app://pos/index.html', parent: null }, sender: { id: 1 } } as unknown as IpcMainInvokeEvent;
    electronState.ipcRenderer.invoke.mockImplementation((channel: string, payload: unknown) =>
      // structuredClone: what crosses the process boundary in Electron.
      electronState.ipcMain.invoke(channel, event, structuredClone(payload)).then((r) => structuredClone(r)),
    );
    const { api } = await loadPreload();
    for (const method of methods) {
      const result = await (api[method] as (request: unknown) => Promise<unknown>)(validRequests[method]);
      expect(result).toMatchObject({ ok: true });
      expect(contract[method].response.safeParse((result as { data: unknown }).data).success).toBe(true);
    }
    expect(fake.calls.map((c) => c.method)).toEqual(methods);
  });
});
