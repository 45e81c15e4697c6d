import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../contract/channels';
import type { AgainChargeResult, CustomerDetail, CustomerView } from '../../contract/customers';
import { clearFaults, setFaults } from '../../sandbox/control';
import { captureLogger } from '../core/support/capture-logger';
import { CARD, sandboxPaymentsFor } from '../core/support/sandbox';
import { cardDataNeedles, findCardData } from '../security/card-scan';
import { data, keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { deleteKeyBehindTheBack, keyPayments, keyStatus } from './sandbox-keys';

let seq = 0;
const attempt = () => `cof-attempt-${Date.now()}-${(seq += 1)}`;

function keyedSaving(name: string, overrides: Partial<Request<'chargeKeyed'>> = {}): Request<'chargeKeyed'> {
  return keyedRequest({
    attemptId: attempt(),
    amount: 22_000,
    buyerName: name,
    buyerTel: '010-2222-3333',
    saveCard: { consent: true, name, phone: '010-2222-3333', memo: 'weekly beans' },
    ...overrides,
  });
}

describe('card on file (core over the router, sandbox over HTTP)', () => {
  let fx: CoreFixture;
  const logger = captureLogger();
  const call: CoreFixture['call'] = (method, request) => fx.call(method, request);

  beforeAll(async () => {
    fx = await startCoreFixture({ logger, deps: { sleep: () => Promise.resolve(), settleGraceMs: 0, portoneTimeouts: { chargeMs: 1_000 } } });
  });
  afterEach(() => clearFaults(fx.sandbox.url));
  afterAll(() => fx.close());

  async function saveCustomer(name: string, overrides: Partial<Request<'chargeKeyed'>> = {}): Promise<CustomerView> {
    const charge = data<{ outcome: string }>(await call('chargeKeyed', keyedSaving(name, overrides)));
    expect(charge.outcome).toBe('paid');
    const found = data<CustomerView[]>(await call('searchCustomers', { query: name, limit: 10 }));
    expect(found).toHaveLength(1);
    return found[0] as CustomerView;
  }

  it('saves the card with the first charge: a masked card, the issuing MID, an opaque customer_uid known to PortOne', async () => {
    const customer = await saveCustomer('Park Jiyoon');
    expect(customer).toMatchObject({
      name: 'Park Jiyoon',
      phone: '010-2222-3333',
      memo: 'weekly beans',
      cardNumberMasked: '5365-10**-****-0006',
      pgId: 'nxca_jt_bi',
      keyState: 'active',
      consentBy: 'till',
    });
    expect(customer.customerUid).toMatch(/^cu_[0-9a-f]{24}$/);
    expect(customer.cardName).not.toBeNull();
    expect(customer.issuedAt).not.toBeNull();
    expect(await keyStatus(fx.sandbox.url, customer.customerUid)).toBe(200);
    const issuing = await keyPayments(fx.sandbox.url, customer.customerUid);
    expect(issuing).toEqual([expect.objectContaining({ status: 'paid', customer_uid_usage: 'issue' })]);
  });

  it('finds customers by name (prefix or inside), phone (any part) and the card last 4', async () => {
    const customer = await saveCustomer('Choi Minseo', { buyerTel: '010-7777-4321', saveCard: { consent: true, name: 'Choi Minseo', phone: '010-7777-4321', memo: '' } });
    const uids = async (query: string) => data<CustomerView[]>(await call('searchCustomers', { query, limit: 50 })).map((c) => c.customerUid);
    for (const query of ['Ch', 'oi', 'Minse', 'oi Min', '010-7777', '7777', '4321', '0006']) expect(await uids(query), query).toContain(customer.customerUid);
    expect(await uids('Nobody')).not.toContain(customer.customerUid);
    // FTS syntax typed into the box is taken literally.
    expect(await uids('"Choi" OR *')).toEqual([]);
  });

  it('a declined first charge saves nothing', async () => {
    const charge = data<{ outcome: string }>(await call('chargeKeyed', keyedSaving('Declined Kang', { cardNumber: CARD.declineError })));
    expect(charge.outcome).toBe('rejected');
    expect(data<CustomerView[]>(await call('searchCustomers', { query: 'Declined Kang', limit: 10 }))).toEqual([]);
  });

  it('refuses to save without consent or a name, before anything is charged', async () => {
    const before = (await sandboxPaymentsFor(fx.sandbox.url, 'x')).length;
    const noConsent = await call('chargeKeyed', { ...keyedSaving('No Consent'), saveCard: { consent: false, name: 'No Consent', phone: '', memo: '' } });
    expect(noConsent).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'saveCard.consent' } });
    const noName = await call('chargeKeyed', { ...keyedSaving('x'), saveCard: { consent: true, name: ' ', phone: '', memo: '' } });
    expect(noName).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'saveCard.name' } });
    expect((await sandboxPaymentsFor(fx.sandbox.url, 'x')).length).toBe(before);
  });

  it('charges the card again (kind billing, linked to the customer); a repeat of the attempt charges once', async () => {
    const customer = await saveCustomer('Again Lee');
    const request = { attemptId: attempt(), customerUid: customer.customerUid, amount: 60_000, taxFree: 10_000, orderName: 'Beans x3', cardQuota: 3 };
    const first = data<AgainChargeResult>(await call('chargeAgain', request));
    expect(first.charge).toMatchObject({ outcome: 'paid', payment: { kind: 'billing', amount: 60_000, taxFree: 10_000, cardQuota: 3, buyerName: 'Again Lee' } });
    const repeat = data<AgainChargeResult>(await call('chargeAgain', request));
    expect(repeat.charge.merchantUid).toBe(first.charge.merchantUid);
    const detail = data<CustomerDetail>(await call('getCustomer', { customerUid: customer.customerUid }));
    expect(detail.payments.map((p) => p.kind)).toEqual(['billing', 'keyed']);
    expect(detail.payments[0]?.merchantUid).toBe(first.charge.merchantUid);
    const atPortOne = await keyPayments(fx.sandbox.url, customer.customerUid);
    expect(atPortOne.filter((p) => p.customer_uid_usage === 'payment')).toHaveLength(1);
  });

  it('checks amounts like a keyed charge: installments only from ₩50,000, tax-free not above the amount', async () => {
    const customer = await saveCustomer('Rules Han');
    const base = { attemptId: attempt(), customerUid: customer.customerUid, amount: 40_000, taxFree: 0, orderName: 'x', cardQuota: 3 };
    expect(await call('chargeAgain', base)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'cardQuota' } });
    expect(await call('chargeAgain', { ...base, cardQuota: 0, taxFree: 50_000 })).toMatchObject({ ok: false, error: { field: 'taxFree' } });
  });

  it('a key deleted behind the app’s back: clear message, nothing charged, customer flagged; the next try is refused before PortOne', async () => {
    const customer = await saveCustomer('Deleted Yoon');
    await deleteKeyBehindTheBack(fx.sandbox.url, customer.customerUid);
    const result = data<AgainChargeResult>(
      await call('chargeAgain', { attemptId: attempt(), customerUid: customer.customerUid, amount: 5_000, taxFree: 0, orderName: 'x', cardQuota: 0 }),
    );
    expect(result.charge).toMatchObject({ outcome: 'rejected', reasonCode: 'no_billing_key', reason: expect.stringContaining('no longer on file') });
    expect(result.customer?.keyState).toBe('missing');
    expect(await sandboxPaymentsFor(fx.sandbox.url, result.charge.merchantUid)).toEqual([]);
    const again = await call('chargeAgain', { attemptId: attempt(), customerUid: customer.customerUid, amount: 5_000, taxFree: 0, orderName: 'x', cardQuota: 0 });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('no longer on file') } });
  });

  it('"commit then drop" on again: the payment is resolved by lookup, one payment only', async () => {
    const customer = await saveCustomer('Dropped Seo');
    await setFaults(fx.sandbox.url, { path: '/subscribe/payments/again', commitThenDrop: true, count: 1 });
    const result = data<AgainChargeResult>(
      await call('chargeAgain', { attemptId: attempt(), customerUid: customer.customerUid, amount: 7_000, taxFree: 0, orderName: 'x', cardQuota: 0 }),
    );
    expect(result.charge.outcome).toBe('unknown');
    await fx.core.whenIdle();
    const detail = data<{ payment: { status: string } }>(await call('getPayment', { merchantUid: result.charge.merchantUid }));
    expect(detail.payment.status).toBe('paid');
    expect(await sandboxPaymentsFor(fx.sandbox.url, result.charge.merchantUid)).toEqual([expect.objectContaining({ status: 'paid' })]);
  });

  it('refresh from PortOne flags keys PortOne no longer knows', async () => {
    const kept = await saveCustomer('Refresh Kept');
    const gone = await saveCustomer('Refresh Gone');
    await deleteKeyBehindTheBack(fx.sandbox.url, gone.customerUid);
    const views = data<CustomerView[]>(await call('refreshCustomers', { customerUids: [kept.customerUid, gone.customerUid] }));
    expect(views.map((v) => [v.name, v.keyState])).toEqual([
      ['Refresh Kept', 'active'],
      ['Refresh Gone', 'missing'],
    ]);
    expect(views.every((v) => v.checkedAt !== null)).toBe(true);
  });

  it('refresh takes the issuing MID from PortOne when it differs from the one asked for (PortOne falls back silently)', async () => {
    const settings = { mode: 'sandbox', lang: 'en', impCode: '', windowMid: '', keyedMid: 'nxca_unknown', storeName: '', businessNumber: '' };
    data(await call('saveSettings', settings));
    try {
      const customer = await saveCustomer('Fallback Ahn');
      expect(customer.pgId).toBe('nxca_unknown');
      const [refreshed] = data<CustomerView[]>(await call('refreshCustomers', { customerUids: [customer.customerUid] }));
      expect(refreshed?.pgId).toBe('nxca_jt_bi');
    } finally {
      data(await call('saveSettings', { ...settings, keyedMid: '' }));
    }
  });

  it('remove card: PortOne first, then here (the customer stays, without a card); a refusal keeps the card and says so', async () => {
    const customer = await saveCustomer('Remove Jang');
    await setFaults(fx.sandbox.url, { path: `/subscribe/customers/${customer.customerUid}`, method: 'DELETE', status: 503 });
    const refused = await call('removeCard', { customerUid: customer.customerUid, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('still on file') } });
    expect(await keyStatus(fx.sandbox.url, customer.customerUid)).toBe(200);
    expect(data<CustomerView[]>(await call('searchCustomers', { query: 'Remove Jang', limit: 5 }))).toHaveLength(1);
    await clearFaults(fx.sandbox.url);

    expect(data<{ customerUid: string }>(await call('removeCard', { customerUid: customer.customerUid, confirm: true }))).toEqual({ customerUid: customer.customerUid });
    expect(await keyStatus(fx.sandbox.url, customer.customerUid)).toBe(404);
    // Issue 19: the customer is kept (name, phone, memo, payments), its card marked removed and not chargeable.
    expect(data<CustomerView[]>(await call('searchCustomers', { query: 'Remove Jang', limit: 5 }))).toEqual([expect.objectContaining({ customerUid: customer.customerUid, keyState: 'removed' })]);
    expect(await call('getCustomer', { customerUid: customer.customerUid })).toMatchObject({ ok: true, data: { customer: { keyState: 'removed' } } });
    const again = await call('chargeAgain', { customerUid: customer.customerUid, attemptId: attempt(), amount: 1_000, taxFree: 0, orderName: 'After removal', cardQuota: 0 });
    expect(again).toMatchObject({ ok: false, error: { reason: 'customers.card_removed' } });
    const refreshed = data<CustomerView[]>(await call('refreshCustomers', { customerUids: [customer.customerUid] }));
    expect(refreshed).toEqual([expect.objectContaining({ keyState: 'removed' })]);
  });

  // Issue 12, finding 8.
  it('charge-again racing remove-card: the charge still answers with its own result', async () => {
    const customer = await saveCustomer('Race Yoon');
    await setFaults(fx.sandbox.url, { path: '/subscribe/payments/again', latencyMs: 400, count: 1 });
    const charging = call('chargeAgain', { customerUid: customer.customerUid, attemptId: attempt(), amount: 3_000, taxFree: 0, orderName: 'Beans', cardQuota: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(data<{ customerUid: string }>(await call('removeCard', { customerUid: customer.customerUid, confirm: true }))).toEqual({ customerUid: customer.customerUid });
    const result = await charging;
    expect(result.ok).toBe(true);
    const { charge, customer: after } = data<AgainChargeResult>(result);
    expect(after?.keyState).toBe('removed');
    const atPortOne = await sandboxPaymentsFor(fx.sandbox.url, charge.merchantUid);
    expect(charge.outcome).toBe(atPortOne.some((p) => p.status === 'paid') ? 'paid' : 'rejected');
  });

  it('a repeat of a charge-again after the card was removed answers with that charge, not "no such customer"', async () => {
    const customer = await saveCustomer('Repeat Baek');
    const request = { customerUid: customer.customerUid, attemptId: attempt(), amount: 4_000, taxFree: 0, orderName: 'Beans', cardQuota: 0 };
    const first = data<AgainChargeResult>(await call('chargeAgain', request));
    expect(first.charge.outcome).toBe('paid');
    data(await call('removeCard', { customerUid: customer.customerUid, confirm: true }));
    const repeat = data<AgainChargeResult>(await call('chargeAgain', request));
    // The customer is kept without a card since issue 19.8 (keyState 'removed'), not forgotten.
    expect(repeat).toMatchObject({ charge: { outcome: 'paid', merchantUid: first.charge.merchantUid }, customer: { customerUid: customer.customerUid, keyState: 'removed' } });
    expect(await sandboxPaymentsFor(fx.sandbox.url, first.charge.merchantUid)).toHaveLength(1);
  });

  it('replacing a card: a fresh customer_uid for the new card; the old key is deleted at PortOne once the new one is issued', async () => {
    const old = await saveCustomer('Replace Moon');
    const request = keyedSaving('Replace Moon', {
      cardNumber: '4111-1111-1111-1111',
      saveCard: { consent: true, name: 'Replace Moon', phone: '010-2222-3333', memo: 'new card', replaces: old.customerUid },
    });
    const first = data<{ outcome: string; merchantUid: string }>(await call('chargeKeyed', request));
    expect(first.outcome).toBe('paid');
    // Pressing pay again (a lost answer on the screen) answers with that charge, though the card it replaced is gone.
    expect(data<{ outcome: string; merchantUid: string }>(await call('chargeKeyed', request))).toMatchObject({ outcome: 'paid', merchantUid: first.merchantUid });
    const now = data<CustomerView[]>(await call('searchCustomers', { query: 'Replace Moon', limit: 5 }));
    expect(now).toHaveLength(1);
    expect(now[0]?.customerUid).not.toBe(old.customerUid);
    expect(now[0]?.cardNumberMasked).toBe('4111-11**-****-1111');
    expect(await keyStatus(fx.sandbox.url, old.customerUid)).toBe(404);
    expect(await keyStatus(fx.sandbox.url, now[0]?.customerUid ?? '')).toBe(200);
  });

  // Issue 12, finding 6: the replacement is written down and finished whenever the new key's first charge is known paid.
  it('replacing a card whose first charge comes back unknown, then paid: the old key is still retired', async () => {
    const old = await saveCustomer('Replace Unknown');
    await setFaults(fx.sandbox.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const request = keyedSaving('Replace Unknown', {
      cardNumber: '4111-1111-1111-1111',
      saveCard: { consent: true, name: 'Replace Unknown', phone: '010-2222-3333', memo: '', replaces: old.customerUid },
    });
    const charge = data<{ outcome: string; merchantUid: string }>(await call('chargeKeyed', request));
    expect(charge.outcome).toBe('unknown');
    await expect.poll(() => keyStatus(fx.sandbox.url, old.customerUid), { timeout: 10_000 }).toBe(404);
    const listed = data<CustomerView[]>(await call('searchCustomers', { query: 'Replace Unknown', limit: 5 }));
    expect(listed.map((c) => c.cardNumberMasked)).toEqual(['4111-11**-****-1111']);
  });

  it('a declined replacement keeps the old card', async () => {
    const old = await saveCustomer('Keep Baek');
    const request = keyedSaving('Keep Baek', {
      cardNumber: CARD.declineFailed,
      saveCard: { consent: true, name: 'Keep Baek', phone: '010-2222-3333', memo: '', replaces: old.customerUid },
    });
    expect(data<{ outcome: string }>(await call('chargeKeyed', request)).outcome).toBe('failed');
    expect(data<CustomerView[]>(await call('searchCustomers', { query: 'Keep Baek', limit: 5 })).map((c) => c.customerUid)).toEqual([old.customerUid]);
    expect(await keyStatus(fx.sandbox.url, old.customerUid)).toBe(200);
  });

  it('register without charging is reported unavailable for Hecto', async () => {
    expect(data<unknown>(await call('cardOnFileOptions', undefined))).toEqual({ registerWithoutCharge: { available: false } });
  });

  it('no file in the data directory, and no log line, holds card data after saving, charging again, replacing and removing', async () => {
    const customer = await saveCustomer('Scan Oh');
    data(await call('chargeAgain', { attemptId: attempt(), customerUid: customer.customerUid, amount: 3_000, taxFree: 0, orderName: 'x', cardQuota: 0 }));
    await fx.core.whenIdle();
    const needles = cardDataNeedles([CARD.approve, CARD.declineError, CARD.declineFailed, '4111-1111-1111-1111']);
    const { files, hits } = findCardData(fx.dataDir, needles);
    expect(files.some((f) => f.endsWith('ledger.sqlite-wal'))).toBe(true);
    expect(hits).toEqual([]);
    for (const needle of needles) expect(logger.text()).not.toContain(needle);
  });
});
