#!/usr/bin/env node
// `npm start`: run the real Electron app from source.
//   1. find the Electron binary (the `electron` package downloads it on first use: needs network)
//   2. make sure better-sqlite3 is built for Electron's ABI (the installed one is built for Node)
//      in .cache/electron-native/, and hand its path to main as POS_SQLITE_BINDING
//   3. electron-vite build, then launch Electron on the project.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const modules = join(root, 'node_modules');
const require = createRequire(import.meta.url);
const versionOf = (pkg) => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;

function fail(message) {
  console.error(`\n✖ npm start: ${message}\n`);
  process.exit(1);
}

const OFFLINE_HINT = 'No network? The same app runs in a browser: npm run web -- --port 5173';

// 1. Electron binary.
let electronPath;
try {
  electronPath = require('electron');
} catch (error) {
  fail(`the Electron binary is not installed (${error.message}).\n  On a machine with network: npx install-electron --no\n  ${OFFLINE_HINT}`);
}
if (!existsSync(electronPath)) {
  fail(`no Electron binary at ${electronPath}.\n  Unset ELECTRON_OVERRIDE_DIST_PATH or point it at an unpacked Electron ${versionOf('electron')}.\n  ${OFFLINE_HINT}`);
}

// 2. better-sqlite3 for Electron's ABI, built once per (better-sqlite3, Electron, platform, arch).
const electronVersion = versionOf('electron');
const sqliteVersion = versionOf('better-sqlite3');
const cacheDir = join(root, '.cache', 'electron-native');
const binding = join(cacheDir, `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${process.platform}-${process.arch}.node`);

const run = (args, cwd) => spawnSync(process.execPath, args, { cwd, stdio: 'inherit' }).status === 0;

if (!existsSync(binding)) {
  console.log(`Getting better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
  // A temp copy, so node_modules keeps the Node build that tests and the browser host use.
  const work = mkdtempSync(join(tmpdir(), 'pos-better-sqlite3-'));
  const source = join(modules, 'better-sqlite3');
  cpSync(source, work, { recursive: true, filter: (path) => path !== join(source, 'build') });
  const ok =
    run([join(modules, 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], work) ||
    (console.log('No prebuilt binary; compiling with node-gyp against Electron headers (needs a C++ toolchain)…'),
    run(
      [
        join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      work,
    ));
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (!ok || !existsSync(built)) {
    fail(
      `could not get better-sqlite3 for Electron ${electronVersion}: no prebuilt download and no local compile.\n` +
        '  Needs network (github.com, electronjs.org/headers), or Python 3 + a C++ compiler for node-gyp.\n' +
        `  ${OFFLINE_HINT}`,
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  copyFileSync(built, binding);
  rmSync(work, { recursive: true, force: true });
}

// 3. Build and launch.
if (!run([join(modules, 'electron-vite', 'bin', 'electron-vite.js'), 'build'], root)) fail('electron-vite build failed (see above).');

const env = { ...process.env, POS_SQLITE_BINDING: binding };
// Set, it would make Electron behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`could not start Electron: ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
