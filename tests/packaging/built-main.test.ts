import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The built main bundle (out/main/index.js, ESM) loads under Node with `electron` stubbed: every
 * import it keeps external (electron-store, electron-updater, zod, the core's modules) resolves,
 * and it does what it must before anything else, the data dir and the single-instance lock.
 */
describe('built main bundle', () => {
  const projectDir = resolve(import.meta.dirname, '..', '..');
  const bundle = join(projectDir, 'out', 'main', 'index.js');

  it('loads, honours POS_DATA_DIR and quits when another instance holds the lock', () => {
    if (!existsSync(bundle)) throw new Error('Missing out/main/index.js: run `npm run build` first (npm test does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-smoke-'));
    const run = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'fixtures', 'register-electron-stub.mjs'), bundle], {
      cwd: projectDir,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, POS_DATA_DIR: dataDir, SMOKE_USER_DATA: '/nonexistent-user-data' },
    });
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|SyntaxError|used before the lock/);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('SMOKE'))).toEqual([`SMOKE setPath userData ${dataDir}`, 'SMOKE quit']);
  });
});
