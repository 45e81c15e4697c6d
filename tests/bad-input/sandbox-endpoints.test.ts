import { statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFaults } from '../../sandbox/control';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { sandboxToken } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { anyJson, hostileString } from './arbitraries';

/**
 * Every sandbox endpoint (REST, SDK-internal, receipts, control) under hostile path parameters,
 * queries, bodies and content types: a 4xx or a 200 answer, never a 5xx or a dropped connection;
 * the API's answers keep PortOne's envelope; a refused request adds nothing to the journal.
 * (tests/sandbox/hostile.test.ts covers fixed cases; this draws them at random.)
 */
const ENDPOINTS: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: (p: string) => string; envelope: boolean }[] = [
  { method: 'POST', path: () => '/users/getToken', envelope: true },
  { method: 'POST', path: () => '/subscribe/payments/onetime', envelope: true },
  { method: 'POST', path: () => '/subscribe/payments/again', envelope: true },
  { method: 'GET', path: (p) => `/subscribe/customers/${p}`, envelope: true },
  { method: 'DELETE', path: (p) => `/subscribe/customers/${p}`, envelope: true },
  { method: 'POST', path: (p) => `/subscribe/customers/${p}`, envelope: true },
  { method: 'GET', path: (p) => `/subscribe/customers?customer_uid[]=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/subscribe/customers/${p}/payments?page=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/payments/${p}?include_sandbox=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/payments?imp_uid[]=${p}&merchant_uid[]=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/payments/find/${p}/${p}?sorting=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/payments/findAll/${p}?page=${p}&limit=${p}&sorting=${p}`, envelope: true },
  { method: 'GET', path: (p) => `/payments/status/${p}?page=${p}&limit=${p}&from=${p}&to=${p}`, envelope: true },
  { method: 'POST', path: () => '/payments/cancel', envelope: true },
  { method: 'POST', path: () => '/payments/prepare', envelope: true },
  { method: 'PUT', path: () => '/payments/prepare', envelope: true },
  { method: 'GET', path: (p) => `/payments/prepare/${p}`, envelope: true },
  { method: 'GET', path: (p) => `/sandbox/receipts/${p}?cancellation_id=${p}`, envelope: false },
  { method: 'POST', path: () => '/sdk/v1/payments', envelope: false },
  { method: 'POST', path: (p) => `/sdk/v1/payments/${p}/complete`, envelope: false },
  { method: 'GET', path: (p) => `/sdk/auth/${p}?secret=${p}`, envelope: false },
  { method: 'POST', path: () => '/__sandbox/faults', envelope: true },
  { method: 'POST', path: (p) => `/__sandbox/vbank/${p}/deposit`, envelope: true },
];

const percentEncoded = (s: string): string => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const body = fc.oneof(
  anyJson.map((v) => ({ type: 'application/json', data: JSON.stringify(v) ?? 'null' })),
  fc.dictionary(hostileString.map((s) => s.slice(0, 50)), hostileString.map((s) => s.slice(0, 200)), { maxKeys: 5 }).map((d) => ({
    type: 'application/x-www-form-urlencoded',
    data: new URLSearchParams(d).toString(),
  })),
  fc.constantFrom(
    { type: 'application/json', data: '{"merchant_uid":' },
    { type: 'text/plain', data: 'hello' },
    { type: 'application/json', data: '{"amount":1e999,"merchant_uid":"x"}' },
    { type: 'application/json', data: '{"__proto__":{"polluted":1}}' },
  ),
);

describe('bad input at every sandbox endpoint', () => {
  const dir = tempDir();
  const journal = join(dir.path, 'sandbox.jsonl');
  let sandbox: SandboxHandle;
  let token: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, dataFile: journal });
    token = await sandboxToken(sandbox.url);
  });
  afterAll(async () => {
    await sandbox.close();
    dir.cleanup();
  });

  const journalSize = () => {
    try {
      return statSync(journal).size;
    } catch {
      return 0;
    }
  };

  it('answers every hostile request with a 200 or a 4xx in its envelope, and journals nothing it refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        hostileString.map((s) => percentEncoded(s.slice(0, 120))),
        body,
        fc.constantFrom('valid', 'none', 'garbage'),
        async (endpoint, param, payload, auth) => {
          const before = journalSize();
          const headers: Record<string, string> = {};
          if (auth === 'valid') headers.authorization = `Bearer ${token}`;
          if (auth === 'garbage') headers.authorization = 'Bearer \u00ff'.replace('\u00ff', 'x'.repeat(300));
          const hasBody = endpoint.method === 'POST' || endpoint.method === 'PUT';
          if (hasBody) headers['content-type'] = payload.type;
          const res = await fetch(`${sandbox.url}${endpoint.path(param)}`, {
            method: endpoint.method,
            headers,
            body: hasBody ? payload.data : null,
          });
          const text = await res.text();
          await clearFaults(sandbox.url); // a hostile body that happened to be a valid fault rule must not leak
          expect(res.status).toBeLessThan(500);
          expect(text).not.toMatch(/at .+\.(ts|js):\d+/); // never a stack trace
          if (endpoint.envelope) {
            const json = JSON.parse(text) as { code: unknown; message: unknown };
            expect(typeof json.code).toBe('number');
            if (res.status >= 400 || json.code !== 0) expect(journalSize()).toBe(before);
          } else if (res.status >= 400) {
            expect(journalSize()).toBe(before);
          }
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);

  it('a path parameter over 100 characters gets the 414 envelope, without the path echoed', async () => {
    const long = 'x'.repeat(150);
    const res = await fetch(`${sandbox.url}/payments/find/${long}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(414);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ code: -1, message: 'URI Too Long', response: null });
    expect(text).not.toContain(long);
  });

  it('is still serving afterwards', async () => {
    const res = await fetch(`${sandbox.url}/payments/status/all`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
  });
});
