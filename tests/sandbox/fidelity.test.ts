import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

/**
 * Issue 18: the differences independent PortOne clients exposed, each checked over HTTP against
 * what the OpenAPI (or, where it is silent, observed behaviour) says.
 */
describe('sandbox fidelity (issue 18)', () => {
  let h: Harness;
  let clock = Date.UTC(2026, 5, 1, 3, 0, 0);
  beforeAll(async () => {
    h = await harness({ now: () => clock });
  });
  afterAll(() => h.close());

  const form = (path: string, fields: Record<string, string>) =>
    h.token().then((t) =>
      h.http.post(path, new URLSearchParams(fields).toString(), {
        headers: { Authorization: `Bearer ${t}`, 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );

  it('#1 an empty status segment means every status: 200 for a known merchant_uid, 404 for an unknown one', async () => {
    const body = card();
    expect((await h.api('POST', '/subscribe/payments/onetime', body)).data.code).toBe(0);
    for (const base of ['/payments/find', '/payments/findAll']) {
      const known = await h.api<Payment & { list?: Payment[] }>('GET', `${base}/${body.merchant_uid}/`);
      expect(known.status, base).toBe(200);
      const found = known.data.response.list?.[0] ?? known.data.response;
      expect(found.merchant_uid).toBe(body.merchant_uid);
      const unknown = await h.api('GET', `${base}/${uid('nobody')}/`);
      expect(unknown.status, base).toBe(404);
      expect(unknown.data.message).toBe('존재하지 않는 결제정보입니다');
    }
  });

  it('#2 status/all filters each payment by the time of its own status, like status/cancelled', async () => {
    const t0 = Math.floor(clock / 1000);
    const early = card();
    expect((await h.api<Payment>('POST', '/subscribe/payments/onetime', early)).data.response.status).toBe('paid');
    clock += 3600_000; // an hour later, the early payment is cancelled inside the window
    await h.token(true);
    const from = Math.floor(clock / 1000);
    expect((await h.api<Payment>('POST', '/payments/cancel', { merchant_uid: early.merchant_uid })).data.response.status).toBe('cancelled');
    const late = card();
    expect((await h.api('POST', '/subscribe/payments/onetime', late)).data.code).toBe(0);
    const to = Math.floor(clock / 1000);
    expect(from - t0).toBeGreaterThan(0);

    type Page = { total: number; list: Payment[] };
    const ids = async (status: string) =>
      (await h.api<Page>('GET', `/payments/status/${status}?from=${from}&to=${to}&limit=1000`)).data.response.list.map((p) => p.merchant_uid);
    expect(await ids('cancelled')).toContain(early.merchant_uid);
    const all = await ids('all');
    expect(all).toContain(early.merchant_uid);
    expect(all).toContain(late.merchant_uid);
    // Paid before the window opened and cancelled in it: not a paid payment of this window.
    expect(await ids('paid')).not.toContain(early.merchant_uid);
  });

  it('#3 over-long text fields are refused with 400 and a Korean message naming the field and its limit', async () => {
    const limits = { name: 40, buyer_name: 16, buyer_tel: 16, buyer_postcode: 8, buyer_email: 64, buyer_addr: 128 } as const;
    for (const [field, max] of Object.entries(limits)) {
      const over = field === 'buyer_email' ? `${'a'.repeat(max - 10)}@shop.co.kr` : field === 'buyer_tel' ? '0'.repeat(max + 1) : '가'.repeat(max + 1);
      expect(over.length, field).toBe(max + 1);
      const body = card({ [field]: over });
      const r = await h.api('POST', '/subscribe/payments/onetime', body);
      expect(r.status, field).toBe(400);
      expect(r.data.message).toBe(`${field} 는 최대 ${max}자까지 입력할 수 있습니다. (${max + 1}자)`);
      // Nothing was charged or recorded for the refused request.
      expect((await h.api('GET', `/payments/find/${body.merchant_uid}`)).status).toBe(404);
      // Exactly at the limit is fine, and echoed back unchanged.
      const atLimit = card({ [field]: over.slice(1) });
      const okr = await h.api<Payment>('POST', '/subscribe/payments/onetime', atLimit);
      expect(okr.data.code, field).toBe(0);
      expect(okr.data.response[field]).toBe(over.slice(1));
    }
    // again (billing key) has the same caps.
    const issue = { ...card(), customer_uid: uid('cu') };
    expect((await h.api('POST', '/subscribe/payments/onetime', issue)).data.code).toBe(0);
    const again = await h.api('POST', '/subscribe/payments/again', {
      customer_uid: issue.customer_uid,
      merchant_uid: uid(),
      amount: 1000,
      name: '가'.repeat(41),
    });
    expect(again.status).toBe(400);
    expect(again.data.message).toBe('name 는 최대 40자까지 입력할 수 있습니다. (41자)');
  });

  it('#4 messages are Korean sentences, never a schema path or zod English', async () => {
    const cases: { method: 'GET' | 'POST'; path: string; body?: unknown; want: RegExp }[] = [
      { method: 'GET', path: '/payments/status/paid?limit=0', want: /^limit 는 1 이상이어야 합니다\.$/ },
      { method: 'GET', path: '/payments/status/paid?limit=abc', want: /^limit 는 숫자여야 합니다\.$/ },
      { method: 'GET', path: '/payments/status/refunded', want: /^지원되지 않는 상태값입니다\./ },
      { method: 'GET', path: `/payments/find/${uid()}/refunded`, want: /^지원되지 않는 상태값입니다\./ },
      { method: 'GET', path: `/payments/findAll/${uid()}?sorting=sideways`, want: /^sorting 는 .* 중 하나여야 합니다\.$/ },
      { method: 'POST', path: '/subscribe/payments/onetime', body: card({ buyer_name: 42 }), want: /^buyer_name 는 문자열 이어야 합니다\.$/ },
      { method: 'POST', path: '/subscribe/payments/onetime', body: card({ card_quota: 99, amount: 60_000 }), want: /^card_quota 는 36 이하여야 합니다\.$/ },
      { method: 'POST', path: '/payments/cancel', body: { merchant_uid: uid(), reason: 7 }, want: /^reason 는 문자열 이어야 합니다\.$/ },
      { method: 'POST', path: '/payments/prepare', body: { amount: 1000 }, want: /^merchant_uid 는 필수입니다\.$/ },
    ];
    for (const c of cases) {
      const r = await h.api(c.method, c.path, c.body);
      expect(r.status, c.path).toBe(400);
      const message = r.data.message ?? '';
      expect(message, c.path).toMatch(c.want);
      expect(message, c.path).not.toMatch(/^[a-z_.]+: |\bexpected\b|received|Invalid/);
    }
  });

  it('#5 a JSON amount sent as a string is refused; a form body still converts its decimal strings', async () => {
    const body = card({ amount: '1004' });
    const r = await h.api('POST', '/subscribe/payments/onetime', body);
    expect(r.status).toBe(400);
    expect(r.data.message).toBe('amount 는 숫자여야 합니다. JSON 본문에서는 문자열("1004")이 아니라 숫자로 보내주세요.');
    expect((await h.api('GET', `/payments/find/${body.merchant_uid}`)).status).toBe(404);
    // Nested too (e.g. a tax_free sent as a string on cancel).
    expect((await h.api('POST', '/payments/cancel', { merchant_uid: uid(), amount: '100' })).status).toBe(400);

    const fields = Object.fromEntries(Object.entries(card()).map(([k, v]) => [k, String(v)]));
    const viaForm = await form('/subscribe/payments/onetime', { ...fields, amount: '1004' });
    expect(viaForm.data.code).toBe(0);
    expect(viaForm.data.response.amount).toBe(1004);
  });

  it('#5 the documented lenientJsonNumbers option turns the old JSON behaviour back on', async () => {
    const lenient = await harness({ lenientJsonNumbers: true });
    try {
      const r = await lenient.api<Payment>('POST', '/subscribe/payments/onetime', card({ amount: '1004' }));
      expect(r.data.code).toBe(0);
      expect(r.data.response.amount).toBe(1004);
    } finally {
      await lenient.close();
    }
  });

  it('#6 cancelling a merchant_uid whose only attempt declined (code -1) answers code 1 "취소할 결제건이 존재하지 않습니다."', async () => {
    const body = card({ card_number: '5365-1000-0000-0022' });
    expect((await h.api('POST', '/subscribe/payments/onetime', body)).data.code).toBe(-1);
    const r = await h.api('POST', '/payments/cancel', { merchant_uid: body.merchant_uid });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ code: 1, message: '취소할 결제건이 존재하지 않습니다.', response: null });
    // The failed attempt itself is still there to look up, and by its imp_uid it is "not paid".
    const failed = await h.api<Payment>('GET', `/payments/find/${body.merchant_uid}`);
    expect(failed.data.response.status).toBe('failed');
    const byImp = await h.api('POST', '/payments/cancel', { imp_uid: failed.data.response.imp_uid });
    expect(byImp.data.code).toBe(-1);
    expect(byImp.data.message).toBe('결제완료 상태의 결제건만 취소할 수 있습니다.');
  });
});
