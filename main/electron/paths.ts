import { isAbsolute, join, resolve } from 'node:path';

export interface AppPaths {
  /** Ledger, settings, vault, logs. */
  dataDir: string;
  logDir: string;
  /** Built renderer served on app://pos. */
  rendererDir: string;
  /** Built preload (CommonJS: sandboxed preloads cannot load ES modules). */
  preloadPath: string;
}

/** POS_DATA_DIR (absolute, or relative to the working directory) wins over Electron's userData. */
export function dataDirFrom(env: Readonly<Record<string, string | undefined>>, userData: string, cwd: string): string {
  const override = env.POS_DATA_DIR?.trim();
  if (override === undefined || override === '') return userData;
  return isAbsolute(override) ? override : resolve(cwd, override);
}

/** `appPath` is the app root (the asar when packaged, the project when run from source). */
export function appPaths(appPath: string, dataDir: string): AppPaths {
  return {
    dataDir,
    logDir: join(dataDir, 'logs'),
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
  };
}
