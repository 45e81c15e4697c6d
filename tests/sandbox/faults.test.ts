import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clearFaults, listFaults, setFaults } from '../../sandbox/control';
import type { Harness, Payment } from './helpers';
import { card, harness } from './helpers';

describe('fault injection (off by default, via /__sandbox/faults)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    await h.token();
  });
  afterEach(() => clearFaults(h.sb.url));
  afterAll(() => h.close());

  it('is off by default', async () => {
    expect(await listFaults(h.sb.url)).toEqual([]);
  });

  it('added latency delays the answer but the charge still happens', async () => {
    await setFaults(h.sb.url, { path: '/subscribe/payments/onetime', latencyMs: 300, count: 1 });
    const req = card();
    const t0 = performance.now();
    const r = await h.api<Payment>('POST', '/subscribe/payments/onetime', req);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(r.data.response.status).toBe('paid');
    // A client that gives up early sees a timeout, yet the payment is there.
    await setFaults(h.sb.url, { path: '/subscribe/payments/onetime', latencyMs: 400, count: 1 });
    const late = card();
    const timedOut = await h.http
      .post('/subscribe/payments/onetime', late, { headers: { Authorization: await h.token() }, timeout: 100 })
      .then(() => null, (e: { code?: string }) => e);
    expect(timedOut?.code).toBe('ECONNABORTED');
    await new Promise((r) => setTimeout(r, 450));
    expect((await h.api<Payment>('GET', `/payments/find/${late.merchant_uid}`)).data.response.status).toBe('paid');
  });

  it('HTTP 500/502/503 before handling: enveloped, nothing charged; for the next N requests only', async () => {
    for (const status of [500, 502, 503] as const) {
      await setFaults(h.sb.url, { path: '/subscribe/payments/onetime', status, count: 2 });
      const reqs = [card(), card(), card()];
      const answers = [];
      for (const req of reqs) answers.push(await h.api('POST', '/subscribe/payments/onetime', req));
      expect(answers.map((a) => a.status)).toEqual([status, status, 200]);
      expect(answers[0]?.data).toEqual({ code: -1, message: `Sandbox fault injection: HTTP ${status}`, response: null });
      expect((await h.api('GET', `/payments/find/${reqs[0]?.merchant_uid}`)).status).toBe(404);
      expect((await h.api('GET', `/payments/find/${reqs[2]?.merchant_uid}`)).status).toBe(200);
    }
  });

  it('HTTP 502 after handling (phase "after"): the charge is committed although the client sees an error', async () => {
    await setFaults(h.sb.url, { path: '/subscribe/payments/onetime', status: 502, phase: 'after', count: 1 });
    const req = card();
    const r = await h.api('POST', '/subscribe/payments/onetime', req);
    expect(r.status).toBe(502);
    expect(r.data.code).toBe(-1);
    expect((await h.api<Payment>('GET', `/payments/find/${req.merchant_uid}`)).data.response.status).toBe('paid');
  });

  it('commit then drop: the client gets a socket error, then find shows the payment paid', async () => {
    await setFaults(h.sb.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const req = card();
    const err = await h.http
      .post('/subscribe/payments/onetime', req, { headers: { Authorization: await h.token() } })
      .then(() => null, (e: { code?: string; response?: unknown }) => e);
    expect(err).not.toBeNull();
    expect(err?.response).toBeUndefined();
    expect(['ECONNRESET', 'ERR_BAD_RESPONSE', 'ECONNABORTED', 'EPIPE']).toContain(err?.code);
    const found = await h.api<Payment>('GET', `/payments/find/${req.merchant_uid}`);
    expect(found.status).toBe(200);
    expect(found.data.response.status).toBe('paid');
    // The rule was for one request only.
    expect((await h.api('POST', '/subscribe/payments/onetime', card())).data.code).toBe(0);
  });

  it('rules match by path prefix and method; without a path they hit every API path (getToken too) but never the control endpoint', async () => {
    await setFaults(h.sb.url, [{ path: '/payments/*', method: 'GET', status: 503 }]);
    expect((await h.api('GET', '/payments/status/all')).status).toBe(503);
    expect((await h.api('POST', '/payments/prepare', { merchant_uid: 'x1', amount: 1 })).status).toBe(200);
    expect((await h.api('POST', '/subscribe/payments/onetime', card())).status).toBe(200);
    await setFaults(h.sb.url, { status: 500 });
    const tok = await h.http.post('/users/getToken', { imp_key: h.sb.credentials.impKey, imp_secret: h.sb.credentials.impSecret });
    expect(tok.status).toBe(500);
    expect((await listFaults(h.sb.url))[0]).toMatchObject({ status: 500, remaining: null });
    await clearFaults(h.sb.url);
    expect((await h.api('GET', '/payments/status/all')).status).toBe(200);
  });

  it('refuses malformed rules with a 400 envelope', async () => {
    const r = await h.http.post('/__sandbox/faults', { path: '/x', status: 418 });
    expect(r.status).toBe(400);
    expect(r.data).toMatchObject({ code: -1, response: null });
    await expect(setFaults(h.sb.url, { path: '/x' })).rejects.toThrow(/HTTP 400/);
  });
});
