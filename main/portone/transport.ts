import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';

/**
 * The only place that touches axios. Axios errors carry the request config, body included (card
 * fields, the API secret): they never leave this module. Callers get a plain `RawAnswer` whose
 * `detail` is an error code such as `ECONNRESET`, never a message or a body.
 */

export type FailureCause = 'timeout' | 'reset' | 'refused' | 'network';

export type RawAnswer =
  | { kind: 'response'; status: number; body: unknown; malformed: boolean }
  | {
      kind: 'failure';
      cause: FailureCause;
      /** False only when the request provably never reached the server (refused, DNS). */
      maybeDelivered: boolean;
      detail: string;
    };

export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  accessToken?: string;
  timeoutMs: number;
  /**
   * Safe to send twice (lookups, getToken: PortOne returns the same token). Such a request rides a
   * kept-alive connection and is re-sent once if that connection turns out to be dead. Anything
   * else (a charge, a cancel) gets a fresh connection of its own: a connection that died while the
   * till was idle would otherwise turn a sale into an `unknown`.
   */
  idempotent: boolean;
}

export interface Transport {
  readonly baseUrl: string;
  send(request: RawRequest): Promise<RawAnswer>;
  /** Drops kept-alive sockets. */
  close(): void;
}

const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL']);
const TIMEOUT = new Set(['ETIMEDOUT', 'ECONNABORTED']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export function createTransport(baseUrl: string): Transport {
  const keepAlive = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const fresh = { http: new http.Agent({ keepAlive: false }), https: new https.Agent({ keepAlive: false }) };
  const instance: AxiosInstance = axios.create({
    baseURL: baseUrl,
    // We decide what every status means, and parse JSON ourselves so a broken body is visible.
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    maxRedirects: 0,
    transitional: { clarifyTimeoutError: true },
    // A proxy from the environment must not capture calls to the embedded sandbox.
    ...(isLoopback(baseUrl) ? { proxy: false as const } : {}),
  });

  async function send(request: RawRequest): Promise<RawAnswer> {
    const answer = await sendOnce(request);
    // A reset (typically a kept-alive connection the server had closed): the idempotent request goes again.
    if (request.idempotent && answer.kind === 'failure' && answer.cause === 'reset') {
      return sendOnce(request);
    }
    return answer;
  }

  async function sendOnce(request: RawRequest): Promise<RawAnswer> {
    const agents = request.idempotent ? keepAlive : fresh;
    try {
      const response = await instance.request<string>({
        httpAgent: agents.http,
        httpsAgent: agents.https,
        method: request.method,
        url: request.path,
        data: request.body,
        params: request.query,
        timeout: request.timeoutMs,
        headers: {
          Accept: 'application/json',
          ...(request.body ? { 'Content-Type': 'application/json' } : {}),
          ...(request.accessToken ? { Authorization: `Bearer ${request.accessToken}` } : {}),
        },
      });
      return { kind: 'response', status: response.status, ...parseBody(response.data) };
    } catch (error: unknown) {
      return failureOf(error);
    }
  }

  const close = (): void => {
    for (const agent of [keepAlive.http, keepAlive.https, fresh.http, fresh.https]) agent.destroy();
  };

  return { baseUrl, send, close };
}

function parseBody(text: unknown): { body: unknown; malformed: boolean } {
  if (typeof text !== 'string' || text.length === 0) return { body: null, malformed: true };
  try {
    return { body: JSON.parse(text) as unknown, malformed: false };
  } catch {
    return { body: null, malformed: true };
  }
}

function failureOf(error: unknown): RawAnswer {
  const code = errorCode(error);
  if (TIMEOUT.has(code)) return { kind: 'failure', cause: 'timeout', maybeDelivered: true, detail: code };
  if (NOT_DELIVERED.has(code)) return { kind: 'failure', cause: 'refused', maybeDelivered: false, detail: code };
  if (RESET.has(code)) return { kind: 'failure', cause: 'reset', maybeDelivered: true, detail: code };
  return { kind: 'failure', cause: 'network', maybeDelivered: true, detail: code };
}

/** Only the `code` property is read: the error's message and config stay here. */
function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  }
  return 'UNKNOWN';
}
