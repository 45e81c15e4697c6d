import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DrawerFigures } from '../../contract/cash';
import type { Cart, PaySaleResult, PricedCart, SaleDetail, SalesSummary, VoidSaleResult } from '../../contract/sales';
import { SELF_ISSUE_IDENTIFIER } from '../../domain/cash-receipt-rules';
import { nextPartTaxFree, splitTaxFree } from '../../domain/tender-split';
import { createRouter } from '../../main/ipc/router';
import { SENTINEL_ORIGIN, type PaymentWindowEvents, type PaymentWindowHost } from '../../main/window-payments/host';
import { clearFaults, listCashReceipts, setFaults, taxFreeOf } from '../../sandbox/control';
import { CARD, sandboxToken } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { createTestCore, data, HTTP_CALLER, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { CASHIER_PIN, OWNER_PIN } from '../support/pins';
import { openPg } from '../window-payments/sdk-driver';

const PHONE = '010-2345-6789';

/** Every payment the sandbox holds, any status: what a double charge would show up in. */
const SandboxList = z.object({ response: z.object({ list: z.array(z.object({ merchant_uid: z.string(), amount: z.number(), status: z.string(), cancel_amount: z.number() })) }) });
async function sandboxPayments(url: string) {
  const res = await fetch(`${url}/payments/status/all?limit=100`, { headers: { authorization: await sandboxToken(url) } });
  return SandboxList.parse(await res.json()).response.list;
}

let dir: ReturnType<typeof tempDir>;
let fx: CoreFixture;
let seq = 0;
const saleId = (): string => `sale-${Date.now().toString(36)}-t${++seq}`;
const partId = (): string => `pt${Date.now().toString(36)}${++seq}`;

beforeEach(async () => {
  dir = tempDir('pos-tenders-');
  fx = await startCoreFixture({ dataDir: dir.path });
});
afterEach(async () => {
  await fx.close();
  dir.cleanup();
});

/** The core started again over the same ledger (the fixture's own closed first), and calls into it. */
async function restartCore() {
  await fx.core.close();
  const core = await createTestCore({ dataDir: dir.path, logger: fx.logger, portoneApiUrl: fx.sandbox.url });
  const router = createRouter(core.handlers, fx.logger);
  const call: CoreFixture['call'] = (method, payload) => router.callMethod(method, payload, HTTP_CALLER);
  return { core, call };
}

/** ₩33,000: ₩30,000 과세 and ₩3,000 면세, so each part carries a tax-free share. */
const cart33: Cart = {
  lines: [
    { kind: 'amount', lineId: 'a1', name: '과세 상품', taxation: 'taxable', qty: 1, unitPrice: 30_000, discount: null },
    { kind: 'amount', lineId: 'a2', name: '면세 상품', taxation: 'tax_free', qty: 1, unitPrice: 3_000, discount: null },
  ],
  saleDiscount: null,
};
const cartOf = (amount: number): Cart => ({ lines: [{ kind: 'amount', lineId: 'a1', name: '금액', taxation: 'taxable', qty: 1, unitPrice: amount, discount: null }], saleDiscount: null });

const keyed = (cardNumber: string = CARD.approve) => ({
  kind: 'keyed',
  buyerName: '',
  buyerTel: '',
  cardNumber,
  expiry: CARD.expiry,
  ownerType: 'personal',
  birth: CARD.birth,
  pwd2digit: CARD.pwd,
  cardQuota: 0,
});
const cash = (given: number, receiptBuyer: unknown = null) => ({ kind: 'cash', given, receiptBuyer });

const pay = async (call: CoreFixture['call'], id: string, cart: Cart, tender: unknown, extra: Record<string, unknown> = {}) => {
  const priced = data<PricedCart>(await call('priceCart', { cart }));
  return data<PaySaleResult>(await call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount, tender, ...extra }));
};

describe('a sale paid by cash (drawer + 현금영수증, sandbox over HTTP)', () => {
  it('₩120,000 cash, mandatory sector, no number: 자진발급 to 010-000-1234; the sale is paid from its cash part', async () => {
    data(await fx.call('saveCashReceiptSettings', { mandatorySector: true, channelKey: '' }));
    const id = saleId();
    const paid = await pay(fx.call, id, cartOf(120_000), cash(150_000));
    expect(paid.cash?.part).toMatchObject({ amount: 120_000, given: 150_000, change: 30_000 });
    expect(paid.cash?.receipt).toMatchObject({ recipient: 'self_issue', receipt: { state: 'issued', selfIssued: true } });
    expect(paid.sale.sale).toMatchObject({ status: 'paid', paid: 120_000, remaining: 0 });
    expect(paid.sale.parts).toEqual([expect.objectContaining({ tender: 'cash', state: 'paid', amount: 120_000, change: 30_000 })]);

    const cashUid = paid.cash?.part.merchantUid ?? '';
    const atSandbox = (await listCashReceipts(fx.sandbox.url)).filter((r) => r.id.startsWith(cashUid));
    expect(atSandbox.map((r) => [r.identifier, r.receipt.amount])).toEqual([[SELF_ISSUE_IDENTIFIER, 120_000]]);
    expect(await sandboxPayments(fx.sandbox.url)).toEqual([]);
    // Paid in full: nothing more can be paid on it.
    const again = await fx.call('paySale', { saleId: id, cart: cartOf(120_000), expectedAmount: 120_000, tender: cash(120_000) });
    expect(again).toMatchObject({ ok: false, error: { reason: 'sales.already_paid' } });
  });

  it('자진발급 is judged on the whole sale: ₩20,000 cash of a ₩120,000 split sale without a number is self-issued', async () => {
    data(await fx.call('saveCashReceiptSettings', { mandatorySector: true, channelKey: '' }));
    const id = saleId();
    await pay(fx.call, id, cartOf(120_000), keyed(), { amount: 100_000 });
    const rest = await pay(fx.call, id, cartOf(120_000), cash(20_000));
    expect(rest.cash?.receipt).toMatchObject({ recipient: 'self_issue', receipt: { amount: 20_000, selfIssued: true, state: 'issued' } });
    expect((await listCashReceipts(fx.sandbox.url)).map((r) => [r.identifier, r.receipt.amount])).toEqual([[SELF_ISSUE_IDENTIFIER, 20_000]]);
  });

  it('₩9,000 cash given ₩50,000: change ₩41,000, no receipt asked for and none issued', async () => {
    const paid = await pay(fx.call, saleId(), cartOf(9_000), cash(50_000));
    expect(paid.cash).toMatchObject({ part: { change: 41_000 }, receipt: null, receiptError: null });
    const short = await fx.call('paySale', { saleId: saleId(), cart: cartOf(9_000), expectedAmount: 9_000, tender: cash(5_000) });
    expect(short).toMatchObject({ ok: false, error: { reason: 'cash.not_enough_given' } });
  });
});

describe('split tender (복합결제)', () => {
  it('₩10,000 cash (given ₩50,000) + ₩23,000 keyed card: one payment of 23,000 with the rule’s tax_free, one receipt of 10,000 to the phone', async () => {
    const id = saleId();
    const first = await pay(fx.call, id, cart33, cash(50_000, { identifierType: 'phone', identifier: PHONE }), { amount: 10_000, partId: partId() });
    expect(first.cash?.part).toMatchObject({ amount: 10_000, change: 40_000 });
    expect(first.sale.sale).toMatchObject({ status: 'partially_paid', paid: 10_000, remaining: 23_000 });

    const tooMuch = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: keyed(), amount: 23_001 });
    expect(tooMuch).toMatchObject({ ok: false, error: { reason: 'sales.part_exceeds_remaining', params: { remaining: 23_000 } } });

    const cardPart = partId();
    const second = await pay(fx.call, id, cart33, keyed(), { partId: cardPart });
    expect(second.charge?.outcome).toBe('paid');
    expect(second.sale.sale).toMatchObject({ status: 'paid', paid: 33_000, remaining: 0 });

    const [cashTaxFree, cardTaxFree] = splitTaxFree({ amount: 33_000, taxFree: 3_000 }, [10_000, 23_000]);
    expect(second.sale.parts.map((p) => [p.tender, p.amount, p.taxFree])).toEqual([
      ['cash', 10_000, cashTaxFree],
      ['card', 23_000, cardTaxFree],
    ]);
    const payments = await sandboxPayments(fx.sandbox.url);
    expect(payments.map((p) => [p.amount, p.status])).toEqual([[23_000, 'paid']]);
    expect((await taxFreeOf(fx.sandbox.url, payments[0]?.merchant_uid ?? ''))[0]?.tax_free).toBe(cardTaxFree);
    const receipts = await listCashReceipts(fx.sandbox.url);
    expect(receipts.map((r) => [r.identifier, r.receipt.amount, r.tax_free])).toEqual([[PHONE, 10_000, cashTaxFree]]);

    // The charge is audited with the part's amount, the cash with what was taken.
    const audit = data<{ entries: { action: string; target: string | null; detail: string }[] }>(await fx.call('auditPage', { beforeSeq: null, limit: 50 }));
    expect(audit.entries.find((e) => e.action === 'charge' && e.target === second.charge?.merchantUid)?.detail).toContain('"amount":23000');
    expect(audit.entries.find((e) => e.action === 'cash_taken' && e.target === first.cash?.part.merchantUid)?.detail).toContain('"amount":10000');

    // A retry of the card part (its answer lost on the way to the screen) charges nothing more.
    const retry = await pay(fx.call, id, cart33, keyed(), { partId: cardPart });
    expect(retry.charge?.merchantUid).toBe(second.charge?.merchantUid);
    expect(await sandboxPayments(fx.sandbox.url)).toHaveLength(1);
  });

  it('a declined card part leaves the paid cash part; the rest is paid by cash and the sale is paid', async () => {
    const id = saleId();
    await pay(fx.call, id, cart33, cash(20_000), { amount: 20_000 });
    const declined = await pay(fx.call, id, cart33, keyed(CARD.declineFailed), { partId: partId() });
    expect(declined.charge?.outcome).not.toBe('paid');
    expect(declined.sale.sale).toMatchObject({ status: 'partially_paid', paid: 20_000, remaining: 13_000 });
    expect(declined.sale.parts.map((p) => [p.tender, p.state])).toEqual([
      ['cash', 'paid'],
      ['card', 'failed'],
    ]);
    const rest = await pay(fx.call, id, cart33, cash(13_000), { partId: partId() });
    expect(rest.sale.sale).toMatchObject({ status: 'paid', paid: 33_000, remaining: 0 });
    expect(rest.sale.parts.filter((p) => p.state === 'paid').reduce((n, p) => n + p.taxFree, 0)).toBe(3_000);
  });

  it('a core restarted mid-split resumes the sale with its paid part; a retry of that part charges nothing', async () => {
    const id = saleId();
    const cardPart = partId();
    const first = await pay(fx.call, id, cart33, keyed(), { amount: 13_000, partId: cardPart });
    expect(first.charge?.outcome).toBe('paid');

    const { core, call } = await restartCore();
    try {
      const resumed = data<SaleDetail>(await call('getSale', { saleId: id }));
      expect(resumed.sale).toMatchObject({ status: 'partially_paid', paid: 13_000, remaining: 20_000 });
      expect(resumed.parts.map((p) => [p.tender, p.state, p.amount])).toEqual([['card', 'paid', 13_000]]);

      const retry = await pay(call, id, cart33, keyed(), { amount: 13_000, partId: cardPart });
      expect(retry.charge?.merchantUid).toBe(first.charge?.merchantUid);
      const rest = await pay(call, id, cart33, cash(20_000), { partId: partId() });
      expect(rest.sale.sale).toMatchObject({ status: 'paid', remaining: 0 });
      expect((await sandboxPayments(fx.sandbox.url)).map((p) => p.amount)).toEqual([13_000]);
    } finally {
      await core.close();
    }
  });

  it('a card part whose answer was lost, then a restart: recovery finds it paid, the sale resumes with it, nothing is charged twice', async () => {
    const id = saleId();
    await pay(fx.call, id, cart33, cash(8_000), { amount: 8_000 });
    await setFaults(fx.sandbox.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const cardPart = partId();
    const lost = await pay(fx.call, id, cart33, keyed(), { amount: 15_000, partId: cardPart });
    expect(lost.charge?.outcome).toBe('unknown');
    expect(lost.sale.sale.status).toBe('paying');
    // While the part is being checked nothing else may be paid on the sale.
    const meanwhile = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: cash(10_000), amount: 10_000 });
    expect(meanwhile).toMatchObject({ ok: false, error: { reason: 'sales.payment_in_progress' } });
    expect(await fx.call('voidSale', { saleId: id, reason: '취소', amount: 8_000 })).toMatchObject({ ok: false, error: { reason: 'sales.payment_in_progress' } });
    await clearFaults(fx.sandbox.url);

    const { core, call } = await restartCore();
    try {
      await core.recoverPending();
      const resumed = data<SaleDetail>(await call('getSale', { saleId: id }));
      expect(resumed.sale).toMatchObject({ status: 'partially_paid', paid: 23_000, remaining: 10_000 });
      const retry = await pay(call, id, cart33, keyed(), { amount: 15_000, partId: cardPart });
      expect(retry.charge?.outcome).toBe('paid');
      const rest = await pay(call, id, cart33, cash(10_000), { partId: partId() });
      expect(rest.sale.sale).toMatchObject({ status: 'paid', paid: 33_000 });
      expect((await sandboxPayments(fx.sandbox.url)).map((p) => [p.amount, p.status])).toEqual([[15_000, 'paid']]);
    } finally {
      await core.close();
    }
  });

  it('voiding a split sale cancels the card part at PortOne and gives the cash back with its receipt cancelled', async () => {
    const id = saleId();
    await pay(fx.call, id, cart33, cash(10_000, { identifierType: 'phone', identifier: PHONE }), { amount: 10_000 });
    const card = await pay(fx.call, id, cart33, keyed());
    expect(await fx.call('voidSale', { saleId: id, reason: '고객 변심', amount: 10_000 })).toMatchObject({
      ok: false,
      error: { reason: 'sales.void_amount_changed', field: 'amount', params: { expected: 10_000, actual: 33_000 } },
    });
    const voided = data<VoidSaleResult>(await fx.call('voidSale', { saleId: id, reason: '고객 변심', amount: 33_000 }));
    expect(voided.refunds.map((r) => [r.tender, r.amount, r.outcome])).toEqual([
      ['cash', 10_000, 'refunded'],
      ['card', 23_000, 'refunded'],
    ]);
    expect(voided.sale.sale).toMatchObject({ status: 'refunded', refunded: 33_000 });
    expect(voided.sale.parts.find((p) => p.tender === 'cash')?.cashReceipt?.state).toBe('cancelled');
    const atPortOne = (await sandboxPayments(fx.sandbox.url)).find((p) => p.merchant_uid === card.charge?.merchantUid);
    expect(atPortOne).toMatchObject({ status: 'cancelled', cancel_amount: 23_000 });
    expect((await listCashReceipts(fx.sandbox.url)).map((r) => r.receipt.cancelled_at > 0)).toEqual([true]);
    expect(await fx.call('voidSale', { saleId: id, reason: '다시', amount: 33_000 })).toMatchObject({ ok: false, error: { reason: 'sales.nothing_to_void' } });
  });

  it('a cashier voids a split sale with one manager PIN, bound to that sale and amount; every part comes back once', async () => {
    const owner = data<{ id: string }>(await fx.call('createCashier', { name: '사장', role: 'owner', pin: OWNER_PIN }));
    const cashier = data<{ id: string }>(await fx.call('createCashier', { name: '알바', role: 'cashier', pin: CASHIER_PIN }));
    data(await fx.call('signIn', { cashierId: cashier.id, pin: CASHIER_PIN }));
    const id = saleId();
    await pay(fx.call, id, cart33, cash(10_000), { amount: 10_000 });
    await pay(fx.call, id, cart33, keyed());

    const request = { saleId: id, reason: '고객 변심', amount: 33_000 };
    const asked = await fx.call('voidSale', request);
    if (asked.ok) throw new Error('a cashier voided without a manager');
    // The request names the sale and the amount, as the dialog shows them.
    expect(asked.error).toMatchObject({ reason: 'auth.manager_approval_needed', params: { action: 'voidSale', amount: 33_000, payment: id } });
    const approval = { requestId: String(asked.error.params?.requestId), cashierId: owner.id, pin: OWNER_PIN };
    // Spent on another sale's void it is refused, and gone.
    const other = saleId();
    await pay(fx.call, other, cart33, cash(33_000));
    expect(await fx.call('voidSale', { saleId: other, reason: '고객 변심', amount: 33_000, approval })).toMatchObject({ ok: false, error: { reason: 'auth.approval_stale' } });
    const again = await fx.call('voidSale', request);
    if (again.ok) throw new Error('a cashier voided without a manager');
    const voided = data<VoidSaleResult>(
      await fx.call('voidSale', { ...request, approval: { ...approval, requestId: String(again.error.params?.requestId) } }),
    );
    expect(voided.refunds.map((r) => [r.tender, r.outcome])).toEqual([
      ['cash', 'refunded'],
      ['card', 'refunded'],
    ]);
    expect(voided.sale.sale).toMatchObject({ status: 'refunded', refunded: 33_000 });
    expect((await sandboxPayments(fx.sandbox.url)).map((p) => [p.status, p.cancel_amount])).toEqual([['cancelled', 23_000]]);
  });

  it('two parts in the PG window and the rest in cash: each window part is its own payment with its own tax_free share', async () => {
    await fx.close();
    const RETURN = `${SENTINEL_ORIGIN}/return`;
    let events: PaymentWindowEvents | null = null;
    const host: PaymentWindowHost = { returnUrl: () => RETURN, aliveUrl: () => null, open: (_page, e) => ((events = e), { pageUrl: null, close: () => undefined }) };
    dir = tempDir('pos-tenders-');
    fx = await startCoreFixture({ dataDir: dir.path, deps: { paymentWindow: host } });
    const id = saleId();
    const windowTender = { kind: 'window', buyerName: '홍길동', buyerTel: '010-1234-5678', buyerEmail: '', payMethod: 'card', company: '', companyEn: '' };
    const paidInWindow = async (amount: number) => {
      const started = await pay(fx.call, id, cart33, windowTender, { amount });
      const merchantUid = started.window?.merchantUid ?? '';
      const pg = await openPg(fx.sandbox.url, { merchantUid, amount });
      await pg.act('approve');
      (events as PaymentWindowEvents | null)?.returned(`${RETURN}?imp_uid=${pg.impUid}&merchant_uid=${merchantUid}`);
      await fx.core.whenIdle();
      return merchantUid;
    };
    await paidInWindow(5_000);
    await paidInWindow(8_000);
    const after = data<SaleDetail>(await fx.call('getSale', { saleId: id }));
    expect(after.sale).toMatchObject({ status: 'partially_paid', paid: 13_000, remaining: 20_000 });
    const rest = await pay(fx.call, id, cart33, cash(20_000));
    expect(rest.sale.sale.status).toBe('paid');
    const expected = splitTaxFree({ amount: 33_000, taxFree: 3_000 }, [5_000, 8_000, 20_000]);
    expect(rest.sale.parts.map((p) => [p.tender, p.amount, p.taxFree])).toEqual([
      ['card', 5_000, expected[0]],
      ['card', 8_000, expected[1]],
      ['cash', 20_000, expected[2]],
    ]);
    expect((await sandboxPayments(fx.sandbox.url)).map((p) => [p.amount, p.status]).sort()).toEqual([
      [5_000, 'paid'],
      [8_000, 'paid'],
    ]);
  });

  it('the day close counts a cash sale and a split sale once each, and the drawer expects their cash', async () => {
    data(await fx.call('openDay', { floatAmount: 50_000 }));
    await pay(fx.call, saleId(), cartOf(9_000), cash(10_000));
    const split = saleId();
    await pay(fx.call, split, cart33, cash(13_000), { amount: 13_000 });
    await pay(fx.call, split, cart33, keyed());
    const report = data<{ sales?: SalesSummary; drawer?: DrawerFigures }>(await fx.call('previewClose', undefined));
    expect(report.sales).toMatchObject({ sales: 2, items: 3, splitSales: 1 });
    expect(report.drawer).toMatchObject({ cashSales: { count: 2, amount: 22_000 }, expected: 72_000 });
  });
});

describe('split by lines (parts that pay chosen cart lines)', () => {
  /** ₩40,000: ₩30,000 과세, ₩3,000 and ₩7,000 면세. */
  const cart40: Cart = { lines: [...cart33.lines, { kind: 'amount', lineId: 'a3', name: '면세 과일', taxation: 'tax_free', qty: 1, unitPrice: 7_000, discount: null }], saleDiscount: null };

  it('the 면세 line in cash carries all its tax-free on its 현금영수증; the 과세 line by card carries none; a paid line cannot be chosen again; a retry with other lines is refused', async () => {
    const id = saleId();
    const first = await pay(fx.call, id, cart33, cash(5_000, { identifierType: 'phone', identifier: PHONE }), { lines: ['a2'], partId: partId() });
    expect(first.cash?.part).toMatchObject({ amount: 3_000, taxFree: 3_000, change: 2_000 });
    expect(first.sale.sale).toMatchObject({ status: 'partially_paid', paid: 3_000, remaining: 30_000 });
    expect(first.sale.parts.map((p) => [p.tender, p.amount, p.taxFree, p.lines])).toEqual([['cash', 3_000, 3_000, ['a2']]]);
    expect((await listCashReceipts(fx.sandbox.url)).map((r) => [r.identifier, r.receipt.amount, r.tax_free])).toEqual([[PHONE, 3_000, 3_000]]);

    const again = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: keyed(), lines: ['a1', 'a2'] });
    expect(again).toMatchObject({ ok: false, error: { reason: 'sales.line_already_paid', field: 'lines', params: { lineId: 'a2', name: '면세 상품' } } });
    const unknown = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: keyed(), lines: ['zz'] });
    expect(unknown).toMatchObject({ ok: false, error: { reason: 'sales.unknown_line', params: { lineId: 'zz' } } });
    expect(await sandboxPayments(fx.sandbox.url)).toEqual([]);

    const cardPart = partId();
    const second = await pay(fx.call, id, cart33, keyed(), { lines: ['a1'], partId: cardPart });
    expect(second.charge?.outcome).toBe('paid');
    expect(second.sale.sale).toMatchObject({ status: 'paid', paid: 33_000, remaining: 0 });
    expect(second.sale.parts.map((p) => [p.tender, p.amount, p.taxFree, p.lines])).toEqual([
      ['cash', 3_000, 3_000, ['a2']],
      ['card', 30_000, 0, ['a1']],
    ]);
    const payments = await sandboxPayments(fx.sandbox.url);
    expect(payments.map((p) => p.amount)).toEqual([30_000]);
    expect((await taxFreeOf(fx.sandbox.url, payments[0]?.merchant_uid ?? ''))[0]?.tax_free).toBe(0);

    // The same part again (its answer lost): the same payment. With other lines: refused, nothing sent.
    const retry = await pay(fx.call, id, cart33, keyed(), { lines: ['a1'], partId: cardPart });
    expect(retry.charge?.merchantUid).toBe(second.charge?.merchantUid);
    const changed = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: keyed(), lines: ['a2'], partId: cardPart });
    expect(changed).toMatchObject({ ok: false, error: { reason: 'sales.part_changed' } });
    const byAmount = await fx.call('paySale', { saleId: id, cart: cart33, expectedAmount: 33_000, tender: keyed(), amount: 30_000, partId: cardPart });
    expect(byAmount).toMatchObject({ ok: false, error: { reason: 'sales.part_changed' } });
    expect(await sandboxPayments(fx.sandbox.url)).toHaveLength(1);
  });

  it('an amount part after a line part follows the rule over what is open; after it lines are refused; the parts add up to the sale', async () => {
    const id = saleId();
    await pay(fx.call, id, cart40, cash(3_000), { lines: ['a2'] });
    const byAmount = await pay(fx.call, id, cart40, keyed(), { amount: 10_000 });
    const sale = { amount: 40_000, taxFree: 10_000 };
    const lineParts = [{ amount: 3_000, taxFree: 3_000 }];
    expect(byAmount.sale.parts.at(-1)).toMatchObject({ tender: 'card', amount: 10_000, taxFree: nextPartTaxFree(sale, lineParts, 10_000), lines: null });

    const lines = await fx.call('paySale', { saleId: id, cart: cart40, expectedAmount: 40_000, tender: cash(7_000), lines: ['a3'] });
    expect(lines).toMatchObject({ ok: false, error: { reason: 'sales.lines_after_amount_split', field: 'lines' } });
    const rest = await pay(fx.call, id, cart40, cash(27_000));
    expect(rest.sale.sale).toMatchObject({ status: 'paid', paid: 40_000 });
    const paid = rest.sale.parts.filter((p) => p.state === 'paid');
    expect([paid.reduce((n, p) => n + p.amount, 0), paid.reduce((n, p) => n + p.taxFree, 0)]).toEqual([40_000, 10_000]);
  });

  it('amount and lines together are refused on the lines field; a restart mid-split shows the paid lines and the rest is paid by its lines', async () => {
    const both = await fx.call('paySale', { saleId: saleId(), cart: cart40, expectedAmount: 40_000, tender: cash(3_000), amount: 3_000, lines: ['a2'] });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'lines' } });

    const id = saleId();
    const cardPart = partId();
    const first = await pay(fx.call, id, cart40, keyed(), { lines: ['a1', 'a3'], partId: cardPart });
    expect(first.sale.parts.map((p) => [p.amount, p.taxFree])).toEqual([[37_000, 7_000]]);
    // Its one card part did not pay a2: no line is refunded through it while the sale is being paid in parts.
    const refund = await fx.call('refundSaleLines', { saleId: id, lines: [{ lineId: 'a2', qty: 1 }], reason: '반품' });
    expect(refund).toMatchObject({ ok: false, error: { reason: 'sales.split_refund_whole' } });

    const { core, call } = await restartCore();
    try {
      const resumed = data<SaleDetail>(await call('getSale', { saleId: id }));
      expect(resumed.parts.map((p) => [p.state, p.lines])).toEqual([['paid', ['a1', 'a3']]]);
      const retry = await pay(call, id, cart40, keyed(), { lines: ['a3', 'a1'], partId: cardPart });
      expect(retry.charge?.merchantUid).toBe(first.charge?.merchantUid);
      expect(await call('paySale', { saleId: id, cart: cart40, expectedAmount: 40_000, tender: cash(7_000), lines: ['a3'] })).toMatchObject({
        ok: false,
        error: { reason: 'sales.line_already_paid', params: { lineId: 'a3' } },
      });
      const rest = await pay(call, id, cart40, cash(3_000), { lines: ['a2'] });
      expect(rest.sale.sale).toMatchObject({ status: 'paid', remaining: 0 });
      expect(rest.sale.parts.map((p) => [p.amount, p.taxFree, p.lines])).toEqual([
        [37_000, 7_000, ['a1', 'a3']],
        [3_000, 3_000, ['a2']],
      ]);
      expect((await sandboxPayments(fx.sandbox.url)).map((p) => p.amount)).toEqual([37_000]);
    } finally {
      await core.close();
    }
  });
});
