import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The installer config, checked offline: electron-builder's own schema validation, then a real
 * `--linux dir` build from the CI variant (stand-in Electron, no fuses, no rebuild) and a look
 * inside the resulting app.asar. Needs `out/` from `npm run build` (npm test builds first).
 */

const projectDir = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown>;
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: Config | null) => Promise<Config>;
  validateConfiguration: (config: Config, debugLogger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const asar = require('@electron/asar') as {
  listPackage: (archive: string, options?: object) => string[];
  extractFile: (archive: string, file: string) => Buffer;
};

const load = (file: string): Promise<Config> => getConfig(projectDir, join(projectDir, file), null);
const validate = (config: Config): Promise<void> => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(await load('electron-builder.yml'))).resolves.toBeUndefined();
  });

  it('(the validator does reject a wrong config)', async () => {
    await expect(validate({ ...(await load('electron-builder.yml')), asar: 'yes please', notAnOption: 1 })).rejects.toThrow(/Invalid configuration/);
  });

  it('declares id, name, files allowlist, asar, every target, the fuses and an update feed', async () => {
    const config = await load('electron-builder.yml');
    expect(config).toMatchObject({ appId: 'kr.hecto.pos', productName: 'Hecto POS', asar: true });
    // getConfig normalises `files` into one FileSet; the allowlist is its filter.
    expect(config.files).toEqual([{ filter: ['out/**/*', 'package.json', '!**/*.map', '!**/.env', '!**/.env.*'] }]);
    const targets = (platform: string) =>
      ((config[platform] as { target: { target: string }[] }).target ?? []).map((t) => t.target);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg', 'zip']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config.publish).toEqual([{ provider: 'generic', url: expect.stringMatching(/^https:\/\//) as unknown }]);
  });

  it('the CI variant extends it and only swaps out what needs the network', async () => {
    const ci = await load('electron-builder.ci.yml');
    await expect(validate(ci)).resolves.toBeUndefined();
    expect(ci).toMatchObject({ appId: 'kr.hecto.pos', asar: true, electronFuses: null, npmRebuild: false, electronDist: 'tests/packaging/fake-electron-dist' });
    expect(ci.files).toEqual((await load('electron-builder.yml')).files);
  });
});

describe('linux dir build from the CI variant', () => {
  let outputDir: string;
  let archive: string;
  let entries: string[];

  beforeAll(() => {
    const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
    const missing = built.filter((file) => !existsSync(join(projectDir, file)));
    if (missing.length > 0) throw new Error(`Missing ${missing.join(', ')}: run \`npm run build\` first (npm test does).`);
    outputDir = mkdtempSync(join(tmpdir(), 'pos-dist-'));
    const run = spawnSync(
      join(projectDir, 'node_modules', '.bin', 'electron-builder'),
      ['--config', 'electron-builder.ci.yml', '--linux', 'dir', '--publish', 'never', `-c.directories.output=${outputDir}`],
      {
        cwd: projectDir,
        encoding: 'utf8',
        timeout: 240_000,
        // Nothing may be downloaded: any attempt goes to a dead proxy and fails the build.
        env: { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', CI: 'true' },
      },
    );
    if (run.status !== 0) throw new Error(`electron-builder failed (${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
    archive = join(outputDir, 'linux-unpacked', 'resources', 'app.asar');
    entries = asar.listPackage(archive);
  }, 300_000);

  it('packs the built main, preload, renderer and package.json', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(entries).toContain(file);
    }
    expect(entries.some((e) => e.startsWith('/out/renderer/assets/') && e.endsWith('.js'))).toBe(true);
    expect(entries).toContain('/node_modules/electron-store/package.json');
  });

  it('packs no tests, sources, source maps or env files', () => {
    const ours = entries.filter((e) => !e.startsWith('/node_modules/'));
    expect(ours.filter((e) => /\.(ts|tsx|mts|cts)$/.test(e))).toEqual([]);
    expect(ours.filter((e) => /^\/(tests|main|preload|renderer|contract|domain|sandbox|webhost|bench|scripts|docs|\.ci|\.cache)(\/|$)/.test(e))).toEqual([]);
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(entries.filter((e) => /(^|\/)\.env(\.|$)/.test(e))).toEqual([]);
    expect(ours.filter((e) => /electron-builder(\.ci)?\.yml$|tsconfig|vitest\.config|eslint\.config|electron\.vite\.config/.test(e))).toEqual([]);
    // Only the build output and the manifest at the top level.
    expect(ours.filter((e) => e.split('/').length === 2).sort()).toEqual(['/node_modules', '/out', '/package.json']);
  });

  it('ships package.json without scripts and the preload needing nothing but electron', () => {
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as Record<string, unknown>;
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg).not.toHaveProperty('scripts');
    const preload = asar.extractFile(archive, 'out/preload/index.cjs').toString();
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('keeps native modules outside the asar so they can load', () => {
    const unpacked = join(outputDir, 'linux-unpacked', 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(unpacked)).toBe(true);
    expect(readFileSync(join(unpacked, 'package.json'), 'utf8')).toContain('better-sqlite3');
  });

  it('cleans up', () => {
    rmSync(outputDir, { recursive: true, force: true });
    expect(existsSync(outputDir)).toBe(false);
  });
});
