import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./bridge.ts', import.meta.url));

/** Compiles bridge.ts into one classic (non-module) script with this run's token inlined. */
export async function bundleBridge(token: string): Promise<string> {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __POS_HOST_TOKEN__: JSON.stringify(token) },
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bridge script');
  return file.text;
}
