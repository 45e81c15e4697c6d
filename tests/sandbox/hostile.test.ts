import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './helpers';
import { card, harness } from './helpers';

const isEnvelope = (d: unknown): boolean => {
  if (typeof d !== 'object' || d === null) return false;
  const o = d as Record<string, unknown>;
  return typeof o.code === 'number' && 'message' in o && o.response === null;
};

describe('hostile requests get an enveloped error, never a crash or a stack trace', () => {
  let h: Harness;
  let auth: string;
  beforeAll(async () => {
    h = await harness();
    auth = await h.token();
  });
  afterAll(() => h.close());

  const raw = (path: string, body: string | Buffer, contentType: string | null) =>
    h.http.post(path, body, {
      headers: { Authorization: auth, ...(contentType ? { 'content-type': contentType } : {}) },
      transformRequest: [(d: unknown) => d],
      maxBodyLength: Infinity,
    });

  it('malformed JSON → 400', async () => {
    for (const body of ['{"merchant_uid":', '{bad json}', 'null', '[1,2]', '"str"', '{"__proto__":{"x":1}}']) {
      const r = await raw('/subscribe/payments/onetime', body, 'application/json');
      expect(r.status, body).toBe(400);
      expect(isEnvelope(r.data), body).toBe(true);
      expect(JSON.stringify(r.data)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    const empty = await raw('/payments/cancel', '', 'application/json');
    expect(empty.status).toBe(400);
    expect(isEnvelope(empty.data)).toBe(true);
  });

  it('wrong content type → 415', async () => {
    for (const ct of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
      const r = await raw('/subscribe/payments/onetime', 'merchant_uid=x', ct);
      expect(r.status, ct).toBe(415);
      expect(isEnvelope(r.data)).toBe(true);
    }
  });

  it('huge bodies → 413 (JSON and form)', async () => {
    const big = JSON.stringify({ ...card(), name: 'x'.repeat(2_000_000) });
    const r = await raw('/subscribe/payments/onetime', big, 'application/json');
    expect(r.status).toBe(413);
    expect(isEnvelope(r.data)).toBe(true);
    const f = await raw('/subscribe/payments/onetime', `name=${'y'.repeat(200_000)}`, 'application/x-www-form-urlencoded');
    expect(f.status).toBe(413);
    expect(isEnvelope(f.data)).toBe(true);
  });

  it('unknown routes and methods → 404', async () => {
    for (const [method, url] of [
      ['GET', '/'],
      ['GET', '/v2/payments'],
      ['PATCH', '/payments/cancel'],
      ['GET', '/subscribe/payments/onetime'],
      ['POST', '/users/getToken/extra'],
    ] as const) {
      const r = await h.http.request({ method, url, headers: { Authorization: auth } });
      expect(r.status, `${method} ${url}`).toBe(404);
      expect(isEnvelope(r.data)).toBe(true);
    }
  });

  it('wrong field types → 400, not 500', async () => {
    for (const over of [{ card_number: 5365100000000006 }, { merchant_uid: { $ne: 1 } }, { amount: [1, 2] }, { customer_uid: 42 }]) {
      const r = await h.api('POST', '/subscribe/payments/onetime', card(over));
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(isEnvelope(r.data)).toBe(true);
    }
  });

  it('a request Node cannot parse still gets an envelope, and the server keeps serving', async () => {
    const port = Number(new URL(h.sb.url).port);
    const text = await new Promise<string>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => s.write('GARBAGE\r\n\r\n'));
      let buf = '';
      s.on('data', (d) => (buf += d.toString()));
      s.on('end', () => resolve(buf));
      s.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({ code: -1, message: 'Bad Request', response: null });
    expect((await h.api('GET', '/payments/status/all')).status).toBe(200);
  });
});

describe('validation messages never echo what was sent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('a wrong-typed card number is named as such, and the digits do not come back', async () => {
    const r = await h.api('POST', '/subscribe/payments/onetime', card({ card_number: 5365100000000006 }));
    expect(r.status).toBe(400);
    expect(r.data.message).toMatch(/card_number.*문자열/);
    const bad = await h.api('POST', '/subscribe/payments/onetime', card({ card_number: '5365-1000-0000-00061', expiry: '2099-1' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.data)).not.toContain('5365');
    const missing = await h.api('POST', '/subscribe/payments/onetime', card({ card_number: undefined }));
    expect(missing.data.message).toMatch(/card_number.*필수/);
  });
});
