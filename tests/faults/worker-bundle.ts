import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Under node_modules so the bundle's bare imports (fastify, better-sqlite3…) resolve to the project's. */
const CACHE = join(REPO_ROOT, 'node_modules', '.cache', 'pos-faults');

/**
 * The worker (the app's core) bundled once per campaign, as the Electron build bundles main: a
 * restarted core then starts in a fraction of the time tsx needs to compile it again, which is
 * most of what each kill costs. Packages stay external (the native SQLite binding among them).
 */
export async function bundleWorker(): Promise<{ script: string; cleanup: () => void }> {
  mkdirSync(CACHE, { recursive: true });
  const script = join(CACHE, `worker-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: script,
    logLevel: 'warning',
  });
  return { script, cleanup: () => rmSync(script, { force: true }) };
}
