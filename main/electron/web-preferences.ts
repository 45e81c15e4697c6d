import type { WebPreferences } from 'electron';

/**
 * The one set of web preferences every window of the app starts from: sandboxed, isolated, no
 * Node anywhere, no <webview>, web security on; DevTools only in development. Windows add only
 * what is theirs (the cashier window's preload, the payment window's in-memory partition).
 */
export function lockedDownWebPreferences(isPackaged: boolean, extra: Pick<WebPreferences, 'preload' | 'partition'> = {}): WebPreferences {
  return {
    ...extra,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
    devTools: !isPackaged,
  };
}
