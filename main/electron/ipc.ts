import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract } from '../../contract/channels';
import type { Method } from '../../contract/channels';
import type { Router } from '../ipc/router';
import { checkIpcSender } from '../security/sender';
import type { SenderExpectations, SenderFacts } from '../security/sender';

export interface IpcRegistration {
  router: Router;
  expected: SenderExpectations;
  /** BrowserWindow.fromWebContents(sender)?.id, injected so the check stays testable. */
  windowIdOf: (event: IpcMainInvokeEvent) => number | null;
}

/** What Electron tells us about the sender, reduced to the facts the pure check needs. */
export function senderFacts(event: IpcMainInvokeEvent, windowIdOf: (event: IpcMainInvokeEvent) => number | null): SenderFacts {
  const frame = event.senderFrame;
  return {
    isMainFrame: frame !== null && frame.parent === null,
    frameUrl: frame?.url ?? '',
    windowId: windowIdOf(event),
  };
}

/**
 * One `ipcMain.handle` per contract channel and nothing else: the channel list is the allowlist.
 * Each handler checks the sender, then lets the router parse, dispatch and wrap the answer.
 */
export function registerIpcHandlers(ipcMain: IpcMain, { router, expected, windowIdOf }: IpcRegistration): string[] {
  const channels: string[] = [];
  for (const method of Object.keys(contract) as Method[]) {
    const { channel } = contract[method];
    ipcMain.handle(channel, (event, payload: unknown) =>
      router.callChannel(channel, payload, checkIpcSender(senderFacts(event, windowIdOf), expected)),
    );
    channels.push(channel);
  }
  return channels;
}
