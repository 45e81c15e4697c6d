import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

type Page = { total: number; previous: number; next: number; list: Payment[] };

describe('lookups', () => {
  let clock = Date.UTC(2026, 5, 1, 0, 0, 0);
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ now: () => clock });
  });
  afterAll(() => h.close());

  const pay = async (over: Record<string, unknown> = {}) => {
    clock += 1000;
    return (await h.api<Payment>('POST', '/subscribe/payments/onetime', card(over))).data.response;
  };

  it('GET /payments/{imp_uid}: 404 unknown; sandbox payments need include_sandbox=true (OAS default false)', async () => {
    const p = await pay();
    const hidden = await h.api('GET', `/payments/${p.imp_uid}`);
    expect(hidden.status).toBe(404);
    expect(hidden.data).toMatchObject({ code: -1, response: null });
    const shown = await h.api<Payment>('GET', `/payments/${p.imp_uid}?include_sandbox=true`);
    expect(shown.status).toBe(200);
    expect(shown.data.code).toBe(0);
    expect(shown.data.response).toEqual(p);
    const unknown = await h.api('GET', '/payments/imp_000000000000?include_sandbox=true');
    expect(unknown.status).toBe(404);
    expect(unknown.data).toEqual({ code: -1, message: '존재하지 않는 결제정보입니다', response: null });
    expect((await h.api('GET', `/payments/${p.imp_uid}?include_sandbox=maybe`)).status).toBe(400);
  });

  it('find: latest by -started, by status, sorting; 404 none; 400 bad status', async () => {
    const m = uid();
    const f1 = await pay({ merchant_uid: m, card_number: '5365-1000-0000-0014' });
    const f2 = await pay({ merchant_uid: m, card_number: '5365-1000-0000-0048' });
    expect((await h.api<Payment>('GET', `/payments/find/${m}`)).data.response.imp_uid).toBe(f2.imp_uid);
    expect((await h.api<Payment>('GET', `/payments/find/${m}?sorting=started`)).data.response.imp_uid).toBe(f1.imp_uid);
    expect((await h.api('GET', `/payments/find/${m}/paid`)).status).toBe(404);
    const p = await pay({ merchant_uid: m });
    expect((await h.api<Payment>('GET', `/payments/find/${m}/paid`)).data.response.imp_uid).toBe(p.imp_uid);
    expect((await h.api<Payment>('GET', `/payments/find/${m}/failed`)).data.response.imp_uid).toBe(f2.imp_uid);
    const none = await h.api('GET', `/payments/find/${uid()}`);
    expect(none.status).toBe(404);
    expect(none.data).toMatchObject({ code: -1, response: null });
    expect((await h.api('GET', `/payments/find/${m}/bogus`)).status).toBe(400);
    expect((await h.api('GET', `/payments/find/${m}?sorting=sideways`)).status).toBe(400);
  });

  it('findAll: every attempt with the merchant_uid, paged; 404 none', async () => {
    const m = uid();
    for (let i = 0; i < 3; i++) await pay({ merchant_uid: m, card_number: '5365-1000-0000-0014' });
    const all = await h.api<Page>('GET', `/payments/findAll/${m}`);
    expect(all.status).toBe(200);
    expect(all.data.response).toMatchObject({ total: 3, previous: 0, next: 0 });
    expect(all.data.response.list).toHaveLength(3);
    const p2 = await h.api<Page>('GET', `/payments/findAll/${m}/failed?limit=2&page=2`);
    expect(p2.data.response).toMatchObject({ total: 3, previous: 1, next: 0 });
    expect(p2.data.response.list).toHaveLength(1);
    expect((await h.api('GET', `/payments/findAll/${m}/paid`)).status).toBe(404);
    expect((await h.api('GET', `/payments/findAll/${uid()}`)).status).toBe(404);
    expect((await h.api('GET', `/payments/findAll/${m}?limit=1001`)).status).toBe(400);
  });

  it('status listing: paging {total, previous, next, list}, per-status time window, 400 bad status / page out of range', async () => {
    clock = Date.UTC(2026, 7, 1);
    const h2 = await harness({ now: () => clock });
    try {
      const made: Payment[] = [];
      for (let i = 0; i < 45; i++) {
        clock += 1000;
        made.push((await h2.api<Payment>('POST', '/subscribe/payments/onetime', card())).data.response);
      }
      clock += 1000;
      await h2.api('POST', '/subscribe/payments/onetime', card({ card_number: '5365-1000-0000-0014' }));
      clock += 1000;
      await h2.api('POST', '/payments/cancel', { imp_uid: made[0]?.imp_uid });

      const p1 = await h2.api<Page>('GET', '/payments/status/paid');
      expect(p1.status).toBe(200);
      expect(p1.data.response).toMatchObject({ total: 44, previous: 0, next: 2 });
      expect(p1.data.response.list).toHaveLength(20);
      // Newest first by default.
      expect(p1.data.response.list[0]?.imp_uid).toBe(made[44]?.imp_uid);
      const p3 = await h2.api<Page>('GET', '/payments/status/paid?page=3');
      expect(p3.data.response).toMatchObject({ total: 44, previous: 2, next: 0 });
      expect(p3.data.response.list).toHaveLength(4);
      const asc = await h2.api<Page>('GET', '/payments/status/paid?sorting=started&limit=1');
      expect(asc.data.response.list[0]?.imp_uid).toBe(made[1]?.imp_uid);

      expect((await h2.api<Page>('GET', '/payments/status/all')).data.response.total).toBe(46);
      expect((await h2.api<Page>('GET', '/payments/status/failed')).data.response.total).toBe(1);
      expect((await h2.api<Page>('GET', '/payments/status/cancelled')).data.response.total).toBe(1);
      expect((await h2.api<Page>('GET', '/payments/status/ready')).data.response).toEqual({ total: 0, previous: 0, next: 0, list: [] });

      // from/to filter on paid_at for "paid".
      const t0 = (made[10]?.paid_at ?? 0) as number;
      const windowed = await h2.api<Page>('GET', `/payments/status/paid?from=${t0}&to=${t0 + 4}`);
      expect(windowed.data.response.total).toBe(5);

      expect((await h2.api('GET', '/payments/status/paid?page=4')).status).toBe(400);
      expect((await h2.api('GET', '/payments/status/unpaid')).status).toBe(400);
      expect((await h2.api('GET', '/payments/status/paid?page=0')).status).toBe(400);
      expect((await h2.api('GET', '/payments/status/paid?limit=abc')).status).toBe(400);
      // Older than 90 days: outside the default window.
      clock += 91 * 86400_000;
      expect((await h2.api('GET', '/payments/status/all')).status).toBe(401); // the token expired meanwhile
      await h2.token(true);
      expect((await h2.api<Page>('GET', '/payments/status/all')).data.response.total).toBe(0);
    } finally {
      await h2.close();
    }
  });
});

describe('prepare', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('POST stores, GET reads, PUT changes; PUT/GET unknown → 404; duplicate POST refused; validation 400', async () => {
    const m = uid();
    const r = await h.api('POST', '/payments/prepare', { merchant_uid: m, amount: 12_000 });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ code: 0, message: null, response: { merchant_uid: m, amount: 12_000, currency: null } });
    expect((await h.api('GET', `/payments/prepare/${m}`)).data.response).toEqual({ merchant_uid: m, amount: 12_000, currency: null });
    const dup = await h.api('POST', '/payments/prepare', { merchant_uid: m, amount: 1 });
    expect(dup.status).toBe(200);
    expect(dup.data.code).not.toBe(0);
    expect(dup.data.response).toBeNull();
    const put = await h.api('PUT', '/payments/prepare', { merchant_uid: m, amount: 15_000, currency: 'KRW' });
    expect(put.data.response).toEqual({ merchant_uid: m, amount: 15_000, currency: 'KRW' });
    expect((await h.api('GET', `/payments/prepare/${m}`)).data.response).toMatchObject({ amount: 15_000 });

    const missing = await h.api('PUT', '/payments/prepare', { merchant_uid: uid(), amount: 1 });
    expect(missing.status).toBe(404);
    expect(missing.data).toMatchObject({ code: -1, response: null });
    expect((await h.api('GET', `/payments/prepare/${uid()}`)).status).toBe(404);
    expect((await h.api('POST', '/payments/prepare', { merchant_uid: uid() })).status).toBe(400);
    expect((await h.api('POST', '/payments/prepare', { amount: 100 })).status).toBe(400);
    expect((await h.api('POST', '/payments/prepare', { merchant_uid: uid(), amount: '1x' })).status).toBe(400);
  });
});

describe('multi lookups', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('GET /payments?imp_uid[]&merchant_uid[]: 200 all found, 207 some, 404 none, 400 none asked', async () => {
    const a = (await h.api<Payment>('POST', '/subscribe/payments/onetime', card())).data.response;
    const b = (await h.api<Payment>('POST', '/subscribe/payments/onetime', card())).data.response;
    const all = await h.api<Payment[]>('GET', `/payments?imp_uid[]=${a.imp_uid}&merchant_uid[]=${b.merchant_uid}`);
    expect(all.status).toBe(200);
    expect(all.data.response.map((p) => p.imp_uid)).toEqual([a.imp_uid, b.imp_uid]);
    const some = await h.api<Payment[]>('GET', `/payments?imp_uid[]=${a.imp_uid}&imp_uid[]=imp_000000000000`);
    expect(some.status).toBe(207);
    expect(some.data.response).toHaveLength(1);
    const none = await h.api('GET', '/payments?merchant_uid[]=ghost');
    expect(none.status).toBe(404);
    expect(none.data).toMatchObject({ code: -1, response: null });
    expect((await h.api('GET', '/payments')).status).toBe(400);
  });

  it('GET /subscribe/customers/{uid}/payments lists what the key paid, newest first; 404 unknown', async () => {
    const cu = uid('cust');
    await h.api('POST', '/subscribe/payments/onetime', card({ customer_uid: cu }));
    await h.api('POST', '/subscribe/payments/again', { customer_uid: cu, merchant_uid: uid(), amount: 700, name: 'x' });
    const r = await h.api<Page>('GET', `/subscribe/customers/${cu}/payments`);
    expect(r.status).toBe(200);
    expect(r.data.response).toMatchObject({ total: 2, previous: 0, next: 0 });
    expect(r.data.response.list.map((p) => p.customer_uid_usage)).toEqual(['payment', 'issue']);
    expect((await h.api('GET', `/subscribe/customers/${uid('cust')}/payments`)).status).toBe(404);
    expect((await h.api('GET', `/subscribe/customers/${cu}/payments?page=2`)).status).toBe(400);
  });
});
