/**
 * Renderer bundle size, raw and gzip, against an empty React page built by the same bundler with
 * the same options in the same run (bench/lib/renderer-builds.ts). Everything the page loads
 * counts: index.html plus every asset.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rendererBuilds } from '../lib/renderer-builds';
import { row, type Figure } from '../lib/types';

interface Size {
  raw: number;
  gzip: number;
  files: number;
}

function sizeOf(dir: string): Size {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: files.length };
}

const kb = (bytes: number): number => bytes / 1024;

export const figure: Figure = async () => {
  const builds = await rendererBuilds();
  const app = sizeOf(builds.app);
  const baseline = sizeOf(builds.baseline);
  const note = `vite build, same options; ${app.files} files vs ${baseline.files} (React + react-dom alone is the baseline)`;
  return [
    row({ figure: 'renderer bundle, raw', value: kb(app.raw), unit: 'KiB', baseline: kb(baseline.raw), note }),
    row({ figure: 'renderer bundle, gzip', value: kb(app.gzip), unit: 'KiB', baseline: kb(baseline.gzip), note: 'gzip -9 of each file, summed' }),
  ];
};
