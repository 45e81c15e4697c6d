/**
 * Browser host: time from navigation to the first interactive screen (the sale screen's search field focused
 * and enabled), in Debian's Chromium via playwright-core, against the baseline page (an empty
 * React page whose one labelled field takes focus) served the same way: the browser host, same
 * core, same bridge, same headers. Each sample is a fresh browser context (nothing cached, as at
 * start-up), timed inside the page from its navigation start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startSandbox } from '../../sandbox/server';
import { launchBrowser } from '../../tests/e2e/harness';
import { startWebHost, type WebHost } from '../../webhost/server';
import { measure } from '../lib/measure';
import { FIRST_FIELD_LABEL, rendererBuilds } from '../lib/renderer-builds';
import { row, type Figure } from '../lib/types';

const RUNS = { iterations: 8, warmupIterations: 2, rounds: 2 };

/**
 * Runs before any page script: records `performance.now()` (ms since navigation start) the first
 * time the focused element is an enabled input labelled like that field.
 */
const PROBE = `(() => {
  const label = ${JSON.stringify(FIRST_FIELD_LABEL)};
  const check = () => {
    if (window.__interactiveAt !== undefined) return true;
    const el = document.activeElement;
    if (el && el.tagName === 'INPUT' && !el.disabled && Array.from(el.labels || []).some((l) => l.textContent.trim() === label)) {
      window.__interactiveAt = performance.now();
      return true;
    }
    return false;
  };
  document.addEventListener('focusin', check, true);
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(() => (globalThis as { __interactiveAt?: number }).__interactiveAt, undefined, { timeout: 30_000 });
    return Number(await at.jsonValue());
  } finally {
    await context.close();
  }
}

export const figure: Figure = async () => {
  const builds = await rendererBuilds();
  const sandbox = await startSandbox({ port: 0 });
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-bench-host-'));
  const hosts: WebHost[] = [];
  const host = async (rendererDir: string, name: string) => {
    const started = await startWebHost({ port: 0, dataDir: join(dataDir, name), rendererDir, portoneApiUrl: sandbox.url, lang: 'ko' });
    hosts.push(started);
    return started.url;
  };
  const browser = await launchBrowser();
  try {
    const urls = { app: await host(builds.app, 'app'), baseline: await host(builds.baseline, 'baseline') };
    const samples: Record<keyof typeof urls, number[]> = { app: [], baseline: [] };
    // tinybench drives the runs (warm-up included); the figure is the in-page time of each measured run.
    for (let round = 0; round < RUNS.rounds; round++) {
      for (const name of ['app', 'baseline'] as const) {
        const seen: number[] = [];
        await measure(`first screen (${name})`, async () => seen.push(await timeToInteractive(browser, urls[name])), RUNS);
        samples[name].push(...seen.slice(-RUNS.iterations));
      }
    }
    const app = percentiles(samples.app);
    const baseline = percentiles(samples.baseline);
    return [
      row({
        figure: 'browser host: navigation → first field (sale search) focused',
        value: app.p50,
        unit: 'ms',
        baseline: baseline.p50,
        p50: app.p50,
        p95: app.p95,
        note: `Chromium, fresh context each; ${samples.app.length} runs in ${RUNS.rounds} interleaved rounds; baseline p95 ${baseline.p95.toFixed(0)} ms`,
      }),
    ];
  } finally {
    await browser.close();
    for (const h of hosts) await h.close();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

function percentiles(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const pos = (sorted.length - 1) * q;
    const lo = sorted[Math.floor(pos)] ?? 0;
    const hi = sorted[Math.ceil(pos)] ?? lo;
    return lo + (hi - lo) * (pos - Math.floor(pos));
  };
  return { p50: at(0.5), p95: at(0.95) };
}
