import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Method, Request } from '../../contract/channels';
import type { AgainChargeResult, CustomerView, RegisterCardResult } from '../../contract/customers';
import type { Result } from '../../contract/result';
import { clearFaults, listFaults, setFaults } from '../../sandbox/control';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { cardDataNeedles, findCardData } from '../security/card-scan';
import type { AppCoreDeps } from '../../main/core/app-core.types';
import { createRouter } from '../../main/ipc/router';
import { createTestCore, data, HTTP_CALLER } from '../support/core-fixture';
import { keyPayments, keyStatus } from './sandbox-keys';

const SETTINGS = { mode: 'sandbox', lang: 'en', impCode: '', windowMid: '', keyedMid: '', storeName: '', businessNumber: '' } as const;
const REGISTER_PATH = { method: 'POST', path: '/subscribe/customers/*' } as const;

function registration(name: string, overrides: Partial<Request<'registerCard'>> = {}): Request<'registerCard'> {
  return {
    consent: true,
    name,
    phone: '010-4444-5555',
    memo: 'orders by phone',
    cardNumber: CARD.approve,
    expiry: CARD.expiry,
    ownerType: 'personal',
    birth: CARD.birth,
    pwd2digit: CARD.pwd,
    ...overrides,
  };
}

/** A core against a sandbox that plays Hecto with or without the separate contract. */
async function startFixture(contractAtSandbox: boolean, clocks: Pick<AppCoreDeps, 'now' | 'monotonic' | 'settleGraceMs'> = { settleGraceMs: 0 }) {
  const sandbox = await startSandbox({ port: 0, billingKeyOnlyIssuance: contractAtSandbox });
  const dir = tempDir('register-card');
  const logger = captureLogger();
  const core = await createTestCore({
    dataDir: dir.path,
    logger,
    portoneApiUrl: sandbox.url,
    sleep: () => Promise.resolve(),
    portoneTimeouts: { chargeMs: 1_000 },
    ...clocks,
  });
  const router = createRouter(core.handlers, logger);
  const call = (method: Method, payload: unknown): Promise<Result<unknown>> => router.callMethod(method, payload, HTTP_CALLER);
  return {
    sandbox,
    core,
    dataDir: dir.path,
    logger,
    call,
    setContract: async (on: boolean) => data(await call('saveSettings', { ...SETTINGS, hectoBillingKeyOnly: on })),
    listed: async (name: string) => data<CustomerView[]>(await call('searchCustomers', { query: name, limit: 10 })),
    async close() {
      await core.close();
      await sandbox.close();
      dir.cleanup();
    },
  };
}

type Fixture = Awaited<ReturnType<typeof startFixture>>;

describe('register a card without charging (Hecto separate contract)', () => {
  let fx: Fixture;
  let sandbox: SandboxHandle;
  let seq = 0;

  beforeAll(async () => {
    fx = await startFixture(true);
    sandbox = fx.sandbox;
  });
  afterEach(() => clearFaults(sandbox.url));
  afterAll(() => fx.close());

  it('with the setting off: refused with the reason, nothing sent to PortOne, nothing written', async () => {
    await fx.setContract(false);
    expect(data(await fx.call('cardOnFileOptions', undefined))).toEqual({ registerWithoutCharge: { available: false } });
    await setFaults(sandbox.url, { ...REGISTER_PATH, status: 500, count: 1 });
    const refused = await fx.call('registerCard', registration('Off Contract'));
    expect(refused).toEqual({
      ok: false,
      error: { code: 'unavailable', reason: 'customers.not_contracted', message: 'Hecto needs a separate contract for this; save the card with a first charge instead.' },
    });
    expect((await listFaults(sandbox.url))[0]?.remaining).toBe(1);
    expect(await fx.listed('Off Contract')).toEqual([]);
  });

  it('with the setting on: the key is issued at PortOne, the customer listed with the masked card, and charged again', async () => {
    await fx.setContract(true);
    expect(data(await fx.call('cardOnFileOptions', undefined))).toEqual({ registerWithoutCharge: { available: true } });
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration('Yoon Seoyeon')));
    expect(result).toMatchObject({ outcome: 'registered', message: null });
    const customer = result.customer as CustomerView;
    expect(customer).toMatchObject({
      name: 'Yoon Seoyeon',
      phone: '010-4444-5555',
      memo: 'orders by phone',
      cardNumberMasked: '5365-10**-****-0006',
      pgId: 'nxca_jt_bi',
      keyState: 'active',
      consentBy: 'till',
    });
    expect(customer.customerUid).toMatch(/^cu_[0-9a-f]{24}$/);
    expect(customer.cardName).not.toBeNull();
    expect(await keyStatus(sandbox.url, customer.customerUid)).toBe(200);
    // No charge issued the key.
    expect(await keyPayments(sandbox.url, customer.customerUid)).toEqual([]);
    expect((await fx.listed('Yoon')).map((c) => c.customerUid)).toEqual([customer.customerUid]);

    const again = data<AgainChargeResult>(
      await fx.call('chargeAgain', { attemptId: `register-again-${(seq += 1)}`, customerUid: customer.customerUid, amount: 8_000, taxFree: 0, orderName: 'Beans', cardQuota: 0 }),
    );
    expect(again.charge.outcome).toBe('paid');
    expect(await keyPayments(sandbox.url, customer.customerUid)).toEqual([expect.objectContaining({ status: 'paid', customer_uid_usage: 'payment' })]);

    const entries = data<{ entries: { action: string; target: string | null; detail: string }[] }>(
      await fx.call('auditPage', { beforeSeq: null, limit: 200 }),
    ).entries;
    const saved = entries.find((e) => e.action === 'card_saved' && e.target === customer.customerUid);
    expect(JSON.parse(saved?.detail ?? '{}')).toMatchObject({ withCharge: false, pgId: 'nxca_jt_bi' });
  });

  it('a card PortOne refuses (code -1) is rejected with its message and never listed', async () => {
    await fx.setContract(true);
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration('Refused Lim', { cardNumber: CARD.declineError })));
    expect(result.outcome).toBe('rejected');
    expect(result.message).toMatch(/\S/);
    expect(result.customer).toBeNull();
    expect(await fx.listed('Refused Lim')).toEqual([]);
  });

  it('bad card fields are refused by the keyed rules, naming the field, before anything is sent', async () => {
    await fx.setContract(true);
    await setFaults(sandbox.url, { ...REGISTER_PATH, status: 500, count: 1 });
    const bad = await fx.call('registerCard', registration('Bad Luhn', { cardNumber: '4111-1111-1111-1112' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'cardNumber' } });
    expect((await listFaults(sandbox.url))[0]?.remaining).toBe(1);
    expect(await fx.listed('Bad Luhn')).toEqual([]);
  });

  it('an answer lost after PortOne issued the key: found by GET, registered once, not sent again', async () => {
    await fx.setContract(true);
    await setFaults(sandbox.url, { ...REGISTER_PATH, commitThenDrop: true, count: 1 });
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration('Dropped Seo')));
    expect(result.outcome).toBe('registered');
    expect(result.customer?.keyState).toBe('active');
    expect((await fx.listed('Dropped Seo')).map((c) => c.customerUid)).toEqual([result.customer?.customerUid]);
  });

  it('a timeout leaves it pending; "refresh from PortOne" finds the key once PortOne has it', async () => {
    await fx.setContract(true);
    await setFaults(sandbox.url, { ...REGISTER_PATH, latencyMs: 1_500, count: 1 });
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration('Slow Kwon')));
    expect(result.outcome).toBe('pending');
    const uid = result.customer?.customerUid as string;
    expect(result.customer?.keyState).toBe('pending');
    const entries = data<{ entries: { action: string; target: string | null; detail: string }[] }>(await fx.call('auditPage', { beforeSeq: null, limit: 200 })).entries;
    const saved = entries.find((e) => e.action === 'card_saved' && e.target === uid);
    expect(JSON.parse(saved?.detail ?? '{}')).toMatchObject({ withCharge: false, pending: true });
    while ((await keyStatus(sandbox.url, uid)) !== 200) await new Promise((r) => setTimeout(r, 50));
    const [refreshed] = data<CustomerView[]>(await fx.call('refreshCustomers', { customerUids: [uid] }));
    expect(refreshed).toMatchObject({ customerUid: uid, keyState: 'active' });
    expect((await fx.listed('Slow Kwon')).map((c) => c.customerUid)).toEqual([uid]);
  });

  it('no file in the data directory, and no log line, holds the card data sent to register', async () => {
    await fx.core.whenIdle();
    const needles = cardDataNeedles([CARD.approve, CARD.declineError, '4111-1111-1111-1112']);
    const { files, hits } = findCardData(fx.dataDir, needles);
    expect(files.some((f) => f.endsWith('ledger.sqlite-wal'))).toBe(true);
    expect(hits).toEqual([]);
    for (const needle of needles) expect(fx.logger.text()).not.toContain(needle);
  });
});

describe('register without charging when PortOne (settle) has no such contract', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture(false);
  });
  afterAll(() => fx.close());

  it('the setting on but PortOne refuses: rejected with its message, nothing listed', async () => {
    await fx.setContract(true);
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration('No Contract Cho')));
    expect(result).toMatchObject({ outcome: 'rejected', customer: null });
    expect(result.message).toMatch(/\S/);
    expect(await fx.listed('No Contract Cho')).toEqual([]);
  });
});

describe('the embedded sandbox (sandbox mode) follows the setting', () => {
  it('refuses key-only issuance by default and issues the key once the setting is on', async () => {
    const dir = tempDir('register-card-embedded');
    const logger = captureLogger();
    const core = await createTestCore({ dataDir: dir.path, logger });
    const router = createRouter(core.handlers, logger);
    const call = (method: Method, payload: unknown) => router.callMethod(method, payload, HTTP_CALLER);
    try {
      data(await call('saveSettings', { ...SETTINGS, hectoBillingKeyOnly: true }));
      const result = data<RegisterCardResult>(await call('registerCard', registration('Embedded Moon')));
      expect(result).toMatchObject({ outcome: 'registered', customer: { keyState: 'active', sandbox: true } });
      data(await call('saveSettings', { ...SETTINGS, hectoBillingKeyOnly: false }));
      expect(data(await call('cardOnFileOptions', undefined))).toEqual({ registerWithoutCharge: { available: false } });
    } finally {
      await core.close();
      dir.cleanup();
    }
  });
});

/** Issue 12, finding 3 for registrations: "PortOne never registered it" is decided on a clock that cannot jump. */
describe('a pending registration under wall-clock steps', () => {
  const HOUR = 3_600_000;
  let wall = Date.now();
  let steady = 0;
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture(true, { now: () => wall, monotonic: () => steady, settleGraceMs: 60_000 });
    await fx.setContract(true);
  });
  afterEach(() => clearFaults(fx.sandbox.url));
  afterAll(() => fx.close());

  it.each([2 * HOUR, -2 * HOUR])('a step of %d ms leaves a registration PortOne never received pending until the grace passes', async (step) => {
    await setFaults(fx.sandbox.url, { ...REGISTER_PATH, status: 503, count: 1 });
    const name = `Step ${step > 0 ? 'Fwd' : 'Back'}`;
    const result = data<RegisterCardResult>(await fx.call('registerCard', registration(name)));
    expect(result.outcome).toBe('pending');
    const uid = result.customer?.customerUid as string;
    wall += step;
    const [still] = data<CustomerView[]>(await fx.call('refreshCustomers', { customerUids: [uid] }));
    expect(still).toMatchObject({ customerUid: uid, keyState: 'pending' });
    steady += 60_000;
    // Settled as never registered: nothing is on file any more.
    expect(await fx.call('refreshCustomers', { customerUids: [uid] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await fx.listed(name)).toEqual([]);
    expect(await keyStatus(fx.sandbox.url, uid)).toBe(404);
  });
});
