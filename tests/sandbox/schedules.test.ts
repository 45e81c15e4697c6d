import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, sandboxNow, setKeyBehaviour } from '../../sandbox/control';
import type { Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

type Schedule = {
  customer_uid: string;
  merchant_uid: string;
  imp_uid: string | null;
  schedule_at: number;
  executed_at: number;
  revoked_at: number;
  amount: number;
  name: string;
  buyer_name: string | null;
  schedule_status: string;
  payment_status: string | null;
  fail_reason: string | null;
};
type Page = { total: number; previous: number; next: number; list: Schedule[] };

const DAY = 24 * 3600;
const START = Date.UTC(2026, 5, 1, 0, 0, 0);

describe('scheduled payments (§12)', () => {
  let h: Harness;
  const now = () => Math.floor(START / 1000);
  beforeAll(async () => {
    h = await harness({ now: () => START, billingKeyOnlyIssuance: true });
  });
  afterAll(() => h.close());

  /** A billing key issued with a first charge of this card. */
  const key = async (cardNumber = '5365-1000-0000-0006') => {
    const customer_uid = uid('cus');
    if (cardNumber === '5365-1000-0000-0006') {
      await h.api('POST', '/subscribe/payments/onetime', card({ customer_uid }));
    } else {
      const r = await h.api('POST', `/subscribe/customers/${customer_uid}`, { card_number: cardNumber, expiry: '2099-12', birth: '800101' });
      expect(r.data.code).toBe(0);
    }
    return customer_uid;
  };
  const item = (at: number, over: Record<string, unknown> = {}) => ({
    merchant_uid: uid('sch'),
    schedule_at: at,
    amount: 30_000,
    currency: 'KRW',
    name: '월 꽃배달',
    ...over,
  });
  const clockNow = () => sandboxNow(h.sb.url);
  /** Moves the sandbox clock; the cached token has expired on the sandbox's clock by then. */
  const advance = async (seconds: number) => {
    const moved = await advanceClock(h.sb.url, seconds);
    await h.token(true);
    return moved;
  };

  it('schedules items: scheduled, imp_uid and payment_status null, executed_at/revoked_at 0, buyer from the key', async () => {
    const customer_uid = await key();
    const base = await clockNow();
    const items = [item(base + DAY), item(base + 2 * DAY)];
    const r = await h.api<Schedule[]>('POST', '/subscribe/payments/schedule', { customer_uid, schedules: items });
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    expect(r.data.response).toHaveLength(2);
    expect(r.data.response[0]).toMatchObject({
      customer_uid,
      merchant_uid: items[0]?.merchant_uid,
      imp_uid: null,
      schedule_at: base + DAY,
      executed_at: 0,
      revoked_at: 0,
      amount: 30_000,
      name: '월 꽃배달',
      buyer_name: '홍길동',
      schedule_status: 'scheduled',
      payment_status: null,
      fail_reason: null,
    });
    const one = await h.api<Schedule>('GET', `/subscribe/payments/schedule/${items[1]?.merchant_uid}`);
    expect(one.data.response).toMatchObject({ schedule_status: 'scheduled', schedule_at: base + 2 * DAY });
  });

  it('refuses: unknown key (code 1), milliseconds, the past, duplicate merchant_uid (all or nothing), bad fields', async () => {
    const base = await clockNow();
    const unknown = await h.api('POST', '/subscribe/payments/schedule', { customer_uid: uid('nobody'), schedules: [item(base + DAY)] });
    expect(unknown.status).toBe(200);
    expect(unknown.data).toEqual({ code: 1, message: '등록된 고객정보가 없습니다.', response: null });

    const customer_uid = await key();
    const ms = await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [item((base + DAY) * 1000)] });
    expect(ms.status).toBe(400);
    expect(ms.data.message).toMatch(/^schedule_at 가 범위.*밀리초/);

    const past = await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [item(base - 60)] });
    expect(past.status).toBe(400);
    expect(past.data.message).toContain('schedule_at');

    const paid = card();
    await h.api('POST', '/subscribe/payments/onetime', paid);
    const fresh = item(base + DAY);
    const clash = await h.api('POST', '/subscribe/payments/schedule', {
      customer_uid,
      schedules: [fresh, item(base + DAY, { merchant_uid: paid.merchant_uid })],
    });
    expect(clash.data).toMatchObject({ code: 1, response: null });
    expect(clash.data.message).toContain(paid.merchant_uid);
    expect((await h.api('GET', `/subscribe/payments/schedule/${fresh.merchant_uid}`)).status).toBe(404);

    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [fresh] });
    const again = await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [fresh] });
    expect(again.data.code).toBe(1);

    const cases: [unknown, RegExp][] = [
      [{ customer_uid }, /^schedules 는 필수입니다/],
      [{ customer_uid, schedules: [] }, /^schedules .*1건 이상/],
      [{ customer_uid, schedules: [item(base + DAY, { name: 'x'.repeat(41) })] }, /^name .*40자/],
      [{ customer_uid, schedules: [item(base + DAY, { currency: 'USD' })] }, /currency/],
      [{ customer_uid, schedules: [item(base + DAY, { merchant_uid: 'm'.repeat(41) })] }, /^merchant_uid .*40자/],
      [{ customer_uid, schedules: [item(base + DAY, { tax_free: 40_000 })] }, /tax_free/],
      [{ customer_uid, schedules: [item(base + DAY, { schedule_at: base + 1.5 })] }, /^schedule_at .*정수/],
      [{ schedules: [item(base + DAY)] }, /^customer_uid 는 필수입니다/],
    ];
    for (const [body, message] of cases) {
      const r = await h.api('POST', '/subscribe/payments/schedule', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.data.message).toMatch(message);
      // A sentence, never a schema path (issue 18).
      expect(r.data.message).not.toMatch(/\w\.\d+\.|: /);
    }
    expect((await h.api('GET', '/subscribe/payments/schedule/nothing_here')).status).toBe(404);
  });

  it('runs at schedule_at on its clock as an again with payment.scheduled; a refund shows as cancelled', async () => {
    const customer_uid = await key();
    const base = await clockNow();
    const first = item(base + DAY);
    const second = item(base + 40 * DAY);
    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [first, second] });

    const moved = await advance(DAY + 5);
    expect(moved.executed).toContain(first.merchant_uid);
    expect(moved.executed).not.toContain(second.merchant_uid);
    const ran = (await h.api<Schedule>('GET', `/subscribe/payments/schedule/${first.merchant_uid}`)).data.response;
    expect(ran).toMatchObject({ schedule_status: 'executed', payment_status: 'paid', executed_at: base + DAY, revoked_at: 0, fail_reason: null });
    expect(ran.imp_uid).toMatch(/^imp_\d{12}$/);
    const payment = (await h.api<Payment>('GET', `/payments/${ran.imp_uid}?include_sandbox=true`)).data.response;
    expect(payment).toMatchObject({
      merchant_uid: first.merchant_uid,
      status: 'paid',
      amount: 30_000,
      channel: 'api',
      customer_uid,
      customer_uid_usage: 'payment.scheduled',
      paid_at: base + DAY,
    });
    expect((await h.api<Schedule>('GET', `/subscribe/payments/schedule/${second.merchant_uid}`)).data.response.schedule_status).toBe('scheduled');

    await h.api('POST', '/payments/cancel', { imp_uid: ran.imp_uid, reason: 'test' });
    const refunded = (await h.api<Schedule>('GET', `/subscribe/payments/schedule/${first.merchant_uid}`)).data.response;
    expect(refunded).toMatchObject({ schedule_status: 'executed', payment_status: 'cancelled' });
  });

  it('a declining card fails the schedule with fail_reason; retry and reschedule only for failed or revoked', async () => {
    const customer_uid = await key('5365-1000-0000-0014');
    const base = await clockNow();
    const s = item(base + 60);
    const later = item(base + 10 * DAY);
    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [s, later] });

    const early = await h.api('POST', `/subscribe/payments/schedule/${later.merchant_uid}/retry`);
    expect(early.status).toBe(400);
    expect((await h.api('POST', `/subscribe/payments/schedule/${later.merchant_uid}/reschedule`, { schedule_at: base + DAY })).status).toBe(400);

    await advance(120);
    const failed = (await h.api<Schedule>('GET', `/subscribe/payments/schedule/${s.merchant_uid}`)).data.response;
    expect(failed).toMatchObject({ schedule_status: 'executed', payment_status: 'failed', executed_at: base + 60 });
    expect(failed.fail_reason).toMatch(/6021/);

    const stillFails = await h.api<Payment>('POST', `/subscribe/payments/schedule/${s.merchant_uid}/retry`);
    expect(stillFails.data.code).toBe(0);
    expect(stillFails.data.response.status).toBe('failed');

    await setKeyBehaviour(h.sb.url, customer_uid, 'approve');
    const retried = await h.api<Payment>('POST', `/subscribe/payments/schedule/${s.merchant_uid}/retry`);
    expect(retried.data.response).toMatchObject({ status: 'paid', merchant_uid: s.merchant_uid, customer_uid_usage: 'payment.scheduled' });
    expect((await h.api<Schedule>('GET', `/subscribe/payments/schedule/${s.merchant_uid}`)).data.response).toMatchObject({
      payment_status: 'paid',
      imp_uid: retried.data.response.imp_uid,
      fail_reason: null,
    });
    expect((await h.api('POST', `/subscribe/payments/schedule/${s.merchant_uid}/retry`)).status).toBe(400);
    expect((await h.api('POST', `/subscribe/payments/schedule/${s.merchant_uid}/reschedule`, { schedule_at: base + DAY })).status).toBe(400);
    expect((await h.api('POST', '/subscribe/payments/schedule/nothing_here/retry')).status).toBe(404);

    // Revoked → reschedule → scheduled again, and it runs.
    await h.api('POST', '/subscribe/payments/unschedule', { merchant_uid: [later.merchant_uid] });
    const t = (await clockNow()) + 300;
    const back = await h.api<Schedule>('POST', `/subscribe/payments/schedule/${later.merchant_uid}/reschedule`, { schedule_at: t });
    expect(back.data.response).toMatchObject({ schedule_status: 'scheduled', schedule_at: t, revoked_at: 0, payment_status: null, imp_uid: null });
    expect((await h.api('POST', `/subscribe/payments/schedule/${later.merchant_uid}/reschedule`, { schedule_at: t })).status).toBe(400);
    await advance(301);
    expect((await h.api<Schedule>('GET', `/subscribe/payments/schedule/${later.merchant_uid}`)).data.response.payment_status).toBe('paid');
  });

  it('PUT changes the time only while scheduled and only to the future', async () => {
    const customer_uid = await key();
    const base = await clockNow();
    const s = item(base + DAY);
    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [s] });
    const moved = await h.api<Schedule>('PUT', `/subscribe/payments/schedule/${s.merchant_uid}`, { schedule_at: base + 2 * DAY });
    expect(moved.data.response).toMatchObject({ schedule_at: base + 2 * DAY, schedule_status: 'scheduled' });
    expect((await h.api('PUT', `/subscribe/payments/schedule/${s.merchant_uid}`, { schedule_at: base - 1 })).status).toBe(400);
    const ms = await h.api('PUT', `/subscribe/payments/schedule/${s.merchant_uid}`, { schedule_at: (base + DAY) * 1000 });
    expect(ms.status).toBe(400);
    expect(ms.data.message).toContain('밀리초');
    expect((await h.api('PUT', `/subscribe/payments/schedule/${s.merchant_uid}`, {})).status).toBe(400);
    expect((await h.api('PUT', '/subscribe/payments/schedule/nothing_here', { schedule_at: base + DAY })).status).toBe(404);
    await h.api('POST', '/subscribe/payments/unschedule', { customer_uid, merchant_uid: [s.merchant_uid] });
    expect((await h.api('PUT', `/subscribe/payments/schedule/${s.merchant_uid}`, { schedule_at: base + 3 * DAY })).status).toBe(400);
  });

  it('unschedule: by merchant_uid or every scheduled item of a key; nothing left is code 1; neither id is 400', async () => {
    const customer_uid = await key();
    const base = await clockNow();
    const [a, b, c] = [item(base + DAY), item(base + 2 * DAY), item(base + 3 * DAY)];
    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: [a, b, c] });
    const one = await h.api<Schedule[]>('POST', '/subscribe/payments/unschedule', { customer_uid, merchant_uid: [a?.merchant_uid] });
    expect(one.data.response).toHaveLength(1);
    expect(one.data.response[0]).toMatchObject({ merchant_uid: a?.merchant_uid, schedule_status: 'revoked', revoked_at: base, payment_status: null });
    const rest = await h.api<Schedule[]>('POST', '/subscribe/payments/unschedule', { customer_uid });
    expect(rest.data.response.map((s) => s.merchant_uid).sort()).toEqual([b?.merchant_uid, c?.merchant_uid].sort());
    const nothing = await h.api('POST', '/subscribe/payments/unschedule', { customer_uid });
    expect(nothing.data).toEqual({ code: 1, message: '취소할 예약결제 기록이 존재하지 않습니다.', response: null });
    expect((await h.api('POST', '/subscribe/payments/unschedule', { merchant_uid: ['nothing_here'] })).data.code).toBe(1);
    expect((await h.api('POST', '/subscribe/payments/unschedule', {})).status).toBe(400);
  });

  it('lists: both spellings of the status filter, from ≤ schedule_at < to, 3-month window, newest first, paging', async () => {
    const customer_uid = await key();
    const base = await clockNow();
    const items = Array.from({ length: 25 }, (_, i) => item(base + (i + 1) * DAY));
    await h.api('POST', '/subscribe/payments/schedule', { customer_uid, schedules: items });
    await h.api('POST', '/subscribe/payments/unschedule', { merchant_uid: [items[0]?.merchant_uid] });
    const from = base;
    const to = base + 90 * DAY;

    for (const path of [`/subscribe/payments/schedule/customers/${customer_uid}`, `/subscribe/customers/${customer_uid}/schedules`]) {
      const p1 = (await h.api<Page>('GET', `${path}?from=${from}&to=${to}`)).data.response;
      expect(p1).toMatchObject({ total: 25, previous: 0, next: 2 });
      expect(p1.list).toHaveLength(20);
      expect(p1.list[0]?.schedule_at).toBe(base + 25 * DAY);
      const p2 = (await h.api<Page>('GET', `${path}?from=${from}&to=${to}&page=2`)).data.response;
      expect(p2).toMatchObject({ total: 25, previous: 1, next: 0 });
      expect(p2.list).toHaveLength(5);
      const revoked = (await h.api<Page>('GET', `${path}?from=${from}&to=${to}&schedule-status=revoked`)).data.response;
      expect(revoked.list.map((s) => s.merchant_uid)).toEqual([items[0]?.merchant_uid]);
      const window = (await h.api<Page>('GET', `${path}?from=${base + DAY}&to=${base + 3 * DAY}`)).data.response;
      expect(window.list.map((s) => s.schedule_at)).toEqual([base + 2 * DAY, base + DAY]);
      expect((await h.api('GET', `${path}?from=${from}&to=${base + 100 * DAY}`)).status).toBe(400);
      expect((await h.api('GET', `${path}?from=${to}&to=${from}`)).status).toBe(400);
      expect((await h.api('GET', `${path}?from=${from}`)).status).toBe(400);
      expect((await h.api('GET', `${path}?from=${from * 1000}&to=${to * 1000}`)).data.message).toContain('밀리초');
      expect((await h.api('GET', `${path}?from=${from}&to=${to}&schedule-status=done`)).status).toBe(400);
      expect((await h.api('GET', `${path}?from=${from}&to=${to}&page=9`)).status).toBe(400);
    }

    const all = `/subscribe/payments/schedule?schedule_from=${from}&schedule_to=${to}`;
    const mine = (p: Page) => p.list.filter((s) => s.customer_uid === customer_uid);
    const limited = (await h.api<Page>('GET', `${all}&limit=1000&schedule_status=revoked`)).data.response;
    expect(mine(limited).map((s) => s.merchant_uid)).toEqual([items[0]?.merchant_uid]);
    const oldest = (await h.api<Page>('GET', `${all}&limit=1000&sorting=scheduled`)).data.response;
    const times = oldest.list.map((s) => s.schedule_at);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const small = (await h.api<Page>('GET', `${all}&limit=3`)).data.response;
    expect(small.list).toHaveLength(3);
    expect(small.next).toBe(2);
    expect((await h.api('GET', `${all}&limit=1001`)).status).toBe(400);
    expect((await h.api('GET', `/subscribe/payments/schedule?schedule_from=${from}`)).status).toBe(400);
    expect((await h.api('GET', `${all}&sorting=sideways`)).status).toBe(400);
    // The customer endpoints' hyphen spelling is not a filter here (it is ignored, as unknown parameters are).
    const hyphen = (await h.api<Page>('GET', `${all}&limit=1000&schedule-status=revoked`)).data.response;
    expect(mine(hyphen)).toHaveLength(25);
  });

  it('needs a token', async () => {
    expect((await h.http.get(`/subscribe/payments/schedule/x`)).status).toBe(401);
    expect(now()).toBe(Math.floor(START / 1000));
  });
});

describe('scheduled payments persist in the journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-sch-'));
  const dataFile = join(dir, 'journal.jsonl');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a schedule and its result survive a restart', async () => {
    const first = await harness({ dataFile });
    const customer_uid = uid('cus');
    await first.api('POST', '/subscribe/payments/onetime', card({ customer_uid }));
    const base = await sandboxNow(first.sb.url);
    const merchant_uid = uid('sch');
    await first.api('POST', '/subscribe/payments/schedule', {
      customer_uid,
      schedules: [{ merchant_uid, schedule_at: base + 3600, amount: 1000, currency: 'KRW', name: '수강료' }],
    });
    await first.close();
    const second = await harness({ dataFile });
    try {
      const r = await second.api<Schedule>('GET', `/subscribe/payments/schedule/${merchant_uid}`);
      expect(r.data.response).toMatchObject({ merchant_uid, customer_uid, schedule_status: 'scheduled', schedule_at: base + 3600 });
    } finally {
      await second.close();
    }
  });
});
