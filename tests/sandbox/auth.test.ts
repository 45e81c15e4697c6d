import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import type { Env, Harness } from './helpers';
import { harness } from './helpers';

type Tok = { access_token: string; expired_at: number; now: number };

describe('POST /users/getToken and token rules (injected clock)', () => {
  let clock = Date.UTC(2026, 0, 1, 3, 0, 0);
  let h: Harness;
  const creds = { imp_key: SANDBOX_CREDENTIALS.impKey, imp_secret: SANDBOX_CREDENTIALS.impSecret };
  const getToken = async () => (await h.http.post<Env<Tok>>('/users/getToken', creds)).data.response;

  beforeAll(async () => {
    h = await harness({ now: () => clock });
  });
  afterAll(() => h.close());

  it('issues a 30-minute token with server `now` in integer Unix seconds', async () => {
    const r = await h.http.post<Env<Tok>>('/users/getToken', creds);
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    expect(r.data.message).toBeNull();
    expect(r.data.response.now).toBe(clock / 1000);
    expect(r.data.response.expired_at - r.data.response.now).toBe(1800);
    expect(Number.isInteger(r.data.response.expired_at)).toBe(true);
  });

  it('returns the same token and expiry before expiry; extends by 5 min in the last minute; new after expiry', async () => {
    clock += 5 * 60_000;
    const a = await getToken();
    clock += 10 * 60_000;
    const b = await getToken();
    expect(b.access_token).toBe(a.access_token);
    expect(b.expired_at).toBe(a.expired_at);
    expect(b.now).toBe(clock / 1000);

    clock = (a.expired_at - 61) * 1000; // 61 s left: not yet the last minute
    expect((await getToken()).expired_at).toBe(a.expired_at);
    clock = (a.expired_at - 30) * 1000; // last minute
    const c = await getToken();
    expect(c.access_token).toBe(a.access_token);
    expect(c.expired_at).toBe(a.expired_at + 300);

    // Still valid past the original expiry thanks to the extension.
    clock = (a.expired_at + 10) * 1000;
    const stillOk = await h.http.get('/payments/status/all', { headers: { Authorization: `Bearer ${c.access_token}` } });
    expect(stillOk.status).toBe(200);

    clock = c.expired_at * 1000; // expired
    const expired = await h.http.get<Env>('/payments/status/all', { headers: { Authorization: `Bearer ${c.access_token}` } });
    expect(expired.status).toBe(401);
    expect(expired.data).toEqual({ code: -1, message: 'Unauthorized', response: null });

    const d = await getToken();
    expect(d.access_token).not.toBe(a.access_token);
    expect(d.expired_at).toBe(clock / 1000 + 1800);
  });

  it('accepts Bearer, raw Authorization and X-ImpTokenHeader; Authorization wins when both are sent', async () => {
    const t = (await getToken()).access_token;
    for (const headers of [{ Authorization: `Bearer ${t}` }, { Authorization: t }, { 'X-ImpTokenHeader': t }]) {
      const r = await h.http.get<Env>('/payments/status/all', { headers });
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect(r.data.code).toBe(0);
    }
    const both = await h.http.get('/payments/status/all', { headers: { Authorization: 'Bearer wrong', 'X-ImpTokenHeader': t } });
    expect(both.status).toBe(401);
    const both2 = await h.http.get('/payments/status/all', { headers: { Authorization: t, 'X-ImpTokenHeader': 'wrong' } });
    expect(both2.status).toBe(200);
  });

  it('answers 401 (never 403) with the envelope for missing, unknown and malformed tokens on every authed endpoint', async () => {
    const calls: [string, string][] = [
      ['POST', '/subscribe/payments/onetime'],
      ['POST', '/subscribe/payments/again'],
      ['GET', '/subscribe/customers/c1'],
      ['DELETE', '/subscribe/customers/c1'],
      ['POST', '/subscribe/customers/c1'],
      ['GET', '/subscribe/customers?customer_uid[]=c1'],
      ['GET', '/subscribe/customers/c1/payments'],
      ['GET', '/payments?imp_uid[]=imp_000000000000'],
      ['GET', '/payments/imp_000000000000'],
      ['GET', '/payments/find/m1'],
      ['GET', '/payments/find/m1/paid'],
      ['GET', '/payments/findAll/m1'],
      ['GET', '/payments/status/paid'],
      ['POST', '/payments/cancel'],
      ['POST', '/payments/prepare'],
      ['PUT', '/payments/prepare'],
      ['GET', '/payments/prepare/m1'],
    ];
    for (const [method, url] of calls) {
      for (const headers of [{}, { Authorization: 'Bearer nope' }, { Authorization: '' }, { 'X-ImpTokenHeader': 'nope' }]) {
        const r = await h.http.request<Env>({ method, url, headers, data: method === 'GET' || method === 'DELETE' ? undefined : {} });
        expect(r.status, `${method} ${url} ${JSON.stringify(headers)}`).toBe(401);
        expect(r.data).toEqual({ code: -1, message: 'Unauthorized', response: null });
      }
    }
  });

  it('refuses wrong credentials with 401 and missing ones with 400, both enveloped', async () => {
    const bad = await h.http.post<Env>('/users/getToken', { imp_key: creds.imp_key, imp_secret: 'wrong' });
    expect(bad.status).toBe(401);
    expect(bad.data.code).toBe(-1);
    expect(bad.data.response).toBeNull();
    expect(bad.data.message).toMatch(/imp_key, imp_secret/);
    const missing = await h.http.post<Env>('/users/getToken', { imp_key: creds.imp_key });
    expect(missing.status).toBe(400);
    expect(missing.data.message).toMatch(/imp_secret/);
    expect(missing.data.response).toBeNull();
  });

  it('accepts form-urlencoded credentials', async () => {
    const r = await axios.post<Env<Tok>>(`${h.sb.url}/users/getToken`, new URLSearchParams(creds).toString(), {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(200);
    expect(r.data.response.access_token).toMatch(/^[0-9a-f]{40}$/);
  });
});
