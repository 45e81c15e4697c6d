import { app, dialog } from 'electron';
import { createAppCore } from '../core/app-core';
import { scrubString } from '../logging/scrub';
import { startElectronApp } from './start';

/** Electron main entry: everything is in start.ts so tests can drive it with a fake core. */
startElectronApp({ createAppCore, env: process.env, cwd: process.cwd() }).catch((error: unknown) => {
  const reason = scrubString(error instanceof Error ? error.message : 'unknown error');
  console.error('Hecto POS failed to start:', reason);
  // A cashier launched it from an icon: say it in a window, not only on a console nobody sees.
  if (app.isReady()) dialog.showErrorBox('Hecto POS could not start', reason);
  app.exit(1);
});
