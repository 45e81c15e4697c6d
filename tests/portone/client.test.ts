import { afterEach, describe, expect, it } from 'vitest';
import { PortOneClient, decode, type OnetimeRequest, type Timeouts } from '../../main/portone/client';
import { chargeAnswerOf } from '../../main/portone/outcomes';
import { PortOnePayment } from '../../main/portone/schemas';
import { createTransport } from '../../main/portone/transport';
import { clearFaults, setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD, cardSecrets, sandboxPaymentsFor } from '../core/support/sandbox';

let seq = 0;
const uid = () => `client-test-${Date.now()}-${++seq}`;

function onetime(cardNumber: string = CARD.approve, overrides: Partial<OnetimeRequest> = {}): OnetimeRequest {
  return {
    merchant_uid: uid(),
    amount: 11_000,
    tax_free: 0,
    card_number: cardNumber,
    expiry: CARD.expiry,
    birth: CARD.birth,
    pwd_2digit: CARD.pwd,
    pg: `settle.${SANDBOX_CREDENTIALS.keyedMid}`,
    name: 'Coffee beans',
    buyer_name: 'Kim',
    buyer_tel: '010-1234-5678',
    card_quota: 0,
    ...overrides,
  };
}

describe('PortOne client against the sandbox', () => {
  const sandboxes: SandboxHandle[] = [];
  const clients: PortOneClient[] = [];
  const logger = captureLogger();

  async function sandbox(options: Parameters<typeof startSandbox>[0] = {}): Promise<SandboxHandle> {
    const s = await startSandbox({ port: 0, ...options });
    sandboxes.push(s);
    return s;
  }
  function client(baseUrl: string, extra: { now?: () => number; timeouts?: Partial<Timeouts>; secret?: string } = {}) {
    const c = new PortOneClient({
      transport: createTransport(baseUrl),
      credentials: { impKey: SANDBOX_CREDENTIALS.impKey, impSecret: extra.secret ?? SANDBOX_CREDENTIALS.impSecret },
      logger,
      ...(extra.now ? { now: extra.now } : {}),
      ...(extra.timeouts ? { timeouts: extra.timeouts } : {}),
    });
    clients.push(c);
    return c;
  }

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await Promise.all(sandboxes.splice(0).map((s) => s.close()));
    // Whatever went wrong in a test, nothing card-shaped was ever logged.
    for (const secret of [...cardSecrets(CARD.approve), ...cardSecrets(CARD.declineFailed), ...cardSecrets(CARD.declineError)]) {
      expect(logger.text()).not.toContain(secret);
    }
    expect(logger.text()).not.toContain(SANDBOX_CREDENTIALS.impSecret);
    logger.lines.length = 0;
  });

  it('approves and reuses one token for many charges', async () => {
    const s = await sandbox();
    const c = client(s.url);
    for (let i = 0; i < 10; i++) {
      const answer = await c.chargeOnetime(onetime());
      expect(answer.outcome).toBe('paid');
    }
    expect(c.tokenFetches).toBe(1);
  });

  it('concurrent callers share one getToken', async () => {
    const s = await sandbox();
    const c = client(s.url);
    const answers = await Promise.all(Array.from({ length: 8 }, () => c.chargeOnetime(onetime())));
    expect(answers.every((a) => a.outcome === 'paid')).toBe(true);
    expect(c.tokenFetches).toBe(1);
  });

  it('judges expiry on the server clock: a server 1 h behind does not cause a getToken per call', async () => {
    const s = await sandbox({ now: () => Date.now() - 3_600_000 });
    const c = client(s.url);
    for (let i = 0; i < 5; i++) expect((await c.findByMerchantUid(uid())).kind).toBe('not_found');
    expect(c.tokenFetches).toBe(1);
  });

  it('refreshes shortly before expiry by the server-relative lifetime', async () => {
    let clientNow = 1_000_000;
    const s = await sandbox();
    const c = client(s.url, { now: () => clientNow });
    await c.findByMerchantUid(uid());
    clientNow += 28 * 60_000; // 2 min left: still good
    await c.findByMerchantUid(uid());
    expect(c.tokenFetches).toBe(1);
    clientNow += 90_000; // 30 s left: inside the 60 s margin
    await c.findByMerchantUid(uid());
    expect(c.tokenFetches).toBe(2);
  });

  it('on 401 (token expired on the server) refreshes once and retries once', async () => {
    let serverOffset = 0;
    const s = await sandbox({ now: () => Date.now() + serverOffset });
    const c = client(s.url);
    expect((await c.chargeOnetime(onetime())).outcome).toBe('paid');
    serverOffset = 31 * 60_000; // the server's token has expired; ours looks fine
    const request = onetime();
    expect((await c.chargeOnetime(request)).outcome).toBe('paid');
    expect(c.tokenFetches).toBe(2);
    expect(await sandboxPaymentsFor(s.url, request.merchant_uid)).toHaveLength(1);
  });

  it('after a sandbox restart, concurrent 401s share a single refresh', async () => {
    const first = await sandbox();
    const port = Number(new URL(first.url).port);
    const c = client(first.url);
    await c.findByMerchantUid(uid());
    await first.close();
    await sandbox({ port }); // same address, no memory of our token
    const answers = await Promise.all(Array.from({ length: 6 }, () => c.chargeOnetime(onetime())));
    expect(answers.map((a) => a.outcome)).toEqual(Array(6).fill('paid'));
    expect(c.tokenFetches).toBe(2);
  });

  it('wrong secret → rejected (credentials), nothing sent', async () => {
    const s = await sandbox();
    const c = client(s.url, { secret: 'wrong-secret' });
    const answer = await c.chargeOnetime(onetime());
    expect(answer).toMatchObject({ outcome: 'rejected', rejection: 'credentials' });
  });

  it('decline as a processed payment: code 0, status failed → failed with the reason', async () => {
    const s = await sandbox();
    const answer = await client(s.url).chargeOnetime(onetime(CARD.declineFailed));
    expect(answer.outcome).toBe('failed');
    if (answer.outcome !== 'failed') return;
    expect(answer.reason).toMatch(/거래정지/);
    expect(answer.payment.status).toBe('failed');
  });

  it('decline as a failed request: code -1, response null → rejected with the message', async () => {
    const s = await sandbox();
    const answer = await client(s.url).chargeOnetime(onetime(CARD.declineError));
    expect(answer).toMatchObject({ outcome: 'rejected', rejection: 'declined' });
    if (answer.outcome === 'rejected') expect(answer.reason).toMatch(/카드정보 인증에 실패/);
  });

  it('HTTP 400 with an envelope → rejected (invalid_request)', async () => {
    const s = await sandbox();
    const answer = await client(s.url).chargeOnetime(onetime(CARD.approve, { expiry: '07/31' }));
    expect(answer).toMatchObject({ outcome: 'rejected', rejection: 'invalid_request' });
  });

  it('timeout → unknown, and the charge did happen', async () => {
    const s = await sandbox();
    const c = client(s.url, { timeouts: { chargeMs: 150 } });
    await c.getToken();
    await setFaults(s.url, { path: '/subscribe/payments/onetime', latencyMs: 1_000, count: 1 });
    const request = onetime();
    expect(await c.chargeOnetime(request)).toMatchObject({ outcome: 'unknown', cause: 'timeout' });
    // The sandbox finishes the charge after the client gave up: `find` eventually sees it.
    let found = await c.findByMerchantUid(request.merchant_uid);
    while (found.kind === 'not_found') {
      await new Promise((r) => setTimeout(r, 50));
      found = await c.findByMerchantUid(request.merchant_uid);
    }
    expect(found).toMatchObject({ kind: 'ok', value: { status: 'paid' } });
  });

  it('5xx → unknown (server_error); commit-then-drop → unknown (reset) with the payment made', async () => {
    const s = await sandbox();
    const c = client(s.url);
    await setFaults(s.url, { path: '/subscribe/payments/onetime', status: 503, count: 1 });
    expect(await c.chargeOnetime(onetime())).toMatchObject({ outcome: 'unknown', cause: 'server_error' });
    await setFaults(s.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const dropped = onetime();
    expect(await c.chargeOnetime(dropped)).toMatchObject({ outcome: 'unknown', cause: 'reset' });
    await clearFaults(s.url);
    expect(await c.findByMerchantUid(dropped.merchant_uid)).toMatchObject({ kind: 'ok', value: { status: 'paid' } });
  });

  it('PortOne unreachable → not_sent (the charge never left)', async () => {
    const s = await sandbox();
    const url = s.url;
    await s.close();
    const answer = await client(url).chargeOnetime(onetime());
    expect(answer).toMatchObject({ outcome: 'not_sent', cause: 'refused' });
  });

  it('looks payments up by merchant_uid and imp_uid; unknown ids are not_found', async () => {
    const s = await sandbox();
    const c = client(s.url);
    const request = onetime();
    const paid = await c.chargeOnetime(request);
    if (paid.outcome !== 'paid') throw new Error('expected paid');
    expect(await c.findByMerchantUid(request.merchant_uid)).toMatchObject({ kind: 'ok', value: { imp_uid: paid.payment.imp_uid } });
    expect(await c.getPayment(paid.payment.imp_uid)).toMatchObject({ kind: 'ok', value: { sandbox: true } });
    expect((await c.getPayment('imp_000000000000')).kind).toBe('not_found');
    expect(paid.payment.card_number).not.toContain('1000-0000');
  });

  it('cancels, prepares, lists by status and manages billing keys', async () => {
    const s = await sandbox();
    const c = client(s.url);
    const request = onetime(CARD.approve, { customer_uid: `cust-${uid()}` });
    const paid = await c.chargeOnetime(request);
    expect(paid.outcome).toBe('paid');
    const customerUid = request.customer_uid ?? '';
    expect(await c.getCustomer(customerUid)).toMatchObject({ kind: 'ok', value: { customer_uid: customerUid } });
    const again = await c.chargeAgain({ customer_uid: customerUid, merchant_uid: uid(), amount: 5_000, tax_free: 0, name: 'Refill', card_quota: 0 });
    expect(again.outcome).toBe('paid');
    expect(await c.cancel({ merchant_uid: request.merchant_uid, reason: 'test', checksum: 11_000 })).toMatchObject({
      kind: 'ok',
      value: { status: 'cancelled', cancel_amount: 11_000 },
    });
    expect((await c.cancel({ merchant_uid: request.merchant_uid, reason: 'again' })).kind).toBe('api_error');
    expect(await c.prepare(uid(), 3_000)).toMatchObject({ kind: 'ok', value: { amount: 3_000 } });
    const page = await c.paymentsByStatus('cancelled');
    expect(page.kind === 'ok' && page.value.list.some((p) => p.merchant_uid === request.merchant_uid)).toBe(true);
    expect((await c.deleteCustomer(customerUid, 'test')).kind).toBe('ok');
    expect((await c.getCustomer(customerUid)).kind).toBe('not_found');
  });
});

describe('decode (answers the sandbox cannot be made to give)', () => {
  const body = (response: unknown, code = 0) => ({ kind: 'response' as const, status: 200, body: { code, message: null, response }, malformed: false });

  it('an unparseable body or an undecodable payment is unknown (malformed), never paid', () => {
    expect(decode({ kind: 'response', status: 200, body: null, malformed: true }, PortOnePayment)).toMatchObject({
      kind: 'unreachable',
      cause: 'malformed',
      maybeDelivered: true,
    });
    expect(decode(body({ imp_uid: 'imp_1', status: 'paid' }), PortOnePayment)).toMatchObject({ kind: 'unreachable', cause: 'malformed' });
    expect(decode(body({ imp_uid: 'imp_1', merchant_uid: 'm', amount: 1, status: 'weird' }), PortOnePayment)).toMatchObject({
      kind: 'unreachable',
      cause: 'malformed',
    });
  });

  it('a 5xx without an envelope is unknown (server_error); a redirect is unknown (malformed)', () => {
    expect(decode({ kind: 'response', status: 502, body: null, malformed: true }, PortOnePayment)).toMatchObject({ cause: 'server_error' });
    expect(decode({ kind: 'response', status: 302, body: null, malformed: true }, PortOnePayment)).toMatchObject({ cause: 'malformed' });
  });

  it('a charge answer about another merchant_uid is unknown, not paid', () => {
    const payment = PortOnePayment.parse({ imp_uid: 'imp_1', merchant_uid: 'pos-other', amount: 1_000, status: 'paid' });
    expect(chargeAnswerOf({ kind: 'ok', value: payment }, 'pos-mine')).toMatchObject({ outcome: 'unknown', cause: 'malformed' });
    expect(chargeAnswerOf({ kind: 'ok', value: payment }, 'pos-other')).toMatchObject({ outcome: 'paid' });
  });

  it('undecodable detail names paths only, not the values', () => {
    const result = decode(body({ imp_uid: 'imp_1', merchant_uid: 'm', amount: '5365100000000006', status: 'paid' }), PortOnePayment);
    expect(JSON.stringify(result)).not.toContain('5365100000000006');
  });
});
