/**
 * Sale screen: a barcode scanned (keyboard wedge: the code typed key by key, then Enter) to the
 * frame that paints its new cart line, in Debian's Chromium through the browser host, timed in the
 * page from handling the Enter keydown to the first animation frame after the line is in the DOM. It holds
 * the whole path: the wedge, `productByCode` over the bridge, the cart rule and React's render.
 * Baseline, same browser and run: a keypress echoed into a plain input (keydown → the frame after
 * its input event), the least a key can cost on this machine.
 */
import type { Page } from 'playwright-core';
import { gs1CheckDigit } from '../../domain/barcode';
import { startSandbox } from '../../sandbox/server';
import { ensureRendererBuilt, launchBrowser, wedgeType, type TillWindow } from '../../tests/e2e/harness';
import { startWebHost } from '../../webhost/server';
import { measure } from '../lib/measure';
import { benchDir } from '../lib/temp';
import { row, type Figure } from '../lib/types';

const RUNS = { iterations: 60, warmupIterations: 6 };
const ean13 = (body: string) => `${body}${gs1CheckDigit(body)}`;
const CODES = [ean13('880999000001'), ean13('880999000002')];

/**
 * Runs before the app's scripts, so its window capture listener sees Enter first: the start is when
 * the page begins handling it (not the event's stamp, which the driver sets as a scanner would).
 * Each new `.cart-line` (or echoed input) records the next frame's time.
 */
const PROBE = `(() => {
  const w = window;
  w.__times = [];
  w.__start = 0;
  w.addEventListener('keydown', (e) => { if (e.key === 'Enter' || w.__echo) w.__start = performance.now(); }, true);
  const done = () => requestAnimationFrame(() => w.__times.push(performance.now() - w.__start));
  let lines = 0;
  new MutationObserver(() => {
    const now = document.querySelectorAll('.cart-line').length;
    if (now > lines) done();
    lines = now;
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('input', (e) => { if (w.__echo && e.target.id === 'echo') done(); }, true);
})();`;

interface ProbeWindow {
  __times: number[];
  __echo?: boolean;
}

const timesOf = (page: Page) => page.evaluate(() => (globalThis as unknown as ProbeWindow).__times.length);
const lastTime = (page: Page) => page.evaluate(() => (globalThis as unknown as ProbeWindow).__times.at(-1) ?? NaN);

async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await timesOf(page);
  await act();
  await page.waitForFunction((n) => (globalThis as unknown as ProbeWindow).__times.length > n, before, { timeout: 10_000 });
  return lastTime(page);
}

export const figure: Figure = async () => {
  await ensureRendererBuilt();
  const dir = benchDir();
  const sandbox = await startSandbox({ port: 0 });
  const host = await startWebHost({ port: 0, dataDir: dir.path, portoneApiUrl: sandbox.url, lang: 'ko' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript({ content: PROBE });
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    const saved = await page.evaluate(async (codes) => {
      const { pos } = globalThis as unknown as TillWindow;
      const base = { taxation: 'taxable' as const, categoryId: null, shortCode: '', openPrice: false, active: true, gridOrder: 0 };
      return Promise.all(codes.map((code, i) => pos.saveProduct({ ...base, name: `벤치 상품 ${i + 1}`, price: 1000 + i, barcodes: [code] })));
    }, CODES);
    if (!saved.every((r) => r.ok)) throw new Error(`scan-to-paint: seeding failed ${JSON.stringify(saved)}`);
    // Start from a settled screen (the catalog and held list loaded), as a till is between customers.
    await page.waitForLoadState('networkidle');

    // Alternating two products, so every scan adds a line (the same product twice only adds to the quantity).
    let next = 0;
    const scan = () =>
      timed(page, async () => {
        await wedgeType(page, CODES[next++ % CODES.length] ?? '');
      });
    const scans: number[] = [];
    await measure('scan to painted cart line', async () => scans.push(await scan()), RUNS);

    const echoPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await echoPage.setContent('<label for="echo">입력</label><input id="echo" autofocus>');
    await echoPage.evaluate(PROBE);
    await echoPage.evaluate(() => {
      (globalThis as unknown as ProbeWindow).__echo = true;
    });
    await echoPage.focus('#echo');
    const echoes: number[] = [];
    await measure('keypress echoed into an input', async () => echoes.push(await timed(echoPage, () => echoPage.keyboard.press('7'))), RUNS);

    // tinybench drives the runs (warm-up included); the figure is the in-page time of each measured run.
    const a = percentiles(scans.slice(-RUNS.iterations));
    const b = percentiles(echoes.slice(-RUNS.iterations));
    return [
      row({
        figure: 'sale screen: scanned barcode → cart line painted',
        value: a.p95,
        unit: 'ms',
        baseline: b.p95,
        p50: a.p50,
        p95: a.p95,
        note: `Chromium via the browser host, in-page time from Enter to the next frame; ${RUNS.iterations} scans; baseline (keypress echoed into an input) p50 ${b.p50.toFixed(1)} ms`,
      }),
    ];
  } finally {
    await browser.close();
    await host.close();
    await sandbox.close();
    dir.cleanup();
  }
};

function percentiles(values: readonly number[]): { p50: number; p95: number } {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * q))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}
