import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contract } from '../../contract/channels';

/**
 * The built main bundle (out/main/index.js, ESM) run under Node with `electron` stubbed
 * (fixtures/electron-stub.mjs): every import it keeps external (electron-store, electron-updater,
 * zod, better-sqlite3, …) resolves, the real core starts behind the real entry, and the order of
 * what main does matches the design. The closest we get to `npm start` without the binary.
 */
describe('built main bundle', () => {
  const projectDir = resolve(import.meta.dirname, '..', '..');
  const bundle = join(projectDir, 'out', 'main', 'index.js');

  const runBundle = (mode: 'lock' | 'full', dataDir: string, extraEnv: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'fixtures', 'register-electron-stub.mjs'), bundle], {
      cwd: projectDir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SMOKE_MODE: mode, POS_DATA_DIR: dataDir, SMOKE_USER_DATA: '/nonexistent-user-data', POS_LOG_LEVEL: 'info', ...extraEnv },
    });
  const smokeLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('SMOKE'));

  it('starts the real core in POS_DATA_DIR, opens the window on app://pos, serves it and answers IPC', () => {
    if (!existsSync(bundle)) throw new Error('Missing out/main/index.js: run `npm run build` first (npm test does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-smoke-'));
    const run = runBundle('full', dataDir);
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|SyntaxError/);
    expect(run.status).toBe(0);
    expect(smokeLines(run.stdout)).toEqual([
      `SMOKE setPath userData ${dataDir}`,
      'SMOKE enableSandbox',
      'SMOKE registerSchemesAsPrivileged',
      // development build on Linux: the Developer menu only (no F11 full screen, no Ctrl+R)
      'SMOKE menu 1',
      'SMOKE protocol.handle app',
      'SMOKE window sandbox=true preload=./out/preload/index.cjs',
      'SMOKE loadURL app://pos/index.html',
      // One handler per contract method, whoever added it.
      `SMOKE ipc ${Object.keys(contract).length}`,
      // What the stub does as the renderer: page and script over app:// with the CSP, then IPC.
      'SMOKE page 200 csp=true',
      'SMOKE script 200 text/javascript; charset=utf-8',
      'SMOKE settings:get ok=true mode=sandbox vault=false api=127.0.0.1',
      'SMOKE foreign settings:get forbidden',
      'SMOKE bad payload invalid_input field=limit',
    ]);
    const log = readFileSync(join(dataDir, 'logs', 'pos.log'), 'utf8');
    expect(log).toContain('"msg":"POS started"');
    // The stub's safeStorage is Linux basic_text: the vault says why it will not save.
    expect(log).toContain('credentials vault unavailable');
  });

  it('loads, honours POS_DATA_DIR and quits when another instance holds the lock', () => {
    if (!existsSync(bundle)) throw new Error('Missing out/main/index.js: run `npm run build` first (npm test does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-smoke-'));
    const run = runBundle('lock', dataDir);
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|SyntaxError|used before the lock/);
    expect(run.status).toBe(0);
    expect(smokeLines(run.stdout)).toEqual([`SMOKE setPath userData ${dataDir}`, 'SMOKE quit']);
  });

  it('an installed build (app.isPackaged) ignores every developer override in the environment', () => {
    if (!existsSync(bundle)) throw new Error('Missing out/main/index.js: run `npm run build` first (npm test does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-smoke-'));
    const run = runBundle('full', dataDir, {
      SMOKE_PACKAGED: '1',
      // Honoured, each of these would show: another API host, or no ledger at all (no such module).
      PORTONE_API_URL: 'http://localhost:9/evil',
      POS_IAMPORT_JS_URL: 'http://localhost:9/evil.js',
      POS_SQLITE_BINDING: join(dataDir, 'evil.node'),
      POS_DEVTOOLS: '1',
    });
    expect(run.status).toBe(0);
    expect(smokeLines(run.stdout)).toContain('SMOKE settings:get ok=true mode=sandbox vault=false api=127.0.0.1');
    const log = readFileSync(join(dataDir, 'logs', 'pos.log'), 'utf8');
    expect(log).toContain('"msg":"POS started"');
    const warning = log.split('\n').find((line) => line.includes('developer overrides ignored'));
    expect(warning).toBeDefined();
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ ignored: ['PORTONE_API_URL', 'POS_IAMPORT_JS_URL', 'POS_SQLITE_BINDING', 'POS_DEVTOOLS'] });
    expect(log).not.toContain('localhost:9');
  });

  it('a development run honours them (the same bundle, not packaged)', () => {
    if (!existsSync(bundle)) throw new Error('Missing out/main/index.js: run `npm run build` first (npm test does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'pos-smoke-'));
    const run = runBundle('full', dataDir, { PORTONE_API_URL: 'http://localhost:9/evil' });
    expect(smokeLines(run.stdout)).toContain('SMOKE settings:get ok=true mode=sandbox vault=false api=localhost');
  });
});
