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
  /** The `Cookie:` header a browser sends after opening the printed URL. */
  let cookie: string;

  beforeAll(async () => {
    stack = await startStack();
    origin = stack.host.origin;
    token = new URL(stack.host.url).searchParams.get('token') ?? '';
    const opened = await call(stack.host.url, { path: `/?token=${token}` });
    cookie = String(opened.headers['set-cookie']).split(';')[0] ?? '';
  });
  afterAll(async () => {
    await stack?.close();
  });

  const api = (headers: Record<string, string>, method = 'getSettings') =>
    call(origin, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  it('binds loopback only', () => {
    expect(new URL(origin).hostname).toBe('127.0.0.1');
  });

  it('the printed URL trades its token for an HttpOnly, SameSite=Strict cookie and leaves the address bar', async () => {
    expect(token).toHaveLength(43);
    const opened = await call(origin, { path: `/?token=${token}` });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const setCookie = String(opened.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toContain(token);
    expect((await call(origin, { path: '/?token=' + 'x'.repeat(43) })).status).toBe(401);
  });

  it('serves the page (with the app CSP, the bridge first) only to the cookie holder; no GET carries a secret', async () => {
    expect((await call(origin, { path: '/' })).status).toBe(401);
    const page = await call(origin, { path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body.indexOf('/host-bridge.js')).toBeLessThan(page.body.indexOf('type="module"'));
    const secret = cookie.split('=')[1] ?? '';
    for (const path of ['/', '/index.html', '/host-bridge.js']) {
      const res = await call(origin, { path, headers: { cookie } });
      expect(res.body).not.toContain(token);
      expect(res.body).not.toContain(secret);
    }
  });

  it('answers a same-origin call that carries the cookie', async () => {
    const res = await api({ origin, cookie, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { mode: 'sandbox' } });
  });

  it('a plain local client without the printed URL gets 401 on every API call (the old bridge token is no key)', async () => {
    for (const method of Object.keys(contract)) {
      const res = await api({ origin, 'x-pos-token': token }, method);
      expect(res.status, method).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it.each([
    ['a wrong cookie', (o: string) => ({ origin: o, cookie: `pos_host=${'x'.repeat(43)}` }), 401],
    ['another origin', () => ({ origin: 'http://evil.example', cookie }), 403],
    ['no origin', () => ({ cookie }), 403],
    ['cross-site fetch metadata', (o: string) => ({ origin: o, cookie, 'sec-fetch-site': 'cross-site' }), 403],
  ])('refuses a call with %s', async (_what, headers, status) => {
    const res = await api(headers(origin));
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api({ host: 'evil.example', origin, cookie });
    expect(res.status).toBe(421);
  });

  it('refuses unknown methods through the router', async () => {
    const res = await api({ origin, cookie }, 'constructor');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('the bridge defines window.pos with exactly one function per contract method, each POSTing to /api/<method> with the cookie', async () => {
    const script = (await call(origin, { path: '/host-bridge.js' })).body;
    const sent: { url: string; init: { method: string; headers: Record<string, string>; body: string; credentials: string } }[] = [];
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
    expect(sent[0]?.init.credentials).toBe('same-origin');
    expect(Object.keys(sent[0]?.init.headers ?? {})).toEqual(['content-type']);
    expect(JSON.parse(sent[0]?.init.body ?? '')).toEqual({ payload: { limit: 3 } });
  });
});
