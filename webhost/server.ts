import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../contract/result';
import type { Lang } from '../contract/schemas';
import { fileAppKeys } from '../main/config/app-keys';
import { createJsonSettingsStore } from '../main/config/json-settings-store';
import { createMemoryVault } from '../main/config/memory-vault';
import { createAppCore } from '../main/core/app-core';
import type { AppCoreDeps } from '../main/core/app-core.types';
import { createRouter } from '../main/ipc/router';
import { createHostLogger } from '../main/logging';
import type { Logger } from '../main/logging';
import { securityHeaders } from '../main/security/csp';
import { bundleBridge } from './bridge-bundle';
import { checkApiCall, hostAllowed, sameSecret, sessionCookieHeader, sessionFromCookies } from './guards';
import { BRIDGE_PATH, injectBridge } from './html';
import { createChromiumPrinter } from './print';
import { createWebPaymentWindow } from './window-pay';
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox/server';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface WebHostOptions {
  /** 0 = any free port. The host always binds 127.0.0.1. */
  port: number;
  /** Settings file, ledger and logs. */
  dataDir: string;
  /** POS_LANG: the UI language this run starts in (written to settings). */
  lang?: Lang;
  /** PORTONE_API_URL: a PortOne-compatible API instead of the embedded sandbox / api.iamport.kr. */
  portoneApiUrl?: string;
  /** Built renderer (default `out/renderer`, from `npm run build`). */
  rendererDir?: string;
  /** Echo the log to the console (the CLI); tests keep it in the data dir only. */
  logToConsole?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  /** Test knobs passed to the core as is (shorter PortOne timeouts, instant lookup waits). */
  core?: Pick<AppCoreDeps, 'portoneTimeouts' | 'sleep' | 'settleGraceMs' | 'cashReceiptPollMs'>;
}

export interface WebHost {
  /**
   * The address to open, printed by the CLI: the origin with this run's token
   * (`http://127.0.0.1:N/?token=…`). Opening it trades the token for the session cookie.
   */
  url: string;
  /** `http://127.0.0.1:N`: the page's origin, without the token. */
  origin: string;
  /** Settles once the start-up recovery of unresolved payment intents has finished. */
  recovered: Promise<void>;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 64 * 1024;

const SIGN_IN_TEXT = 'Open the address the POS host printed when it started (http://127.0.0.1:<port>/?token=…).';

const forbidden = (message: string): Result<never> => ({ ok: false, error: { code: 'forbidden', reason: 'host.forbidden', message } });

/**
 * The browser host: the same renderer and the same main-side services (createAppCore + router)
 * as the Electron app, with HTTP on loopback instead of IPC. For tests, demos and development on
 * machines without the Electron binary; its vault is memory-only.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const env = options.env ?? process.env;
  const rendererDir = resolve(options.rendererDir ?? join(REPO_ROOT, 'out', 'renderer'));
  const indexHtml = injectBridge(readIndex(rendererDir));
  mkdirSync(options.dataDir, { recursive: true });

  const logger: Logger = createHostLogger({ logDir: join(options.dataDir, 'logs'), env, console: options.logToConsole ?? false });
  const settings = createJsonSettingsStore({
    filePath: join(options.dataDir, 'settings.json'),
    env: options.lang ? { ...env, POS_LANG: options.lang } : env,
    logger,
  });
  // An explicit POS_LANG wins over what an earlier run saved: it is how a demo or test picks the language.
  if (options.lang && settings.get().lang !== options.lang) settings.set({ ...settings.get(), lang: options.lang });

  let port = options.port;
  const paymentWindow = createWebPaymentWindow({ baseUrl: () => `http://127.0.0.1:${port}`, logger });
  const printer = createChromiumPrinter({ outDir: join(options.dataDir, 'receipts') });
  const core = await createAppCore({
    paymentWindow,
    dataDir: options.dataDir,
    settings,
    vault: createMemoryVault(null, fileAppKeys(join(options.dataDir, 'host-keys.json'))),
    printer,
    logger,
    sandbox: { account: SANDBOX_CREDENTIALS, start: startSandbox },
    ...options.core,
    ...(options.portoneApiUrl ? { portoneApiUrl: options.portoneApiUrl } : {}),
  });
  const router = createRouter(core.handlers, logger);
  // Jupyter's scheme: the token travels once, in the printed URL; the page then holds a separate
  // session secret in an HttpOnly cookie. No response ever carries either to a script.
  const token = randomBytes(32).toString('base64url');
  const session = randomBytes(32).toString('base64url');
  const bridge = await bundleBridge();

  const origins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true });

  app.addHook('onRequest', async (req, reply) => {
    if (!hostAllowed(req.headers.host, port)) {
      logger.warn('web host: request for a foreign Host refused');
      return reply.code(421).type('text/plain').send('Misdirected request');
    }
    return undefined;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    // The payment page sends its own policy (it runs the PG's scripts); everything else gets the app's.
    if (!reply.hasHeader('content-security-policy')) reply.headers(securityHeaders());
    return payload;
  });

  const sendIndex = async (req: FastifyRequest<{ Querystring: { token?: unknown } }>, reply: FastifyReply) => {
    if (typeof req.query.token === 'string') {
      if (!sameSecret(req.query.token, token)) return reply.code(401).type('text/plain; charset=utf-8').send(SIGN_IN_TEXT);
      // Off the address bar and the history at once.
      return reply.header('set-cookie', sessionCookieHeader(session)).header('cache-control', 'no-store').redirect('/', 303);
    }
    if (!sameSecret(sessionFromCookies(req.headers.cookie), session)) {
      return reply.code(401).type('text/plain; charset=utf-8').send(SIGN_IN_TEXT);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(indexHtml);
  };
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);

  app.get(BRIDGE_PATH, async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-store').send(bridge));

  app.post<{ Params: { method: string }; Body: unknown }>('/api/:method', async (req, reply) => {
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const check = checkApiCall(
      { origin: header('origin'), session: sessionFromCookies(header('cookie')), fetchSite: header('sec-fetch-site') },
      { origins: origins(), session },
    );
    if (!check.verdict.ok) {
      logger.warn('web host: API call refused', { reason: check.verdict.reason });
      return reply.code(check.status).header('cache-control', 'no-store').send(forbidden('This caller is not allowed to use the POS.'));
    }
    const body = req.body;
    const payload = typeof body === 'object' && body !== null && 'payload' in body ? body.payload : undefined;
    const result = await router.callMethod(req.params.method, payload, check.verdict);
    return reply.code(200).header('cache-control', 'no-store').send(result);
  });

  paymentWindow.register(app);
  await app.register(fastifyStatic, { root: rendererDir, prefix: '/', index: false, wildcard: true, decorateReply: false });

  try {
    await app.listen({ host: '127.0.0.1', port: options.port });
  } catch (error) {
    await core.close();
    throw error;
  }
  const address = app.server.address();
  if (typeof address === 'object' && address !== null) port = address.port;
  const origin = `http://127.0.0.1:${port}`;

  // Resolve intents a crash left open; in the background so a slow PortOne cannot hold the UI back.
  const recovered = core.recoverPending().catch((error: unknown) => logger.error('start-up recovery failed', { error }));

  let closed = false;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    recovered,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await recovered;
      await core.close();
      await printer.close();
    },
  };
}

function readIndex(rendererDir: string): string {
  try {
    return readFileSync(join(rendererDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(`No built renderer at ${rendererDir}: run \`npm run build\` first.`);
  }
}
