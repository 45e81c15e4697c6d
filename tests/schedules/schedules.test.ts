import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Method } from '../../contract/channels';
import type { CustomerView } from '../../contract/customers';
import type { Result } from '../../contract/result';
import type { PollView, ScheduleView } from '../../contract/schedules';
import type { PaymentDetail } from '../../contract/schemas';
import type { AppCore } from '../../main/core/app-core.types';
import { createRouter } from '../../main/ipc/router';
import { advanceClock, clearFaults, setFaults, setKeyBehaviour } from '../../sandbox/control';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD, sandboxToken } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { createTestCore, data, HTTP_CALLER, keyedRequest } from '../support/core-fixture';
import { keyStatus } from '../customers/sandbox-keys';

/** 2026-12-03 09:00 KST: the till's and the sandbox's clocks start here and move together. */
const BASE = Date.UTC(2026, 11, 3, 0, 0, 0);
const DAY_S = 24 * 3600;

const Remote = z.object({
  merchant_uid: z.string(),
  schedule_status: z.string(),
  payment_status: z.string().nullable(),
  imp_uid: z.string().nullable(),
  schedule_at: z.number(),
});
const RemoteList = z.object({ response: z.object({ list: z.array(Remote) }) });

describe('scheduled payments: the till against the sandbox with a controlled clock', () => {
  let sandbox: SandboxHandle;
  let core: AppCore;
  let offsetMs = 0;
  /** The monotonic clock: moves with `advance`, never with a wall-clock step. */
  let steadyMs = 0;
  let cleanup: () => void;
  let call: (method: Method, payload: unknown) => Promise<Result<unknown>>;
  let seq = 0;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, now: () => BASE, billingKeyOnlyIssuance: true });
    const dir = tempDir('schedules');
    cleanup = dir.cleanup;
    const logger = captureLogger();
    core = await createTestCore({
      dataDir: dir.path,
      logger,
      portoneApiUrl: sandbox.url,
      now: () => BASE + offsetMs,
      sleep: () => Promise.resolve(),
      settleGraceMs: 60_000,
      monotonic: () => steadyMs,
      portoneTimeouts: { chargeMs: 1_000 },
      // Only the start-up poll runs by itself; the test polls when it has moved the clocks.
      schedulePollMs: 3_600_000,
    });
    const router = createRouter(core.handlers, logger);
    call = (method, payload) => router.callMethod(method, payload, HTTP_CALLER);
    await core.whenIdle();
  });
  afterEach(() => clearFaults(sandbox.url));
  afterAll(async () => {
    await core.close();
    await sandbox.close();
    cleanup();
  });

  /** Both clocks forward by the same amount; the sandbox runs what became due. */
  const advance = async (seconds: number) => {
    await advanceClock(sandbox.url, seconds);
    offsetMs += seconds * 1000;
    steadyMs += seconds * 1000;
  };
  const poll = async () => data<PollView>(await call('pollSchedules', {}));
  const remote = async (merchantUid: string) => {
    const res = await fetch(`${sandbox.url}/subscribe/payments/schedule/${merchantUid}`, { headers: { authorization: await sandboxToken(sandbox.url) } });
    return Remote.parse(((await res.json()) as { response: unknown }).response);
  };
  const remoteOfCustomer = async (customerUid: string) => {
    const from = Math.floor((BASE + offsetMs) / 1000) - DAY_S;
    const res = await fetch(`${sandbox.url}/subscribe/payments/schedule/customers/${customerUid}?from=${from}&to=${from + 85 * DAY_S}`, {
      headers: { authorization: await sandboxToken(sandbox.url) },
    });
    return RemoteList.parse(await res.json()).response.list;
  };
  const remotePayment = async (impUid: string) => {
    const res = await fetch(`${sandbox.url}/payments/${impUid}?include_sandbox=true`, { headers: { authorization: await sandboxToken(sandbox.url) } });
    return z.object({ response: z.object({ status: z.string(), customer_uid_usage: z.string().nullable(), channel: z.string() }) }).parse(await res.json()).response;
  };

  async function saveCustomer(name: string): Promise<CustomerView> {
    seq += 1;
    const charge = data<{ outcome: string }>(
      await call(
        'chargeKeyed',
        keyedRequest({ attemptId: `sched-attempt-${seq}`, buyerName: name, saveCard: { consent: true, name, phone: '010-2222-3333', memo: '' } }),
      ),
    );
    expect(charge.outcome).toBe('paid');
    const found = data<CustomerView[]>(await call('searchCustomers', { query: name, limit: 5 }));
    return found[0] as CustomerView;
  }

  /** A KST date `days` after the till's now. */
  const kstDay = (days: number) => new Date(BASE + offsetMs + 9 * 3600_000 + days * DAY_S * 1000).toISOString().slice(0, 10);
  const monthly = (customerUid: string, times: number) => ({
    customerUid,
    start: kstDay(1),
    time: '10:00',
    repeat: { kind: 'monthly', dayOfMonth: 5, times },
    amount: 30_000,
    taxFree: 0,
    orderName: '월 꽃배달',
  });

  it('three monthly schedules; past the first, the poll books it paid (payment.scheduled); the rest unscheduled → revoked', async () => {
    const customer = await saveCustomer('Flower Han');
    const made = data<ScheduleView[]>(await call('scheduleCharges', monthly(customer.customerUid, 3)));
    expect(made.map((s) => [s.state, s.amount])).toEqual([
      ['scheduled', 30_000],
      ['scheduled', 30_000],
      ['scheduled', 30_000],
    ]);
    expect(made.map((s) => new Date(s.scheduleAt).toISOString())).toEqual(['2026-12-05T01:00:00.000Z', '2027-01-05T01:00:00.000Z', '2027-02-05T01:00:00.000Z']);
    for (const s of made) expect(await remote(s.merchantUid)).toMatchObject({ schedule_status: 'scheduled', schedule_at: s.scheduleAt / 1000 });

    // Before the time: "no result yet" changes nothing.
    await poll();
    expect(data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid })).map((s) => s.state)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
    ]);

    await advance(3 * DAY_S);
    await poll();
    const [first, second, third] = data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid }));
    expect(first).toMatchObject({ state: 'paid', executedAt: Date.UTC(2026, 11, 5, 1, 0) });
    expect(second?.state).toBe('scheduled');
    const booked = data<PaymentDetail>(await call('getPayment', { merchantUid: first?.merchantUid }));
    expect(booked.payment).toMatchObject({ kind: 'scheduled', status: 'paid', amount: 30_000, orderName: '월 꽃배달', impUid: first?.impUid });
    expect(await remotePayment(first?.impUid ?? '')).toMatchObject({ status: 'paid', customer_uid_usage: 'payment.scheduled', channel: 'api' });
    const detail = data<{ payments: { merchantUid: string }[] }>(await call('getCustomer', { customerUid: customer.customerUid }));
    expect(detail.payments.map((p) => p.merchantUid)).toContain(first?.merchantUid);
    // A second poll books nothing twice.
    await poll();
    expect(data<PaymentDetail>(await call('getPayment', { merchantUid: first?.merchantUid })).events.filter((e) => e.type === 'intent')).toHaveLength(1);

    const after = data<ScheduleView[]>(await call('cancelCustomerSchedules', { customerUid: customer.customerUid }));
    expect(after.map((s) => s.state)).toEqual(['paid', 'revoked', 'revoked']);
    expect((await remote(second?.merchantUid ?? '')).schedule_status).toBe('revoked');
    expect((await remote(third?.merchantUid ?? '')).schedule_status).toBe('revoked');
  });

  it('a declining card: the schedule ends failed and flagged, then a retry is paid and booked', async () => {
    seq += 1;
    const registered = data<{ outcome: string; customer: CustomerView | null }>(
      await (async () => {
        data(await call('saveSettings', { mode: 'sandbox', lang: 'en', impCode: '', windowMid: '', keyedMid: '', storeName: '', businessNumber: '', hectoBillingKeyOnly: true }));
        return call('registerCard', {
          consent: true,
          name: 'Decline Seo',
          phone: '010-3333-4444',
          memo: '',
          cardNumber: CARD.declineFailed,
          expiry: CARD.expiry,
          ownerType: 'personal',
          birth: CARD.birth,
          pwd2digit: CARD.pwd,
        });
      })(),
    );
    expect(registered.outcome).toBe('registered');
    const customerUid = registered.customer?.customerUid ?? '';
    const tomorrow = kstDay(1);
    const [s] = data<ScheduleView[]>(
      await call('scheduleCharges', { customerUid, start: tomorrow, time: '10:00', repeat: { kind: 'once' }, amount: 12_000, taxFree: 2_000, orderName: '수강료' }),
    );
    expect(s?.state).toBe('scheduled');

    await advance(2 * DAY_S);
    const flagged = await poll();
    expect(flagged.failed.map((f) => f.merchantUid)).toEqual([s?.merchantUid]);
    expect(flagged.failed[0]?.failReason).toMatch(/6021/);
    expect(flagged.lastPollAt).toBe(BASE + offsetMs);
    expect(data<PollView>(await call('failedSchedules', {})).failed).toHaveLength(1);
    expect((await call('getPayment', { merchantUid: s?.merchantUid })).ok).toBe(false);

    await setKeyBehaviour(sandbox.url, customerUid, 'approve');
    const retried = data<ScheduleView>(await call('retrySchedule', { merchantUid: s?.merchantUid }));
    expect(retried).toMatchObject({ state: 'paid', failReason: null });
    expect(data<PaymentDetail>(await call('getPayment', { merchantUid: s?.merchantUid })).payment).toMatchObject({
      kind: 'scheduled',
      status: 'paid',
      amount: 12_000,
      taxFree: 2_000,
    });
    expect(data<PollView>(await call('failedSchedules', {})).failed).toEqual([]);
  });

  it('removing the card first revokes the schedules left, so none points at a deleted key', async () => {
    const customer = await saveCustomer('Remove Yoo');
    const made = data<ScheduleView[]>(await call('scheduleCharges', { ...monthly(customer.customerUid, 2), repeat: { kind: 'weekly', times: 2 } }));
    expect(made.map((s) => s.state)).toEqual(['scheduled', 'scheduled']);
    const removed = data<{ revokedSchedules: number }>(await call('removeCard', { customerUid: customer.customerUid, confirm: true }));
    expect(removed.revokedSchedules).toBe(2);
    for (const s of made) expect((await remote(s.merchantUid)).schedule_status).toBe('revoked');
    expect(await keyStatus(sandbox.url, customer.customerUid)).toBe(404);
  });

  it('a lost answer on schedule (commit then drop) ends with exactly one schedule per merchant_uid', async () => {
    const customer = await saveCustomer('Lost Answer Lim');
    await setFaults(sandbox.url, { path: '/subscribe/payments/schedule', method: 'POST', commitThenDrop: true, count: 1 });
    const made = data<ScheduleView[]>(await call('scheduleCharges', monthly(customer.customerUid, 2)));
    expect(made.map((s) => s.state)).toEqual(['sending', 'sending']);
    await poll();
    const mine = data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid }));
    expect(mine.map((s) => s.state)).toEqual(['scheduled', 'scheduled']);
    const atPortOne = (await remoteOfCustomer(customer.customerUid)).map((r) => r.merchant_uid).sort();
    expect(atPortOne).toEqual(mine.map((s) => s.merchantUid).sort());
  });

  it.each([2, -2])('a wall-clock step of %d h: a schedule request PortOne never got stays "sending" until the grace passes, then goes out once', async (hours) => {
    const customer = await saveCustomer(`Clock Step ${hours > 0 ? 'Kang' : 'Ko'}`);
    await setFaults(sandbox.url, { path: '/subscribe/payments/schedule', method: 'POST', status: 503, count: 1 });
    const made = data<ScheduleView[]>(await call('scheduleCharges', monthly(customer.customerUid, 1)));
    expect(made.map((s) => s.state)).toEqual(['sending']);
    offsetMs += hours * 3_600_000;
    try {
      await poll();
      const waiting = data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid }));
      expect(waiting.map((s) => s.state)).toEqual(['sending']);
      steadyMs += 60_000;
      await poll();
      const sent = data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid }));
      expect(sent.map((s) => s.state)).toEqual(['scheduled']);
      expect((await remoteOfCustomer(customer.customerUid)).map((r) => r.merchant_uid)).toEqual(sent.map((s) => s.merchantUid));
    } finally {
      offsetMs -= hours * 3_600_000;
    }
  });

  it('a long repeat is kept topped up: the next three months at PortOne, the rest sent as time passes; a time can be changed', async () => {
    const customer = await saveCustomer('Long Plan Jang');
    const made = data<ScheduleView[]>(await call('scheduleCharges', { ...monthly(customer.customerUid, 6), repeat: { kind: 'monthly', dayOfMonth: 31, times: 6 } }));
    const states = made.map((s) => s.state);
    expect(states.filter((x) => x === 'scheduled').length).toBeGreaterThanOrEqual(2);
    expect(states.filter((x) => x === 'planned').length).toBeGreaterThanOrEqual(2);
    expect(made.some((s) => s.moved)).toBe(true);
    const firstPlanned = made.find((s) => s.state === 'planned');
    await advance(60 * DAY_S);
    await poll();
    const later = data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid }));
    expect(later.find((s) => s.merchantUid === firstPlanned?.merchantUid)?.state).toBe('scheduled');

    const upcoming = later.filter((s) => s.state === 'scheduled').at(-1);
    const moved = data<ScheduleView>(await call('changeScheduleTime', { merchantUid: upcoming?.merchantUid, date: '2027-12-01', time: '11:30' }));
    expect(moved.scheduleAt).toBe(Date.UTC(2027, 11, 1, 2, 30));
    expect((await remote(upcoming?.merchantUid ?? '')).schedule_at).toBe(Date.UTC(2027, 11, 1, 2, 30) / 1000);
    const past = await call('changeScheduleTime', { merchantUid: upcoming?.merchantUid, date: '2020-01-01', time: '10:00' });
    expect(past.ok ? null : past.error.reason).toBe('schedules.time_in_past');
  });

  it('names the problem with the dates and refuses a card that cannot be charged', async () => {
    const customer = await saveCustomer('Bad Dates Oh');
    const past = await call('scheduleCharges', { ...monthly(customer.customerUid, 2), start: '2020-01-01', repeat: { kind: 'once' } });
    expect(past.ok ? null : past.error).toMatchObject({ reason: 'schedules.invalid_dates', field: 'start', params: { problem: 'past' } });
    const unknown = await call('scheduleCharges', { ...monthly('cu_000000000000000000000000', 2) });
    expect(unknown.ok ? null : unknown.error.reason).toBe('schedules.customer_not_chargeable');
    const tooLong = await call('scheduleCharges', { ...monthly(customer.customerUid, 2), orderName: 'x'.repeat(41) });
    expect(tooLong.ok ? null : tooLong.error.code).toBe('invalid_input');
  });
});
