import { request as httpRequest } from 'node:http';
import { runInNewContext } from 'node:vm';
import { contract } from '../../contract/channels';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { startStack, type Stack } from './harness';

/** Raw HTTP, so the test can send the headers a hostile page or a DNS-rebinding attack would. */
function call(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest(new URL(options.path, url), { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host transport guards', () => {
  let stack: Stack;
  let origin: string;
  let token: string;

  beforeAll(async () => {
    stack = await startStack();
    origin = stack.host.url;
    const bridge = await call(origin, { path: '/host-bridge.js', headers: { 'sec-fetch-site': 'same-origin' } });
    token = /"([A-Za-z0-9_-]{43})"/.exec(bridge.body)?.[1] ?? '';
  });
  afterAll(async () => {
    await stack?.close();
  });

  const api = (headers: Record<string, string>, method = 'getSettings') =>
    call(origin, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  it('binds loopback only', () => {
    expect(new URL(origin).hostname).toBe('127.0.0.1');
  });

  it('serves the page with the app CSP and the bridge script before the app', async () => {
    const page = await call(origin, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body.indexOf('/host-bridge.js')).toBeLessThan(page.body.indexOf('type="module"'));
    expect(page.body).not.toContain(token);
  });

  it('answers a same-origin call that carries the token', async () => {
    const res = await api({ origin, 'x-pos-token': token, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { mode: 'sandbox' } });
  });

  it.each([
    ['no token', (o: string) => ({ origin: o })],
    ['a wrong token', (o: string) => ({ origin: o, 'x-pos-token': 'x'.repeat(43) })],
    ['another origin', () => ({ origin: 'http://evil.example', 'x-pos-token': token })],
    ['no origin', () => ({ 'x-pos-token': token })],
    ['cross-site fetch metadata', (o: string) => ({ origin: o, 'x-pos-token': token, 'sec-fetch-site': 'cross-site' })],
  ])('refuses a call with %s', async (_what, headers) => {
    const res = await api(headers(origin));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api({ host: 'evil.example', origin, 'x-pos-token': token });
    expect(res.status).toBe(421);
  });

  it('does not hand the bridge (and its token) to another site', async () => {
    const res = await call(origin, { path: '/host-bridge.js', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(token);
  });

  it('refuses unknown methods through the router', async () => {
    const res = await api({ origin, 'x-pos-token': token }, 'constructor');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the bridge defines window.pos with exactly one function per contract method, each POSTing to /api/<method> with the token', async () => {
    const script = (await call(origin, { path: '/host-bridge.js', headers: { 'sec-fetch-site': 'same-origin' } })).body;
    const sent: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] = [];
    const sandbox: { pos?: Record<string, (request: unknown) => Promise<unknown>>; fetch: unknown } = {
      fetch: (url: string, init: (typeof sent)[number]['init']) => {
        sent.push({ url, init });
        return Promise.resolve({ status: 200, json: () => Promise.resolve({ ok: true, data: null }) });
      },
    };
    runInNewContext(script, sandbox);
    const pos = sandbox.pos ?? {};
    expect(Object.keys(pos).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.isFrozen(pos)).toBe(true);
    await expect(pos.recentPayments?.({ limit: 3 })).resolves.toEqual({ ok: true, data: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('/api/recentPayments');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.headers['x-pos-token']).toBe(token);
    expect(JSON.parse(sent[0]?.init.body ?? '')).toEqual({ payload: { limit: 3 } });
  });
});
