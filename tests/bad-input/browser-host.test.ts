import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../contract/channels';
import { startStack, type Stack } from '../e2e/harness';
import { validRequests } from '../ipc/fake-handlers';
import { anyJson, hostileString, mutated } from './arbitraries';
import { ledgerSnapshot } from './ledger-snapshot';

interface Answer {
  status: number;
  body: string;
}

/** Raw HTTP, so any method, header and body bytes can be sent. */
function send(base: string, options: { method: string; path: string; headers: Record<string, string>; body?: Buffer | string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(base), { method: options.method, path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const methods = Object.keys(contract);

/** Every byte percent-encoded (encodeURIComponent throws on a lone surrogate). */
const percentEncoded = (s: string): string => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/**
 * The browser host's HTTP endpoint (`POST /api/<method>`) under malformed, oversized and hostile
 * requests: always an answer the page can read (a Result, or a plain refusal for what is not a
 * call at all), never a crash, never the token, and nothing written for a refused call.
 */
describe('bad input at the browser host endpoint', () => {
  let stack: Stack;
  let origin: string;
  let token: string;
  let cookie: string;
  let snapshot: () => string;

  beforeAll(async () => {
    stack = await startStack();
    origin = stack.host.origin;
    token = new URL(stack.host.url).searchParams.get('token') ?? '';
    expect(token).toHaveLength(43);
    const opened = await new Promise<string>((resolve, reject) => {
      httpRequest(stack.host.url, (res) => {
        res.resume();
        resolve(String(res.headers['set-cookie']).split(';')[0] ?? '');
      })
        .on('error', reject)
        .end();
    });
    cookie = opened;
    await stack.host.recovered;
    snapshot = ledgerSnapshot(stack.dataDir);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const headers = (extra: Record<string, string> = {}) => ({ origin, cookie, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', ...extra });

  it('any payload for any method: a Result with a clean error, and a refused one writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), fc.integer({ min: 0, max: 1 }), anyJson, async (method, useValid, random) => {
        const payload = useValid ? fc.sample(mutated(validRequests[method as keyof typeof validRequests]), 1)[0] : random;
        const before = snapshot();
        const res = await send(origin, { method: 'POST', path: `/api/${method}`, headers: headers(), body: JSON.stringify({ payload }) });
        expect(res.body).not.toContain(token);
        // 400: fastify's JSON parser refuses `__proto__` / `constructor.prototype` keys outright; 413: over 64 KiB.
        expect([200, 400, 413]).toContain(res.status);
        if (res.status !== 200) {
          expect(snapshot()).toBe(before);
          return;
        }
        const result = JSON.parse(res.body) as { ok: boolean; error?: { code: string; message: string } };
        if (result.ok) return;
        expect(result.error?.code).not.toBe('internal');
        if (result.error?.code === 'invalid_input') expect(snapshot()).toBe(before);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('hostile method names, bodies and content types: refused with a status, never a 5xx', async () => {
    const body = fc.oneof(
      anyJson.map((v) => JSON.stringify(v)),
      fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
      fc.constantFrom('{', '{"payload":', 'null', '[]', '"payload"', '{"payload": 1e999}', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...methods), hostileString.map((s) => percentEncoded(s.slice(0, 200)))),
        body,
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1'),
        async (method, raw, type) => {
          const before = snapshot();
          const res = await send(origin, { method: 'POST', path: `/api/${method}`, headers: headers({ 'content-type': type }), body: raw });
          expect(res.status).toBeLessThan(500);
          expect(res.body).not.toContain(token);
          if (res.status !== 200) expect(snapshot()).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('an oversized body is refused before it reaches the core', async () => {
    const before = snapshot();
    const huge = JSON.stringify({ payload: { ...(validRequests.chargeKeyed as object), orderName: 'x'.repeat(200_000) } });
    const res = await send(origin, { method: 'POST', path: '/api/chargeKeyed', headers: headers(), body: huge });
    expect(res.status).toBe(413);
    expect(snapshot()).toBe(before);
    expect((await send(origin, { method: 'POST', path: '/api/getSettings', headers: headers(), body: '{}' })).status).toBe(200);
  });
});
