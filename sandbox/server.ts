import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SandboxClock } from './clock';
import { BODY_LIMIT_BYTES, MSG } from './constants';
import type { Ctx, SandboxCredentials } from './context';
import { httpError } from './envelope';
import type { FaultRule } from './faults';
import { Faults } from './faults';
import { stringNumberField, stringNumberMessage } from './json-numbers';
import { send } from './http';
import { registerAuth, requireToken } from './routes/auth';
import { registerCancel } from './routes/cancel';
import { registerControl } from './routes/control';
import { registerPaymentLookups } from './routes/payments';
import { registerPrepare } from './routes/prepare';
import { registerReceiptPages, registerReceipts } from './routes/receipts';
import { registerScheduleControl, registerSchedules } from './routes/schedules';
import { registerSdk } from './routes/sdk';
import { registerSubscribe } from './routes/subscribe';
import { runDueSchedules } from './schedules';
import { SdkFlow } from './sdk/flow';
import { Store } from './store';
import { TokenStore } from './tokens';

export type { SandboxCredentials } from './context';

export interface SandboxOptions {
  /** Default 0 (ephemeral). The sandbox always binds 127.0.0.1. */
  port?: number;
  /** null/undefined = in memory; otherwise payments and billing keys persist across restarts (JSONL journal). */
  dataFile?: string | null;
  /** ms clock, injectable for token-expiry tests; `POST /__sandbox/clock` moves it forward from there. */
  now?: () => number;
  /** false (default) = settle without a separate contract: POST /subscribe/customers/{uid} is refused. */
  billingKeyOnlyIssuance?: boolean;
  /**
   * false (default) = a JSON body with a numeric field sent as a string (`"amount": "1004"`) is a
   * 400; true = converted like a form value (the behaviour before issue 18). Form bodies always convert.
   */
  lenientJsonNumbers?: boolean;
}

export interface SandboxHandle {
  url: string;
  credentials: SandboxCredentials;
  /** Turns the separate contract on or off while running (an app embedding the sandbox follows its setting). */
  setBillingKeyOnlyIssuance(on: boolean): void;
  close(): Promise<void>;
}

/**
 * Fixed, well-known sandbox credentials. The MIDs are Hecto's own published test MIDs
 * (authenticated card window `nxca_jt_il`, keyed `nxca_jt_bi`); nothing here is a real secret.
 */
export const SANDBOX_CREDENTIALS: SandboxCredentials = Object.freeze({
  impKey: '0000000000000000',
  impSecret: 'sandbox0secret0not0for0production0000000000000000000000000000000000000000000000',
  impCode: 'imp00000000',
  windowMid: 'nxca_jt_il',
  keyedMid: 'nxca_jt_bi',
  channelKey: 'channel-key-00000000-0000-4000-8000-5a4db0c5e771',
});

/**
 * Extra channels so that `pg: 'settle.{MID}'` selection is observable: `nxca_jt_gu` is Hecto's
 * "old-style auth" test MID; `nxca_jt_b2` is a second keyed MID invented for the sandbox.
 */
export const EXTRA_API_MIDS = ['nxca_jt_b2'] as const;
export const EXTRA_WINDOW_MIDS = ['nxca_jt_gu'] as const;

const CONTROL_PREFIX = '/__sandbox';
const SCHEDULE_TICK_MS = 1000;

/** JSON bodies must carry numbers for numeric fields (see json-numbers.ts). */
async function refuseStringNumbers(req: FastifyRequest, reply: FastifyReply) {
  if (!req.headers['content-type']?.toLowerCase().startsWith('application/json')) return undefined;
  const hit = stringNumberField(req.body);
  return hit ? send(reply, httpError(400, stringNumberMessage(hit))) : undefined;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const creds = SANDBOX_CREDENTIALS;
  const clock = new SandboxClock(options.now ?? Date.now);
  const nowMs = () => clock.now();
  const store = Store.open(options.dataFile);
  let baseUrl = '';
  const ctx: Ctx = {
    store,
    nowMs,
    credentials: creds,
    apiMids: [creds.keyedMid, ...EXTRA_API_MIDS],
    windowMids: [creds.windowMid, ...EXTRA_WINDOW_MIDS],
    billingKeyOnlyIssuance: options.billingKeyOnlyIssuance ?? false,
    baseUrl: () => baseUrl,
  };
  const tokens = new TokenStore(nowMs);
  const faults = new Faults();
  const flow = new SdkFlow(ctx);

  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    // close() must not wait for keep-alive clients (axios agents, Chromium) to hang up.
    forceCloseConnections: true,
    // Router-level refusals (a path parameter over 100 characters, a malformed URL) get the
    // envelope too, without echoing the path.
    frameworkErrors: (error, _req, reply) => {
      void send(reply, httpError(error.statusCode === 414 ? 414 : 400, error.statusCode === 414 ? 'URI Too Long' : 'Bad Request'));
    },
    // A request Node cannot even parse still gets the envelope.
    clientErrorHandler: (_err, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify(httpError(400, 'Bad Request').body);
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  // Only JSON and form bodies, as PortOne consumes; anything else is a 415 envelope.
  app.removeContentTypeParser('text/plain');
  await app.register(formbody, { bodyLimit: BODY_LIMIT_BYTES });

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, httpError(415, MSG.unsupportedMedia));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return send(reply, httpError(413, MSG.bodyTooLarge));
    if (status === 400 && err.code?.startsWith('FST_ERR_CTP')) return send(reply, httpError(400, MSG.malformedJson));
    if (status >= 400 && status < 500) return send(reply, httpError(status, err.code === undefined ? 'Bad Request' : err.code));
    // Never a stack trace or an internal message in the answer.
    return send(reply, httpError(500, MSG.internal));
  });
  app.setNotFoundHandler((_req, reply) => send(reply, httpError(404, MSG.routeNotFound)));

  // Faults apply to every API path (getToken included) but never to the control endpoint. They
  // run once the body has been read (preHandler), like a slow or failing server: a client that
  // gives up during the latency does not stop the charge.
  const faultOf = new WeakMap<FastifyRequest, FaultRule>();
  app.addHook('preHandler', async (req, reply) => {
    const path = req.url.split('?', 1)[0] ?? '';
    if (path.startsWith(CONTROL_PREFIX)) return undefined;
    const rule = faults.take(req.method, path);
    if (!rule) return undefined;
    if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    if (rule.status !== undefined && rule.phase !== 'after') return send(reply, httpError(rule.status, MSG.fault(rule.status)));
    faultOf.set(req, rule);
    return undefined;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const rule = faultOf.get(req);
    if (!rule) return payload;
    if (rule.commitThenDrop) {
      // The handler has run (the charge is recorded); the client gets a reset instead of an answer.
      req.raw.socket.destroy();
      return payload;
    }
    if (rule.status !== undefined) {
      reply.code(rule.status);
      return JSON.stringify(httpError(rule.status, MSG.fault(rule.status)).body);
    }
    return payload;
  });

  registerAuth(app, ctx, tokens);
  registerSdk(app, ctx, flow);
  registerControl(app, faults, flow, store);
  registerReceiptPages(app, ctx);
  registerScheduleControl(app, ctx, clock);
  await app.register(async (api) => {
    api.addHook('onRequest', requireToken(tokens));
    if (!options.lenientJsonNumbers) api.addHook('preValidation', refuseStringNumbers);
    registerSubscribe(api, ctx);
    registerCancel(api, ctx);
    registerPrepare(api, ctx);
    registerPaymentLookups(api, ctx);
    registerReceipts(api, ctx);
    registerSchedules(api, ctx);
  });

  try {
    await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  } catch (e) {
    store.close();
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : options.port;
  baseUrl = `http://127.0.0.1:${port}`;

  // Schedules run at their time; a second's delay is within "PortOne takes a while" (§12 GAP).
  const scheduleTimer = setInterval(() => runDueSchedules(ctx), SCHEDULE_TICK_MS);
  scheduleTimer.unref();

  let closed = false;
  return {
    url: baseUrl,
    credentials: creds,
    setBillingKeyOnlyIssuance(on) {
      ctx.billingKeyOnlyIssuance = on;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(scheduleTimer);
      await app.close();
      store.close();
    },
  };
}
