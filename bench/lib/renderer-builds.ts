import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import config from '../../electron.vite.config';
import { saleMessages } from '../../renderer/src/sale/messages';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Under node_modules so the baseline entry resolves react from the project, and git ignores it. */
const SCRATCH = join(REPO_ROOT, 'node_modules', '.cache', 'pos-bench');

/** The label of the sale screen's search field: the app's first interactive control, which the baseline page copies. */
export const FIRST_FIELD_LABEL = saleMessages.ko.search;

export interface RendererBuilds {
  /** The cashier UI, built with the renderer options of electron.vite.config.ts. */
  app: string;
  /** An empty React page with one labelled, auto-focused field, built with the very same options. */
  baseline: string;
}

const BASELINE_HTML = `<!doctype html>
<html lang="ko">
  <head><meta charset="UTF-8" /><title>baseline</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

const BASELINE_MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <label htmlFor="amount">${FIRST_FIELD_LABEL}</label>
      <input id="amount" autoFocus />
    </StrictMode>,
  );
}
`;

let builds: Promise<RendererBuilds> | null = null;

/** Both builds, made once per bench run (the bundle-size and first-screen figures share them). */
export function rendererBuilds(): Promise<RendererBuilds> {
  builds ??= makeBuilds();
  return builds;
}

export function cleanupRendererBuilds(): void {
  rmSync(SCRATCH, { recursive: true, force: true });
  builds = null;
}

async function makeBuilds(): Promise<RendererBuilds> {
  mkdirSync(SCRATCH, { recursive: true });
  const dir = mkdtempSync(join(SCRATCH, 'run-'));
  const source = join(dir, 'baseline-src');
  mkdirSync(source);
  writeFileSync(join(source, 'index.html'), BASELINE_HTML);
  writeFileSync(join(source, 'main.tsx'), BASELINE_MAIN);
  const app = join(dir, 'app');
  const baseline = join(dir, 'baseline');
  await build(options(resolve(REPO_ROOT, 'renderer'), app, resolve(REPO_ROOT, 'renderer/index.html')));
  await build(options(source, baseline, join(source, 'index.html')));
  return { app, baseline };
}

/** electron-vite's renderer options (plugins, minify) with only root, input and output changed. */
function options(root: string, outDir: string, input: string): InlineConfig {
  const renderer = config.renderer ?? {};
  return {
    configFile: false,
    logLevel: 'warn',
    ...renderer,
    root,
    build: { ...renderer.build, outDir, emptyOutDir: true, rollupOptions: { input } },
  } as InlineConfig;
}
