import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { lockedDownWebPreferences } from './web-preferences';

export interface MainWindowOptions {
  preloadPath: string;
  isPackaged: boolean;
}

/** The cashier window: sandboxed, isolated, no Node, no <webview>; DevTools only in development. */
export function mainWindowOptions({ preloadPath, isPackaged }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    title: 'Hecto POS',
    backgroundColor: '#ffffff',
    webPreferences: lockedDownWebPreferences(isPackaged, { preload: preloadPath }),
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  // Shown when painted, so the cashier never sees a white flash.
  window.once('ready-to-show', () => window.show());
  return window;
}
