import type { CallContext, SenderVerdict } from '../ipc/handlers';
import { originOf } from './origin';

/** What the IPC transport knows about the frame that sent a message. */
export interface SenderFacts {
  /** False for iframes and for a frame already gone (`senderFrame === null`). */
  isMainFrame: boolean;
  /** URL of the sending frame. */
  frameUrl: string;
  /** Id of the BrowserWindow that owns the sender, or null when it is not in a window. */
  windowId: number | null;
}

export interface SenderExpectations {
  /** e.g. `app://pos`. */
  origin: string;
  /** Windows allowed to call main; the cashier window only for now. */
  isKnownWindow: (windowId: number) => boolean;
}

/**
 * Main frame only, the app's own origin, a window main created. Any other frame (an iframe a
 * compromised page injected, a popup, a page that navigated elsewhere) gets `forbidden`.
 */
export function checkIpcSender(facts: SenderFacts, expected: SenderExpectations): SenderVerdict {
  if (!facts.isMainFrame) return deny('sender is not a main frame');
  const origin = originOf(facts.frameUrl);
  if (origin === null || origin !== expected.origin.toLowerCase()) return deny('sender origin is not the app origin');
  if (facts.windowId === null || !expected.isKnownWindow(facts.windowId)) return deny('sender window is not known');
  return allow({ transport: 'ipc', origin });
}

export function allow(ctx: CallContext): SenderVerdict {
  return { ok: true, ctx };
}

export function deny(reason: string): SenderVerdict {
  return { ok: false, reason };
}
