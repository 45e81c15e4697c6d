import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** `npm start` cannot run here (no Electron binary); it must say so clearly, without downloading. */
describe('scripts/start-electron.mjs', () => {
  it('explains a missing Electron binary and points to the browser host', () => {
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/start-electron.mjs')], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', HTTPS_PROXY: 'http://127.0.0.1:9' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no Electron binary at /nonexistent-electron-dist');
    expect(run.stderr).toContain('npm run web -- --port');
    expect(run.stdout).not.toContain('Getting better-sqlite3');
  });
});
