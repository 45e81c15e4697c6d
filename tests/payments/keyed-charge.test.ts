import { afterEach, describe, expect, it } from 'vitest';
import type { KeyedChargeInput } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { clearFaults, setFaults } from '../../sandbox/control';
import { CARD, cardSecrets, sandboxPaymentsFor } from '../core/support/sandbox';
import { keyedInput, paymentsHarness, type Harness, type HarnessOptions } from './harness';

const ONETIME = '/subscribe/payments/onetime';

describe('keyed charge service', () => {
  let h: Harness | null = null;
  async function harness(options?: HarnessOptions): Promise<Harness> {
    h = await paymentsHarness(options);
    return h;
  }

  afterEach(async () => {
    if (!h) return;
    // Card data never reaches a log line, whatever the test did.
    for (const secret of [CARD.approve, CARD.declineFailed, CARD.declineError].flatMap(cardSecrets)) {
      expect(h.logger.text()).not.toContain(secret);
    }
    await h.close();
    h = null;
  });

  it('approves: paid, with approval number, masked card, VAT; intent → request_sent → outcome in the ledger', async () => {
    const { service, ledger } = await harness();
    const result = await service.chargeKeyed(keyedInput({ amount: 55_000, taxFree: 5_000, cardQuota: 3 }));
    expect(result).toMatchObject({ outcome: 'paid', reason: null, reasonCode: null });
    expect(result.merchantUid).toMatch(/^pos-\d{8}-[0-9a-f]{12}$/);
    expect(result.payment).toMatchObject({
      status: 'paid',
      amount: 55_000,
      taxFree: 5_000,
      vat: 4_545,
      cardQuota: 3,
      cardNumberMasked: '5365-10**-****-0006',
      cashier: 'test',
      sandbox: true,
    });
    expect(result.payment.applyNum).toMatch(/^\d+$/);
    expect(result.payment.impUid).toMatch(/^imp_/);
    const events = ledger.detail(result.merchantUid)?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(['intent', 'request_sent', 'outcome']);
    expect(events.map((e) => e.note?.code)).toEqual(['intent', 'request_sent', 'paid']);
    expect(events[2]?.note?.params).toEqual({ impUid: result.payment.impUid, amount: result.payment.amount });
  });

  it.each<[string, Partial<KeyedChargeInput>]>([
    ['cardNumber', { cardNumber: '5365-1000-0000-0007' }],
    ['expiry', { expiry: '2020-01' }],
    ['birth', { birth: '871341' }],
    ['birth', { ownerType: 'corporate', birth: '1234567890' }],
    ['cardQuota', { amount: 49_999, cardQuota: 3 }],
    ['cardQuota', { amount: 60_000, cardQuota: 1 }],
    ['taxFree', { amount: 1_000, taxFree: 1_001 }],
  ])('refuses an invalid %s before anything is written or sent', async (field, overrides) => {
    const { service, ledger, client } = await harness();
    const error = await service.chargeKeyed(keyedInput(overrides)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect((error as AppError).message).not.toMatch(/\d{6}/);
    expect(ledger.recent(10)).toEqual([]);
    expect(client.tokenFetches).toBe(0);
  });

  it('the same attemptId twice (concurrently, then again later) sends one request', async () => {
    const { service, ledger, sandbox } = await harness();
    const input = keyedInput();
    const [a, b] = await Promise.all([service.chargeKeyed(input), service.chargeKeyed({ ...input })]);
    expect(b).toEqual(a);
    const later = await service.chargeKeyed({ ...input });
    expect(later.merchantUid).toBe(a.merchantUid);
    expect(later.outcome).toBe('paid');
    expect(ledger.recent(10)).toHaveLength(1);
    expect(await sandboxPaymentsFor(sandbox.url, a.merchantUid)).toHaveLength(1);
    await expect(service.chargeKeyed({ ...input, amount: 12_000 })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a second sale while one is in flight is refused with conflict', async () => {
    const { service, sandbox } = await harness();
    await setFaults(sandbox.url, { path: ONETIME, latencyMs: 300, count: 1 });
    const first = service.chargeKeyed(keyedInput());
    await expect(service.chargeKeyed(keyedInput())).rejects.toMatchObject({ code: 'conflict' });
    expect((await first).outcome).toBe('paid');
  });

  it('decline as failed payment → failed, reason from PortOne, code declined', async () => {
    const { service, ledger } = await harness();
    const result = await service.chargeKeyed(keyedInput({ cardNumber: CARD.declineFailed }));
    expect(result).toMatchObject({ outcome: 'failed', reasonCode: 'declined', payment: { status: 'failed' } });
    expect(result.reason).toMatch(/거래정지/);
    expect(ledger.get(result.merchantUid)?.payment.failReason).toBe(result.reason);
  });

  it('decline as failed request (code -1) → rejected, reason from PortOne, code declined', async () => {
    const { service } = await harness();
    const result = await service.chargeKeyed(keyedInput({ cardNumber: CARD.declineError }));
    expect(result).toMatchObject({ outcome: 'rejected', reasonCode: 'declined', payment: { status: 'rejected' } });
    expect(result.reason).toMatch(/카드정보 인증에 실패/);
  });

  it('commit then drop → unknown now, then paid by lookup; exactly one payment at PortOne', async () => {
    const { service, ledger, sandbox, resolver, sleeps } = await harness();
    await setFaults(sandbox.url, { path: ONETIME, commitThenDrop: true, count: 1 });
    const result = await service.chargeKeyed(keyedInput());
    expect(result).toMatchObject({ outcome: 'unknown', reasonCode: 'checking', payment: { status: 'unknown' } });
    await resolver.whenIdle();
    expect(ledger.get(result.merchantUid)?.payment).toMatchObject({ status: 'paid', impUid: expect.stringMatching(/^imp_/) });
    expect(sleeps).toEqual([1_000]);
    expect(await sandboxPaymentsFor(sandbox.url, result.merchantUid)).toHaveLength(1);
  });

  it('5xx after the charge was made → unknown, then paid', async () => {
    const { service, ledger, sandbox, resolver } = await harness();
    await setFaults(sandbox.url, { path: ONETIME, status: 500, phase: 'after', count: 1 });
    const result = await service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    await resolver.whenIdle();
    expect(ledger.get(result.merchantUid)?.payment.status).toBe('paid');
    expect(await sandboxPaymentsFor(sandbox.url, result.merchantUid)).toHaveLength(1);
  });

  it('timeout → unknown; lookups keep answering "not yet" until the late charge shows up as paid', async () => {
    const { service, ledger, sandbox, resolver } = await harness({ time: 'scaled', timeouts: { chargeMs: 100 } });
    await setFaults(sandbox.url, { path: ONETIME, latencyMs: 800, count: 1 });
    const result = await service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    await resolver.whenIdle();
    expect(ledger.get(result.merchantUid)?.payment.status).toBe('paid');
    expect(await sandboxPaymentsFor(sandbox.url, result.merchantUid)).toHaveLength(1);
  });

  it('lookups that fail keep being retried with backoff until PortOne answers', async () => {
    const { service, ledger, sandbox, resolver, sleeps } = await harness();
    await setFaults(sandbox.url, [
      { path: ONETIME, commitThenDrop: true, count: 1 },
      { path: '/payments/find/*', status: 503, count: 3 },
    ]);
    const result = await service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    await resolver.whenIdle();
    expect(ledger.get(result.merchantUid)?.payment.status).toBe('paid');
    expect(sleeps).toEqual([1_000, 2_000, 4_000, 8_000]);
    const lookups = ledger.detail(result.merchantUid)?.events.filter((e) => e.type === 'lookup') ?? [];
    expect(lookups.map((e) => e.detail.split(':')[0])).toEqual(['no answer', 'no answer', 'no answer', 'PortOne']);
  });

  it('5xx before the charge → unknown; 404 only counts as "not charged" once the request surely ended', async () => {
    const { service, ledger, sandbox, resolver, sleeps } = await harness();
    await setFaults(sandbox.url, { path: ONETIME, status: 503, count: 1 });
    const result = await service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    await resolver.whenIdle();
    const detail = ledger.detail(result.merchantUid);
    expect(detail?.payment).toMatchObject({ status: 'failed' });
    expect(ledger.get(result.merchantUid)?.reasonCode).toBe('not_charged');
    // 60 s grace from the answer: lookups at 1, 3, 7, 15, 31 s said "not yet"; 63 s decided.
    expect(sleeps).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(detail?.events.filter((e) => e.detail === 'PortOne: not found yet' && e.note?.code === 'not_found_yet')).toHaveLength(5);
    expect(detail?.events.at(-1)?.note?.code).toBe('not_charged');
    expect(await sandboxPaymentsFor(sandbox.url, result.merchantUid)).toHaveLength(0);
  });

  it('PortOne unreachable → failed (not_sent), nothing left to resolve', async () => {
    const closed = await paymentsHarness();
    const deadUrl = closed.sandbox.url;
    await closed.close();
    const { service, ledger } = await harness({ baseUrl: deadUrl });
    const result = await service.chargeKeyed(keyedInput());
    expect(result).toMatchObject({ outcome: 'failed', reasonCode: 'not_sent' });
    expect(ledger.open()).toEqual([]);
  });

  it('on start-up resolves intents a crash left open: sent and paid → paid; never sent → failed', async () => {
    const { ledger, client, sandbox, resolver } = await harness();
    const base = { kind: 'keyed' as const, amount: 11_000, taxFree: 0, orderName: 'x', buyerName: '', cardQuota: 0 };
    const common = { ...base, attemptId: null, cardNumberMasked: null, cashier: 'test', sandbox: true, apiEnv: 'sandbox', at: Date.now() };
    // Crash after the request went out: the charge happened, the answer was never recorded.
    ledger.insertIntent({ ...common, merchantUid: 'pos-crash-sent', requestSentAt: Date.now() - 600_000 });
    const charged = await client.chargeOnetime({
      merchant_uid: 'pos-crash-sent',
      amount: 11_000,
      tax_free: 0,
      card_number: CARD.approve,
      expiry: CARD.expiry,
      birth: CARD.birth,
      pwd_2digit: CARD.pwd,
      pg: 'settle.nxca_jt_bi',
      name: 'x',
      card_quota: 0,
    });
    expect(charged.outcome).toBe('paid');
    // Crash between the intent and the request.
    ledger.insertIntent({ ...common, merchantUid: 'pos-crash-unsent', requestSentAt: null });
    // An intent for another PortOne account is left alone.
    ledger.insertIntent({ ...common, merchantUid: 'pos-other-env', apiEnv: 'https://api.iamport.kr key:abc', requestSentAt: null });
    await clearFaults(sandbox.url);

    await resolver.recoverPending();
    expect(ledger.get('pos-crash-sent')?.payment.status).toBe('paid');
    expect(ledger.get('pos-crash-unsent')?.payment.status).toBe('failed');
    expect(ledger.get('pos-crash-unsent')?.reasonCode).toBe('not_charged');
    expect(ledger.open().map((i) => i.merchantUid)).toEqual(['pos-other-env']);
  });
});
