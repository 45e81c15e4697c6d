import type { App } from 'electron';
import electronUpdater from 'electron-updater';
import type { Logger } from '../logging/logger';

/** Only an installed (packaged) build updates itself; dev runs would just log feed errors. */
export function checkForUpdates(app: App, logger: Logger): void {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = null;
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => logger.warn('update check failed', { error }));
}
