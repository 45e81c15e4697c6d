/**
 * `npm run bench [-- name…]`: runs every module in bench/figures (or those whose file name
 * contains one of the names), prints one markdown table and writes bench/results/*.json.
 * A new figure is a new file there exporting `figure: Figure`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanupRendererBuilds } from './lib/renderer-builds';
import { machine, markdown, writeResults } from './lib/report';
import type { Figure, Row } from './lib/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'figures'))
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

const rows: Row[] = [];
const failed: string[] = [];
for (const file of files) {
  console.error(`bench: ${file}…`);
  try {
    const mod = (await import(pathToFileURL(join(here, 'figures', file)).href)) as { figure?: Figure };
    if (typeof mod.figure !== 'function') throw new Error('does not export "figure"');
    rows.push(...(await mod.figure()));
  } catch (error) {
    // One broken figure must not hide the others; the run still fails at the end.
    console.error(`bench: ${file} failed:`, error);
    failed.push(file);
  }
}

// The bundle and first-screen figures share one pair of renderer builds; drop them once all ran.
cleanupRendererBuilds();

const date = new Date().toISOString();
const m = machine();
console.log(markdown(rows, m, date));
console.error(`bench: wrote ${writeResults(join(here, 'results'), rows, m, date)}`);
if (failed.length > 0) {
  console.error(`bench: failed figures: ${failed.join(', ')}`);
  process.exitCode = 1;
}
