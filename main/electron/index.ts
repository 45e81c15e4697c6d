import { app } from 'electron';
import { createAppCore } from '../core/app-core';
import { scrubString } from '../logging/scrub';
import { startElectronApp } from './start';

/** Electron main entry: everything is in start.ts so tests can drive it with a fake core. */
startElectronApp({ createAppCore, env: process.env, cwd: process.cwd() }).catch((error: unknown) => {
  console.error('Hecto POS failed to start', scrubString(error instanceof Error ? error.message : 'unknown error'));
  app.exit(1);
});
