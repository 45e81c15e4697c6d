/**
 * Shared launcher for the browser tests: the embedded PortOne sandbox, the browser host in this
 * process (or as a child process when a test must kill it), and Debian's Chromium driven by
 * playwright-core. Pages are opened at the till's 1366×768.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { PosApi } from '../../contract/api';
import type { Lang } from '../../contract/schemas';
import { en } from '../../renderer/src/i18n/en';
import { ko, type MessageKey } from '../../renderer/src/i18n/ko';
import { settingsMessages, type SettingsKey } from '../../renderer/src/settings/messages';
import { resultMessages, type ResultKey } from '../../renderer/src/result/messages';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { startWebHost, type WebHost, type WebHostOptions } from '../../webhost/server';
import { sandboxToken } from '../core/support/sandbox';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `npm test` builds first; a bare `vitest run tests/e2e` builds the renderer once if it is missing. */
export async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(REPO_ROOT, 'renderer'),
    plugins: [react()],
    build: { outDir: RENDERER_DIR, emptyOutDir: true },
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** The UI's own words, so tests find controls by the labels a cashier (or a screen reader) sees. */
/** What the till shows for a key of the shared dictionary or the settings screen's own. */
/** A key of any dictionary the e2e tests read screen words from. */
export type TextKey = MessageKey | SettingsKey | ResultKey;

export const text = (lang: Lang, key: TextKey): string =>
  ({ ...(lang === 'ko' ? ko : en), ...settingsMessages[lang], ...resultMessages[lang] })[key];

export interface Stack {
  sandbox: SandboxHandle;
  host: WebHost;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh sandbox and a browser host pointed at it (PORTONE_API_URL), each with its own temp data. */
export async function startStack(options: { lang?: Lang; core?: WebHostOptions['core'] } = {}): Promise<Stack> {
  await ensureRendererBuilt();
  const sandbox = await startSandbox({ port: 0 });
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-'));
  const host = await startWebHost({
    port: 0,
    dataDir,
    portoneApiUrl: sandbox.url,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.core ? { core: options.core } : {}),
  });
  return {
    sandbox,
    host,
    dataDir,
    async close() {
      await host.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A stack and the browser that drives it: what almost every browser suite starts in beforeAll. */
export interface Till extends Stack {
  browser: Browser;
}

/** Chromium and a stack, started side by side; close() closes the browser, then the stack. */
export async function startTill(options: Parameters<typeof startStack>[0] = {}): Promise<Till> {
  const [browser, stack] = await Promise.all([launchBrowser(), startStack(options)]);
  return {
    ...stack,
    browser,
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}

/** The browser host as its own process (`tsx webhost/cli.ts`), for tests that must kill it. */
export interface HostProcess {
  url: string;
  kill(): Promise<void>;
}

export async function spawnHost(env: { dataDir: string; portoneApiUrl: string; lang?: Lang }): Promise<HostProcess> {
  await ensureRendererBuilt();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'webhost/cli.ts', '--port', '0'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      POS_DATA_DIR: env.dataDir,
      PORTONE_API_URL: env.portoneApiUrl,
      POS_LANG: env.lang ?? 'ko',
      POS_LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      // The printed address carries this run's token: only a page opened at it may use the API.
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) resolveUrl(m[0]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}) before listening: ${out}`)));
  });
  return {
    url,
    kill: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        // SIGKILL: no shutdown hooks, exactly like a power cut as far as the ledger is concerned.
        child.kill('SIGKILL');
      }),
  };
}

/** A tab at the till's resolution, with the app rendered (the navigation is there). */
export async function openTill(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.getByRole('navigation').waitFor();
  return page;
}

// ---- the sandbox as PortOne itself sees it -------------------------------------------------

interface SandboxPayment {
  imp_uid: string;
  merchant_uid: string;
  status: string;
  amount: number;
}

/** Every payment the sandbox recorded (any status): what a double charge would show up in. */
export async function sandboxPayments(sandboxUrl: string): Promise<SandboxPayment[]> {
  const token = await sandboxToken(sandboxUrl);
  const res = await fetch(`${sandboxUrl}/payments/status/all?limit=100`, { headers: { authorization: token } });
  const body = (await res.json()) as { code: number; response: { total: number; list: SandboxPayment[] } };
  if (body.code !== 0) throw new Error(`sandbox list failed: ${JSON.stringify(body)}`);
  return body.response.list;
}

// ---- the keyed-charge form ---------------------------------------------------------------

export interface CardEntry {
  amount: string;
  taxFree?: string;
  orderName: string;
  buyerName?: string;
  buyerTel?: string;
  cardNumber: string;
  expiry: string;
  corporate?: boolean;
  birth: string;
  pwd2: string;
}

/** An expiry (MM/YY) two years ahead of today, so the test cards never age out. */
export function futureExpiry(now = new Date()): string {
  return `${String(now.getMonth() + 1).padStart(2, '0')}/${String((now.getFullYear() + 2) % 100).padStart(2, '0')}`;
}

export function validCard(cardNumber: string, over: Partial<CardEntry> = {}): CardEntry {
  return {
    amount: '12000',
    orderName: '전화 주문 테스트',
    buyerName: '홍길동',
    buyerTel: '010-1234-5678',
    cardNumber,
    expiry: futureExpiry(),
    birth: '900101',
    pwd2: '12',
    ...over,
  };
}

/** Types into the form by label, as a cashier would (the inputs format as they go). */
export async function fillCharge(page: Page, lang: Lang, entry: CardEntry): Promise<void> {
  // Scoped to the charge form: other kept-mounted screens (the payment window) have fields with the same labels.
  const form = page.getByRole('form', { name: text(lang, 'charge.title') });
  // The sale screen opens first; the keyed form is the quick charge (F3).
  if (!(await form.isVisible())) await page.keyboard.press('F3');
  const field = (key: MessageKey) => form.getByLabel(text(lang, key), { exact: true });
  await field('charge.amount').fill(entry.amount);
  await field('charge.taxFree').fill(entry.taxFree ?? '');
  await field('charge.orderName').fill(entry.orderName);
  await field('charge.buyerName').fill(entry.buyerName ?? '');
  await field('charge.buyerTel').fill(entry.buyerTel ?? '');
  await field('charge.cardNumber').fill(entry.cardNumber);
  await field('charge.expiry').fill(entry.expiry);
  await form.getByRole('radio', { name: text(lang, entry.corporate ? 'charge.corporate' : 'charge.personal') }).check();
  await field(entry.corporate ? 'charge.businessNumber' : 'charge.birth').fill(entry.birth);
  await field('charge.pwd2').fill(entry.pwd2);
}

export const payButton = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: new RegExp(lang === 'ko' ? '결제(하기)? \\(Enter\\)$' : '^Pay') });

// ---- what a script in the page sees (this tsconfig has no DOM lib, on purpose) ---------------

interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
}

/** The page's globals used inside `page.evaluate`; cast from `globalThis` there. */
export interface TillWindow {
  pos: PosApi;
  document: {
    documentElement: { outerHTML: string; lang: string };
    cookie: string;
    querySelectorAll(selector: string): ArrayLike<{ value?: string; textContent: string | null }>;
    querySelector(selector: string): unknown;
    body: unknown;
  };
  localStorage: StorageLike;
  sessionStorage: StorageLike;
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: Record<string, boolean>): void };
  __statusLog?: string[];
}

/** Records every text shown in a `role=status` region, so a state that came and went can be asserted. */
export async function recordStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = globalThis as unknown as TillWindow;
    const log: string[] = [];
    w.__statusLog = log;
    const take = () => {
      for (const el of Array.from(w.document.querySelectorAll('[role=status]'))) {
        const seen = el.textContent ?? '';
        if (seen !== '' && log[log.length - 1] !== seen) log.push(seen);
      }
    };
    new w.MutationObserver(take).observe(w.document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as TillWindow).__statusLog ?? []);
}

/** Counts the page's calls of one contract method (what left the renderer, whatever main did with it). */
export function countCalls(page: Page, method: string): () => number {
  let n = 0;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === `/api/${method}`) n += 1;
  });
  return () => n;
}

// ---- a barcode scanner (keyboard wedge) ----------------------------------------------------

const wedgeSessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Types `code` and Enter as a keyboard-wedge scanner does: real (trusted) key events through the
 * DevTools protocol, each stamped `gapMs` after the one before, as a scanner's hardware events
 * are. The stamp is the event's own time (its `timeStamp` in the page), so a loaded test machine
 * delivering them late does not stretch the gaps the page sees. The page's timers are paused
 * while the keys go in, so neither can such a late delivery fire the wedge's wall-clock release
 * timer mid-scan (the keys would land in the field as typed). The page's clock must be installed
 * (`page.clock.install()`) before it loads.
 */
export async function wedgeType(page: Page, code: string, gapMs = 8): Promise<void> {
  let session = wedgeSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    wedgeSessions.set(page, session);
  }
  const cdp = await session;
  const keys = [...code].map((ch) => ({ key: ch, text: ch, code: /\d/.test(ch) ? `Digit${ch}` : `Key${ch.toUpperCase()}`, vk: ch.toUpperCase().charCodeAt(0) }));
  keys.push({ key: 'Enter', text: '\r', code: 'Enter', vk: 13 });
  const start = Date.now() / 1000;
  // A little ahead of the page's own clock (which earlier pauses moved ahead of this process's), never back.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 250);
  try {
    await Promise.all(
      keys.flatMap((k, i) => {
        const timestamp = start + (i * gapMs) / 1000;
        return [
          cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: k.key, code: k.code, text: k.text, windowsVirtualKeyCode: k.vk, timestamp }),
          cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: k.key, code: k.code, windowsVirtualKeyCode: k.vk, timestamp: timestamp + 0.001 }),
        ];
      }),
    );
  } finally {
    await page.clock.resume();
  }
}
