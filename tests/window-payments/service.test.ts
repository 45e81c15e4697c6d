import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import type { WindowPayInput, WindowPayState } from '../../contract/window-payments';
import { SINGLE_USER_OWNER } from '../../main/auth/access';
import { windowConfigFor } from '../../main/window-payments/config';
import { SENTINEL_ORIGIN, type PaymentPage, type PaymentWindowEvents, type PaymentWindowHost } from '../../main/window-payments/host';
import { WindowPaymentService, type WindowPaymentDeps } from '../../main/window-payments/service';
import { setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import { CARD, sandboxPaymentsFor, sandboxToken } from '../core/support/sandbox';
import { paymentsHarness, type Harness } from '../payments/harness';
import { openPg } from './sdk-driver';

const RETURN = `${SENTINEL_ORIGIN}/return`;

/** Stands in for a host: keeps the page and lets the test play the window's part. */
class FakeHost implements PaymentWindowHost {
  page: PaymentPage | null = null;
  events: PaymentWindowEvents | null = null;
  closedByMain = 0;
  failOpen = false;
  returnUrl = () => RETURN;
  aliveUrl = () => null;
  open(page: PaymentPage, events: PaymentWindowEvents) {
    if (this.failOpen) throw new Error('no window');
    this.page = page;
    this.events = events;
    return { pageUrl: null, close: () => void this.closedByMain++ };
  }
}

let seq = 0;
const input = (over: Partial<WindowPayInput> = {}): WindowPayInput => ({
  saleId: `sale-${Date.now()}-${++seq}`,
  amount: 4_500,
  taxFree: 0,
  orderName: '카페라떼',
  buyerName: '홍길동',
  buyerTel: '010-1234-5678',
  buyerEmail: '',
  payMethod: 'card',
  company: '',
  companyEn: '',
  ...over,
});

/** A payment for this merchant_uid with another amount (prepare guards only the SDK path). */
async function forge(h: Harness, merchantUid: string) {
  const forged = await h.client.chargeOnetime({
    merchant_uid: merchantUid,
    amount: 450,
    tax_free: 0,
    card_number: CARD.approve,
    expiry: CARD.expiry,
    birth: CARD.birth,
    pwd_2digit: CARD.pwd,
    pg: `settle.${SANDBOX_CREDENTIALS.keyedMid}`,
    name: 'forged',
    card_quota: 0,
  });
  if (forged.outcome !== 'paid') throw new Error('setup: forged charge not paid');
  return forged;
}

describe('window payment service (sandbox over HTTP)', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  async function setup() {
    h = await paymentsHarness();
    const host = new FakeHost();
    const finished: WindowPayState[] = [];
    const harness = h;
    const deps: WindowPaymentDeps = {
      ledger: harness.ledger,
      resolver: harness.resolver,
      backend: () => harness.backend,
      host,
      config: (backend) =>
        windowConfigFor({ apiBaseUrl: backend.client.baseUrl, settings: { impCode: '', windowMid: '' }, sandbox: SANDBOX_CREDENTIALS }),
      logger: harness.logger,
      now: Date.now,
      actor: () => SINGLE_USER_OWNER,
      onFinished: (state) => finished.push(state),
    };
    return { h: harness, host, service: new WindowPaymentService(deps), finished, deps };
  }

  it.each<[string, Partial<WindowPayInput>]>([
    ['buyerTel', { buyerTel: '' }],
    ['company', { payMethod: 'vbank' }],
    ['company', { payMethod: 'phone', companyEn: 'Shop' }],
    ['companyEn', { payMethod: 'phone', company: '상점' }],
    ['taxFree', { taxFree: 5_000 }],
  ])('refuses a sale without a valid %s before anything is written or opened', async (field, over) => {
    const { h, host, service } = await setup();
    const error = await service.start(input(over)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(host.page).toBeNull();
    expect(h.ledger.recent(10)).toHaveLength(0);
  });

  it('writes the intent, registers the amount with prepare, then opens a page with non-secret values only', async () => {
    const { h, host, service } = await setup();
    const { merchantUid, pageUrl } = await service.start(input({ payMethod: 'vbank', company: '테스트상점' }));
    expect(pageUrl).toBeNull();
    expect(h.ledger.get(merchantUid)?.payment).toMatchObject({ kind: 'window', status: 'pending', amount: 4_500 });
    const token = await h.client.getToken();
    if (token.kind !== 'ok') throw new Error('no token');
    const prepared = await fetch(`${h.sandbox.url}/payments/prepare/${merchantUid}`, { headers: { authorization: token.value } });
    expect(((await prepared.json()) as { response: { amount: number } }).response.amount).toBe(4_500);
    const html = host.page?.html ?? '';
    expect(html).toContain(`"merchant_uid":"${merchantUid}"`);
    expect(html).toContain('"pg":"settle.nxca_jt_il"');
    expect(html).toContain('"pay_method":"vbank"');
    expect(html).toContain(`"m_redirect_url":"${RETURN}"`);
    expect(html).toContain(`${h.sandbox.url}/sdk/iamport.js`);
    for (const secret of [SANDBOX_CREDENTIALS.impKey, SANDBOX_CREDENTIALS.impSecret]) expect(html).not.toContain(secret);
    expect(host.page?.extraOrigins).toEqual([h.sandbox.url]);
    expect(service.state(merchantUid)).toMatchObject({ phase: 'open', outcome: null });
  });

  it('allows one open window at a time: a second start for the same sale (or another) is a conflict', async () => {
    const { service } = await setup();
    const sale = input();
    await service.start(sale);
    await expect(service.start(sale)).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.start(input())).rejects.toMatchObject({ code: 'conflict' });
  });

  it("cancels a payment whose amount differs from the sale's (tampering) and tells the cashier", async () => {
    const { h, host, service, finished, deps } = await setup();
    const { merchantUid } = await service.start(input({ amount: 4_500 }));
    const forged = await forge(h, merchantUid);
    host.events?.returned(`${RETURN}?imp_uid=${forged.payment.imp_uid}&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    const state = service.state(merchantUid);
    expect(state).toMatchObject({ phase: 'done', outcome: 'tampered' });
    expect(state.message).toContain('₩450');
    expect(state.payment.status).toBe('cancelled');
    const atPortOne = await h.client.getPayment(forged.payment.imp_uid);
    expect(atPortOne.kind === 'ok' && atPortOne.value.status).toBe('cancelled');
    const tampered = h.ledger.detail(merchantUid)?.events.find((e) => e.type === 'tampered');
    expect(tampered?.note).toEqual({ code: 'tampered', params: { actual: forged.payment.amount, amount: 4_500 } });
    expect(tampered?.detail).toBe(`PortOne ₩${forged.payment.amount}, sale ₩4500`);
    expect(finished.map((s) => s.outcome)).toEqual(['tampered']);
    expect(host.closedByMain).toBeGreaterThan(0);
    // After a restart the ledger still says what happened.
    expect(new WindowPaymentService(deps).state(merchantUid)).toMatchObject({ phase: 'done', outcome: 'tampered' });
  });

  it('a return with no usable imp_uid and nothing at PortOne is the SDK refusing: the message is kept', async () => {
    const { host, service } = await setup();
    const { merchantUid } = await service.start(input());
    host.events?.returned(`${RETURN}?imp_uid=&merchant_uid=${merchantUid}&error_code=F402&error_msg=${encodeURIComponent('금액 불일치\u0000')}`);
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'refused', message: '금액 불일치 ' });
  });

  it('closing the window is a cancel only after the lookup and the grace: nothing at PortOne → checking, then closed', async () => {
    const { h, host, service } = await setup();
    const { merchantUid } = await service.start(input());
    host.events?.closed();
    expect(service.state(merchantUid).phase).toBe('verifying');
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ phase: 'done', outcome: 'checking' });
    await h.resolver.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ phase: 'done', outcome: 'closed' });
    expect(service.state(merchantUid).payment.status).toBe('failed');
  });

  it('a late return after "closed" is verified again: an approval that arrived late makes the sale paid', async () => {
    const { h, host, service } = await setup();
    const sale = input();
    const { merchantUid } = await service.start(sale);
    host.events?.closed();
    await service.whenIdle();
    await h.resolver.whenIdle();
    expect(service.state(merchantUid).outcome).toBe('closed');
    const pg = await openPg(h.sandbox.url, { merchantUid, amount: sale.amount });
    await pg.act('approve');
    host.events?.returned(`${RETURN}?imp_uid=${pg.impUid}&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'paid' });
  });

  it('a retry of the same sale after "closed" reuses its merchant_uid (even after a restart), so PortOne could refuse a second payment of it', async () => {
    const { h, host, service, deps } = await setup();
    const sale = input();
    const { merchantUid } = await service.start(sale);
    host.events?.closed();
    await service.whenIdle();
    await h.resolver.whenIdle();
    expect(service.state(merchantUid).outcome).toBe('closed');

    // A new service on the same ledger: the sessions in memory are gone, the ledger still knows the sale.
    const restarted = new WindowPaymentService(deps);
    const again = await restarted.start(sale);
    expect(again.merchantUid).toBe(merchantUid);
    expect(h.ledger.get(merchantUid)?.payment.status).toBe('pending');
    const pg = await openPg(h.sandbox.url, { merchantUid, amount: sale.amount });
    await pg.act('approve');
    host.events?.returned(`${RETURN}?imp_uid=${pg.impUid}&merchant_uid=${merchantUid}`);
    await restarted.whenIdle();
    expect(restarted.state(merchantUid)).toMatchObject({ outcome: 'paid' });
    expect((await sandboxPaymentsFor(h.sandbox.url, merchantUid)).filter((p) => p.status === 'paid')).toHaveLength(1);
    // Paid: the sale takes no further window, after a restart either.
    await expect(new WindowPaymentService(deps).start(sale)).rejects.toMatchObject({ code: 'conflict', reason: 'window_payments.sale_already_paid' });
  });

  it('a retry while the earlier window is still being checked is refused, by the ledger after a restart too', async () => {
    const { h, host, service, deps } = await setup();
    const sale = input();
    await service.start(sale);
    await setFaults(h.sandbox.url, { path: '/payments/*', method: 'GET', status: 503 });
    host.events?.closed();
    await service.whenIdle();
    await expect(new WindowPaymentService(deps).start(sale)).rejects.toMatchObject({ code: 'conflict', reason: 'charge.charge_in_flight' });
  });

  it("a transfer whose 현금영수증 was issued in the window shows it (PortOne's cash_receipt_issued), after a restart too", async () => {
    const { h, host, service } = await setup();
    const sale = input({ payMethod: 'trans' });
    const { merchantUid } = await service.start(sale);
    const pg = await openPg(h.sandbox.url, { merchantUid, amount: sale.amount, payMethod: 'trans' });
    await pg.act('approve');
    // The buyer asked for the receipt in Hecto's window: PortOne has it on the payment.
    const issued = await fetch(`${h.sandbox.url}/receipts/${pg.impUid}`, {
      method: 'POST',
      headers: { authorization: await sandboxToken(h.sandbox.url), 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: '01012345678', identifier_type: 'phone', type: 'person' }),
    });
    expect(issued.status).toBe(200);
    host.events?.returned(`${RETURN}?imp_uid=${pg.impUid}&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'paid', payment: { window: { method: 'trans', cashReceiptIssued: true } } });
    expect(h.ledger.get(merchantUid)?.payment.window?.cashReceiptIssued).toBe(true);
  });

  it('PortOne unreachable while verifying: the payment is unknown and looked up later, never called not paid', async () => {
    const { h, host, service } = await setup();
    const { merchantUid } = await service.start(input());
    await setFaults(h.sandbox.url, { path: '/payments/*', method: 'GET', status: 503 });
    host.events?.closed();
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'checking' });
    expect(service.state(merchantUid).payment.status).toBe('unknown');
  });

  it('a window that cannot be opened leaves a failed intent (never a pending one) and the sale free to retry', async () => {
    const { h, host, service } = await setup();
    host.failOpen = true;
    const sale = input();
    await expect(service.start(sale)).rejects.toThrow('no window');
    const [record] = h.ledger.recent(1);
    expect(record).toMatchObject({ kind: 'window', status: 'failed' });
    host.failOpen = false;
    await expect(service.start(sale)).resolves.toMatchObject({ pageUrl: null });
  });

  // Finding 1 of issue 12: `ready` at PortOne is not "nothing paid".
  it.each([false, true])(
    'a window closed while PortOne holds the payment ready (mobile %s) stays open; the late approval makes the sale paid',
    async (mobile) => {
      const { h, host, service } = await setup();
      const sale = input();
      const { merchantUid } = await service.start(sale);
      const pg = await openPg(h.sandbox.url, { merchantUid, amount: sale.amount, mobile });
      host.events?.closed();
      await service.whenIdle();
      expect(service.state(merchantUid)).toMatchObject({ outcome: 'checking' });
      expect(service.state(merchantUid).payment.status).not.toBe('failed');
      // The sale cannot start a second attempt while this one may still be paid.
      await expect(service.start(sale)).rejects.toMatchObject({ code: 'conflict' });
      await pg.act('approve');
      await h.resolver.whenIdle();
      expect(service.state(merchantUid)).toMatchObject({ phase: 'done', outcome: 'paid' });
      expect((await sandboxPaymentsFor(h.sandbox.url, merchantUid)).filter((p) => p.status === 'paid')).toHaveLength(1);
    },
  );

  // Finding 2: a 404 for the returned imp_uid proves nothing about this sale.
  it.each(['imp_000000000404', 'imp_foreign_account'])('a return naming an imp_uid PortOne does not know (%s) is looked up by merchant_uid', async (impUid) => {
    const { h, host, service } = await setup();
    const sale = input();
    const { merchantUid } = await service.start(sale);
    const pg = await openPg(h.sandbox.url, { merchantUid, amount: sale.amount });
    await pg.act('approve');
    host.events?.returned(`${RETURN}?imp_uid=${impUid}&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'paid' });
    expect(service.state(merchantUid).payment.impUid).toBe(pg.impUid);
  });

  it('a return naming an imp_uid is never settled as not paid while PortOne has nothing yet: it is checked after the grace', async () => {
    const { h, host, service } = await setup();
    const { merchantUid } = await service.start(input());
    host.events?.returned(`${RETURN}?imp_uid=imp_000000000404&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ outcome: 'checking' });
    await h.resolver.whenIdle();
    expect(service.state(merchantUid)).toMatchObject({ phase: 'done', outcome: 'closed' });
  });

  // Issue 12, finding 5: a mismatch is never `paid`, even when its cancel gets no answer.
  it('a tampered payment whose cancel gets no answer is a mismatch (PortOne amount kept), not paid; a lookup confirming the cancel settles it', async () => {
    const { h, host, service } = await setup();
    const { merchantUid } = await service.start(input({ amount: 4_500 }));
    const forged = await forge(h, merchantUid);
    await setFaults(h.sandbox.url, { path: '/payments/cancel', status: 503, count: 1 });
    host.events?.returned(`${RETURN}?imp_uid=${forged.payment.imp_uid}&merchant_uid=${merchantUid}`);
    await service.whenIdle();
    const record = h.ledger.get(merchantUid);
    expect(record?.payment.status).not.toBe('paid');
    expect(record?.reasonCode).toBe('mismatch');
    expect(record?.portone).toEqual({ status: 'paid', amount: 450 });
    expect(service.state(merchantUid).outcome).toBe('tampered');
    // Someone cancels it in the console; the next lookup sees it.
    const cancelled = await h.client.cancel({ imp_uid: forged.payment.imp_uid, reason: 'console', checksum: 450 });
    expect(cancelled.kind).toBe('ok');
    expect(await h.resolver.lookupOnce(merchantUid)).toBe('resolved');
    expect(h.ledger.get(merchantUid)?.payment.status).toBe('cancelled');
    expect(h.ledger.get(merchantUid)?.portone).toEqual({ status: 'cancelled', amount: 450 });
  });
});
