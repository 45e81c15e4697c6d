import type { App, BrowserWindow } from 'electron';

/**
 * One POS per machine: two instances would share one ledger and could both charge a card.
 * Returns false when another instance holds the lock (this one quits); the holder brings its
 * window to the front when someone starts the app again.
 */
export function acquireSingleInstance(app: App, currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
