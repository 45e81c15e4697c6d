import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnValid } from '../../domain/card-number';
import { TEST_CARDS } from '../../sandbox/test-cards';
import type { Env, Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

/** Every property the OpenAPI PaymentAnnotation marks required. */
const REQUIRED = ['imp_uid', 'merchant_uid', 'amount', 'cancel_amount', 'currency', 'status', 'sandbox'] as const;

describe('POST /subscribe/payments/onetime', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('approves with code 0 and a paid, api-channel, masked payment carrying every required field', async () => {
    const req = card({ amount: 55_000, tax_free: 5_000, card_quota: 3, custom_data: '{"sale":1}' });
    const r = await h.api<Payment>('POST', '/subscribe/payments/onetime', req);
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    const p = r.data.response;
    for (const k of REQUIRED) expect(p[k], k).not.toBeNull();
    expect(p).toMatchObject({
      merchant_uid: req.merchant_uid,
      amount: 55_000,
      cancel_amount: 0,
      currency: 'KRW',
      status: 'paid',
      sandbox: true,
      channel: 'api',
      pay_method: 'card',
      pg_provider: 'settle',
      pg_id: h.sb.credentials.keyedMid,
      card_quota: 3,
      customer_uid: null,
      customer_uid_usage: null,
      custom_data: '{"sale":1}',
      fail_reason: null,
      failed_at: 0,
      cancel_history: [],
    });
    expect(p.imp_uid).toMatch(/^imp_\d{12}$/);
    expect(p.apply_num).toMatch(/^\d{8}$/);
    expect(p.paid_at).toBeGreaterThan(0);
    expect(p.receipt_url).toBe(`${h.sb.url}/sandbox/receipts/${p.imp_uid}`);
    // At most the first 6 and last 4 digits survive.
    expect(p.card_number).toBe('536510******0006');
    expect(JSON.stringify(p)).not.toContain('5365100000000006');
    expect(JSON.stringify(p)).not.toContain('800101');
    const receipt = await h.http.get<string>(p.receipt_url as string);
    expect(receipt.status).toBe(200);
    expect(receipt.data).toContain('SANDBOX');
    expect(receipt.data).toContain(p.imp_uid);
  });

  it('accepts form-urlencoded bodies (numbers as strings)', async () => {
    const req = card();
    const r = await h.http.post<Env<Payment>>('/subscribe/payments/onetime', new URLSearchParams(Object.entries(req).map(([k, v]): [string, string] => [k, String(v)])).toString(), {
      headers: { Authorization: await h.token(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    expect(r.data.response.amount).toBe(10_000);
    expect(r.data.response.status).toBe('paid');
  });

  it('test cards are Luhn-valid', () => {
    for (const n of Object.values(TEST_CARDS)) expect(luhnValid(n.replace(/-/g, '')), n).toBe(true);
  });

  it('declines as code 0 + status failed + fail_reason (decline-as-failed, wrong password, lost card)', async () => {
    for (const number of [TEST_CARDS.declineFailed, TEST_CARDS.wrongPassword, TEST_CARDS.lostCard]) {
      const req = card({ card_number: number });
      const r = await h.api<Payment>('POST', '/subscribe/payments/onetime', req);
      expect(r.status).toBe(200);
      expect(r.data.code, number).toBe(0);
      expect(r.data.response.status).toBe('failed');
      expect(r.data.response.fail_reason).toEqual(expect.any(String));
      expect(r.data.response.failed_at).toBeGreaterThan(0);
      expect(r.data.response.paid_at).toBe(0);
      expect(r.data.response.apply_num).toBeNull();
    }
    const pw = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ card_number: TEST_CARDS.wrongPassword }));
    expect(pw.data.response.fail_reason).toMatch(/비밀번호/);
    const lost = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ card_number: TEST_CARDS.lostCard }));
    expect(lost.data.response.fail_reason).toMatch(/분실/);
  });

  it('declines as code -1 + response null (decline-as-error, over-limit, Luhn-invalid, expired), leaving a findable failed payment', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ card_number: TEST_CARDS.declineError }, /카드정보 인증에 실패/],
      [{ card_number: TEST_CARDS.overLimit }, /\[2116\].*한도/],
      [{ card_number: '5365-1000-0000-0001' }, /카드번호/],
      [{ expiry: '2020-01' }, /유효기간/],
    ];
    for (const [over, msg] of cases) {
      const req = card(over);
      const r = await h.api<null>('POST', '/subscribe/payments/onetime', req);
      expect(r.status).toBe(200);
      expect(r.data.code, JSON.stringify(over)).toBe(-1);
      expect(r.data.response).toBeNull();
      expect(r.data.message).toMatch(msg);
      const found = await h.api<Payment>('GET', `/payments/find/${req.merchant_uid}`);
      expect(found.status).toBe(200);
      expect(found.data.response.status).toBe('failed');
    }
  });

  it('any other Luhn-valid card approves; expiry is valid through the end of its month', async () => {
    const now = new Date(Date.now() + 9 * 3600_000); // Korean time decides the month
    const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    const r = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ card_number: '4111-1111-1111-1111', expiry: thisMonth }));
    expect(r.data.code).toBe(0);
    expect(r.data.response.status).toBe('paid');
    expect(r.data.response.card_number).toBe('411111******1111');
  });

  it('validates like PortOne: 400 with an enveloped message naming the field', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ merchant_uid: undefined }, 'merchant_uid'],
      [{ merchant_uid: 'x'.repeat(41) }, 'merchant_uid'],
      [{ amount: undefined }, 'amount'],
      [{ amount: 0 }, 'amount'],
      [{ amount: -5 }, 'amount'],
      [{ amount: 'abc' }, 'amount'],
      [{ card_number: undefined }, 'card_number'],
      [{ card_number: '5365100000000006' }, 'card_number'],
      [{ card_number: '5365 1000 0000 0006' }, 'card_number'],
      [{ expiry: undefined }, 'expiry'],
      [{ expiry: '12/30' }, 'expiry'],
      [{ expiry: '2030-13' }, 'expiry'],
      [{ expiry: '203012' }, 'expiry'],
      [{ birth: '1234' }, 'birth'],
      [{ birth: '12345678' }, 'birth'],
      [{ pwd_2digit: '1' }, 'pwd_2digit'],
      [{ pwd_2digit: '123' }, 'pwd_2digit'],
      [{ tax_free: 10_001 }, 'tax_free'],
      [{ tax_free: -1 }, 'tax_free'],
      [{ card_quota: 2, amount: 49_999 }, 'card_quota'],
      [{ card_quota: 1.5, amount: 60_000 }, 'card_quota'],
    ];
    for (const [over, field] of bad) {
      const req = card(over);
      const r = await h.api<null>('POST', '/subscribe/payments/onetime', req);
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.data.code).toBe(-1);
      expect(r.data.response).toBeNull();
      expect(r.data.message).toContain(field);
      if (typeof req.merchant_uid === 'string' && req.merchant_uid.length <= 40) {
        const none = await h.api('GET', `/payments/find/${req.merchant_uid}`);
        expect(none.status).toBe(404);
      }
    }
    // Installments are fine from ₩50,000; birth may be a 10-digit business number; birth/pwd optional.
    const okReq = card({ card_quota: 2, amount: 50_000, birth: '1234567890' });
    delete (okReq as Record<string, unknown>).pwd_2digit;
    expect((await h.api('POST', '/subscribe/payments/onetime', okReq)).data.code).toBe(0);
  });

  it('refuses a merchant_uid that is already paid (200, code != 0, response null) but lets failed attempts share one', async () => {
    const m = uid();
    const failed = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ merchant_uid: m, card_number: TEST_CARDS.declineFailed }));
    expect(failed.data.response.status).toBe('failed');
    const paid = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ merchant_uid: m }));
    expect(paid.data.response.status).toBe('paid');
    const dup = await h.api('POST', '/subscribe/payments/onetime', card({ merchant_uid: m }));
    expect(dup.status).toBe(200);
    expect(dup.data.code).not.toBe(0);
    expect(dup.data.response).toBeNull();
    expect(dup.data.message).toMatch(/이미 결제완료/);
    const all = await h.api<{ total: number }>('GET', `/payments/findAll/${m}`);
    expect(all.data.response.total).toBe(2);
    // Cancelled afterwards: still not chargeable again (GAP decision).
    await h.api('POST', '/payments/cancel', { merchant_uid: m });
    const again = await h.api('POST', '/subscribe/payments/onetime', card({ merchant_uid: m }));
    expect(again.data.code).not.toBe(0);
  });

  it('pg "settle.{MID}" selects a configured API MID; an unknown MID or another PG falls back to the default', async () => {
    const pick = async (pg: string | undefined) =>
      (await h.api<Payment>('POST', '/subscribe/payments/onetime', card(pg === undefined ? {} : { pg }))).data.response.pg_id;
    expect(await pick('settle.nxca_jt_b2')).toBe('nxca_jt_b2');
    expect(await pick(`settle.${h.sb.credentials.keyedMid}`)).toBe(h.sb.credentials.keyedMid);
    expect(await pick('settle.unknown_mid')).toBe(h.sb.credentials.keyedMid);
    expect(await pick('settle')).toBe(h.sb.credentials.keyedMid);
    expect(await pick('nice.abc')).toBe(h.sb.credentials.keyedMid);
    expect(await pick(undefined)).toBe(h.sb.credentials.keyedMid);
  });
});

describe('billing keys: onetime + customer_uid, again, customers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('stores a key only when the first charge succeeds, marks usage issue/payment, and charges it again', async () => {
    const cu = uid('cust');
    const declined = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ customer_uid: cu, card_number: TEST_CARDS.declineFailed }));
    expect(declined.data.response.status).toBe('failed');
    expect((await h.api('GET', `/subscribe/customers/${cu}`)).status).toBe(404);

    const first = await h.api<Payment>('POST', '/subscribe/payments/onetime', card({ customer_uid: cu, pg: 'settle.nxca_jt_b2', buyer_email: 'a@b.kr' }));
    expect(first.data.response).toMatchObject({ status: 'paid', customer_uid: cu, customer_uid_usage: 'issue' });

    const c = await h.api<Record<string, unknown>>('GET', `/subscribe/customers/${cu}`);
    expect(c.status).toBe(200);
    expect(c.data.response).toMatchObject({
      customer_uid: cu,
      pg_provider: 'settle',
      pg_id: 'nxca_jt_b2',
      sandbox: true,
      card_number: '536510******0006',
      customer_name: '홍길동',
      customer_email: 'a@b.kr',
    });
    for (const k of ['customer_uid', 'pg_provider', 'pg_id', 'card_name', 'inserted', 'updated', 'sandbox']) expect(c.data.response[k], k).not.toBeNull();

    const m = uid();
    const again = await h.api<Payment>('POST', '/subscribe/payments/again', { customer_uid: cu, merchant_uid: m, amount: 3_000, name: '월 구독' });
    expect(again.status).toBe(200);
    expect(again.data.code).toBe(0);
    expect(again.data.response).toMatchObject({
      status: 'paid',
      channel: 'api',
      customer_uid: cu,
      customer_uid_usage: 'payment',
      pg_id: 'nxca_jt_b2',
      amount: 3_000,
      name: '월 구독',
      buyer_name: '홍길동',
      card_number: '536510******0006',
    });
    const dup = await h.api('POST', '/subscribe/payments/again', { customer_uid: cu, merchant_uid: m, amount: 3_000, name: '월 구독' });
    expect(dup.data.code).not.toBe(0);
    expect(dup.data.response).toBeNull();
  });

  it('again: unknown customer_uid → 200 code -1; name, amount, merchant_uid, customer_uid required → 400', async () => {
    const r = await h.api('POST', '/subscribe/payments/again', { customer_uid: 'nobody', merchant_uid: uid(), amount: 1000, name: 'x' });
    expect(r.status).toBe(200);
    expect(r.data).toMatchObject({ code: -1, response: null });
    const base = { customer_uid: 'nobody', merchant_uid: uid(), amount: 1000, name: 'x' };
    for (const k of ['customer_uid', 'merchant_uid', 'amount', 'name'] as const) {
      const body = Object.fromEntries(Object.entries(base).filter(([key]) => key !== k));
      const bad = await h.api('POST', '/subscribe/payments/again', body);
      expect(bad.status, k).toBe(400);
      expect(bad.data.message).toContain(k);
    }
  });

  it('customers: DELETE returns the deleted key then 404; list answers 200 / 207 / 404', async () => {
    const a = uid('cust');
    const b = uid('cust');
    await h.api('POST', '/subscribe/payments/onetime', card({ customer_uid: a }));
    await h.api('POST', '/subscribe/payments/onetime', card({ customer_uid: b }));

    const both = await h.api<{ customer_uid: string }[]>('GET', `/subscribe/customers?customer_uid[]=${a}&customer_uid[]=${b}`);
    expect(both.status).toBe(200);
    expect(both.data.response.map((c) => c.customer_uid).sort()).toEqual([a, b].sort());
    const some = await h.api<{ customer_uid: string }[]>('GET', `/subscribe/customers?customer_uid[]=${a}&customer_uid[]=ghost`);
    expect(some.status).toBe(207);
    expect(some.data.code).toBe(0);
    expect(some.data.response.map((c) => c.customer_uid)).toEqual([a]);
    const none = await h.api('GET', '/subscribe/customers?customer_uid[]=ghost');
    expect(none.status).toBe(404);
    expect(none.data.response).toBeNull();
    expect((await h.api('GET', '/subscribe/customers')).status).toBe(400);

    const del = await h.api<{ customer_uid: string }>('DELETE', `/subscribe/customers/${a}?reason=test`);
    expect(del.status).toBe(200);
    expect(del.data.response.customer_uid).toBe(a);
    expect((await h.api('GET', `/subscribe/customers/${a}`)).status).toBe(404);
    const del2 = await h.api('DELETE', `/subscribe/customers/${a}`);
    expect(del2.status).toBe(404);
    expect(del2.data).toMatchObject({ code: -1, response: null });
    const charge = await h.api('POST', '/subscribe/payments/again', { customer_uid: a, merchant_uid: uid(), amount: 1000, name: 'x' });
    expect(charge.data.code).toBe(-1);
  });

  it('POST /subscribe/customers/{uid} is refused for settle without a separate contract (default)', async () => {
    const r = await h.api('POST', `/subscribe/customers/${uid('cust')}`, { card_number: TEST_CARDS.approve, expiry: '2099-12', birth: '800101' });
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(-1);
    expect(r.data.response).toBeNull();
    expect(r.data.message).toMatch(/지원하지 않습니다/);
  });

  it('setBillingKeyOnlyIssuance switches the separate contract on and off while running (an embedding app follows its setting)', async () => {
    const issue = () => h.api('POST', `/subscribe/customers/${uid('cust')}`, { card_number: TEST_CARDS.approve, expiry: '2099-12', birth: '800101' });
    h.sb.setBillingKeyOnlyIssuance(true);
    try {
      expect((await issue()).data.code).toBe(0);
    } finally {
      h.sb.setBillingKeyOnlyIssuance(false);
    }
    expect((await issue()).data).toMatchObject({ code: -1, response: null });
  });
});

describe('billing-key-only issuance switched on', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ billingKeyOnlyIssuance: true });
  });
  afterAll(() => h.close());

  it('issues a key without a charge; a declining card still charges as declined; bad cards are refused', async () => {
    const cu = uid('cust');
    const r = await h.api<Record<string, unknown>>('POST', `/subscribe/customers/${cu}`, {
      card_number: TEST_CARDS.declineFailed,
      expiry: '2099-12',
      birth: '800101',
      customer_name: '김철수',
    });
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    expect(r.data.response).toMatchObject({ customer_uid: cu, pg_id: h.sb.credentials.keyedMid, customer_name: '김철수', card_number: '536510******0014' });
    const list = await h.api<{ total: number }>('GET', '/payments/status/all');
    expect(list.data.response.total).toBe(0);
    const charge = await h.api<Payment>('POST', '/subscribe/payments/again', { customer_uid: cu, merchant_uid: uid(), amount: 1000, name: 'x' });
    expect(charge.data.code).toBe(0);
    expect(charge.data.response.status).toBe('failed');

    for (const over of [{ card_number: TEST_CARDS.declineError }, { expiry: '2001-01' }]) {
      const bad = await h.api('POST', `/subscribe/customers/${uid('cust')}`, { card_number: TEST_CARDS.approve, expiry: '2099-12', ...over });
      expect(bad.status).toBe(200);
      expect(bad.data).toMatchObject({ code: -1, response: null });
      expect(bad.data.message).toMatch(/빌키 발급에 실패/);
    }
    const invalid = await h.api('POST', `/subscribe/customers/${uid('cust')}`, { card_number: '1234', expiry: '2099-12' });
    expect(invalid.status).toBe(400);
  });
});
