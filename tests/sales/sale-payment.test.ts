import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CategoryView, ProductView } from '../../contract/catalog';
import type { Cart, HeldSaleView, PaySaleResult, PricedCart, RefundSaleLinesResult, SaleDetail, SalesSummary } from '../../contract/sales';
import { createRouter } from '../../main/ipc/router';
import { SENTINEL_ORIGIN, type PaymentPage, type PaymentWindowHost } from '../../main/window-payments/host';
import { taxFreeOf } from '../../sandbox/control';
import { CARD, sandboxToken } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { data, startCoreFixture, createTestCore, HTTP_CALLER, type CoreFixture } from '../support/core-fixture';
import { CASHIER_PIN, OWNER_PIN } from '../support/pins';

/** PortOne's own view of a payment, read with plain fetch (not the client under test). */
const PortOnePayment = z.object({ amount: z.number(), cancel_amount: z.number(), name: z.string(), status: z.string() });
async function portOne(url: string, merchantUid: string): Promise<z.infer<typeof PortOnePayment>> {
  const res = await fetch(`${url}/payments/find/${merchantUid}`, { headers: { authorization: `Bearer ${await sandboxToken(url)}` } });
  return PortOnePayment.parse(z.object({ response: z.unknown() }).parse(await res.json()).response);
}

function lineOf<T extends { lineId: string }>(lines: readonly T[], lineId: string): T {
  const line = lines.find((l) => l.lineId === lineId);
  if (!line) throw new Error(`no line ${lineId}`);
  return line;
}

let dir: ReturnType<typeof tempDir>;
let fx: CoreFixture;
let seq = 0;
const saleId = (): string => `sale-${Date.now().toString(36)}-${++seq}`;

beforeEach(async () => {
  dir = tempDir('pos-sales-');
  fx = await startCoreFixture({ dataDir: dir.path });
});
afterEach(async () => {
  await fx.close();
  dir.cleanup();
});

async function seedCatalog() {
  const coffee = data<CategoryView>(await fx.call('saveCategory', { name: '커피', colour: '#8b5a2b', order: 0 }));
  const product = async (name: string, price: number, extra: Record<string, unknown> = {}) =>
    data<ProductView>(
      await fx.call('saveProduct', {
        name,
        price,
        taxation: 'taxable',
        categoryId: coffee.categoryId,
        barcodes: [],
        shortCode: '',
        openPrice: false,
        active: true,
        gridOrder: 0,
        ...extra,
      }),
    );
  return {
    americano: await product('아메리카노', 4500, { barcodes: ['8801234567893'] }),
    milk: await product('유기농 우유 1L', 3200, { taxation: 'tax_free' }),
    beans: await product('원두 (시가)', 0, { openPrice: true }),
  };
}

function cartOf(p: Awaited<ReturnType<typeof seedCatalog>>): Cart {
  return {
    lines: [
      { kind: 'product', lineId: 'l1', productId: p.americano.productId, qty: 3, discount: { kind: 'percent', percent: 10 } },
      { kind: 'product', lineId: 'l2', productId: p.milk.productId, qty: 2, discount: null },
      { kind: 'product', lineId: 'l3', productId: p.beans.productId, qty: 1, unitPrice: 18_000, discount: { kind: 'won', won: 1000 } },
      { kind: 'amount', lineId: 'l4', name: '봉투', taxation: 'tax_free', qty: 1, unitPrice: 100, discount: null },
    ],
    saleDiscount: { kind: 'won', won: 1500 },
  };
}

const keyedTender = { kind: 'keyed', buyerName: '김', buyerTel: '', cardNumber: CARD.approve, expiry: CARD.expiry, ownerType: 'personal', birth: CARD.birth, pwd2digit: CARD.pwd, cardQuota: 0 };

describe('paying a sale through the keyed tender (sandbox over HTTP)', () => {
  it("charges the cart's amount, tax_free and derived name, and refunds one line's net and tax-free share", async () => {
    const products = await seedCatalog();
    const cart = cartOf(products);
    const priced = data<PricedCart>(await fx.call('priceCart', { cart }));
    expect(priced.orderName).toBe('아메리카노 외 3건');
    const id = saleId();

    const stale = await fx.call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount + 1, tender: keyedTender });
    expect(stale).toMatchObject({ ok: false, error: { reason: 'sales.total_changed' } });

    const paid = data<PaySaleResult>(await fx.call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount, tender: keyedTender }));
    expect(paid.charge?.outcome).toBe('paid');
    expect(paid.sale.sale.status).toBe('paid');
    const merchantUid = paid.charge?.merchantUid ?? '';
    const atPortOne = await portOne(fx.sandbox.url, merchantUid);
    expect(atPortOne.amount).toBe(priced.totals.amount);
    expect(atPortOne.name).toBe(priced.orderName);
    expect(atPortOne.name.length).toBeLessThanOrEqual(40);
    const [taxAtPortOne] = await taxFreeOf(fx.sandbox.url, merchantUid);
    expect(taxAtPortOne?.tax_free).toBe(priced.totals.taxFree);
    expect(priced.totals.taxFree).toBe(lineOf(priced.lines, 'l2').net + lineOf(priced.lines, 'l4').net);

    // The receipt lists the lines (면세 marked), the discounts and the VAT split PortOne got.
    const receipt = data<{ bodyHtml: string }>(await fx.call('receiptPreview', { merchantUid, kind: 'sale' }));
    // The slip boxes each double-width character on its own; compared without the spacing.
    const shown = receipt.bodyHtml.replace(/<[^>]+>/g, '').replace(/&#8203;/g, '').replace(/\s+/g, '');
    const won = (n: number): string => `${n.toLocaleString('ko-KR')}원`;
    expect(shown).toContain(`아메리카노4,500원x313,500원할인-${won(1350)}`);
    expect(shown).toContain('*유기농우유1L3,200원x26,400원');
    expect(shown).toContain('원두(시가)18,000원x118,000원할인-1,000원');
    expect(shown).toContain('*봉투100원x1100원');
    expect(shown).toContain('*표시는면세품목');
    expect(shown).toContain(`할인-${won(1500)}합계${won(priced.totals.amount)}`);
    for (const [label, value] of [['과세공급가액', priced.totals.supply], ['부가세', priced.totals.vat], ['면세금액', priced.totals.taxFree]] as const) {
      expect(shown).toContain(`${label}${won(value)}`);
    }

    // The same sale cannot be paid twice.
    const again = await fx.call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount, tender: keyedTender });
    expect(again).toMatchObject({ ok: false, error: { reason: 'sales.already_paid' } });

    // Refund one of the two 면세 milks: half of that line's net, all of it tax-free.
    const milk = lineOf(paid.sale.lines, 'l2');
    const one = data<RefundSaleLinesResult>(await fx.call('refundSaleLines', { saleId: id, lines: [{ lineId: 'l2', qty: 1 }], reason: '파손' }));
    expect(one.refund.outcome).toBe('refunded');
    expect(one.asked).toEqual({ amount: Math.floor(milk.net / 2), taxFree: Math.floor(milk.net / 2), vat: 0 });
    let [tax] = await taxFreeOf(fx.sandbox.url, merchantUid);
    expect((await portOne(fx.sandbox.url, merchantUid)).cancel_amount).toBe(one.asked.amount);
    expect(tax?.cancelled_tax_free).toBe(one.asked.taxFree);

    // The americano line (taxable) in full: its net, no tax-free money.
    const americano = lineOf(paid.sale.lines, 'l1');
    const coffee = data<RefundSaleLinesResult>(await fx.call('refundSaleLines', { saleId: id, lines: [{ lineId: 'l1', qty: 3 }], reason: '변심' }));
    expect(coffee.asked).toMatchObject({ amount: americano.net, taxFree: 0 });
    expect((await portOne(fx.sandbox.url, merchantUid)).cancel_amount).toBe(one.asked.amount + americano.net);
    [tax] = await taxFreeOf(fx.sandbox.url, merchantUid);
    expect(tax?.cancelled_tax_free).toBe(one.asked.taxFree);
    expect(coffee.sale.sale.status).toBe('partially_refunded');

    const twice = await fx.call('refundSaleLines', { saleId: id, lines: [{ lineId: 'l1', qty: 1 }], reason: '변심' });
    expect(twice).toMatchObject({ ok: false, error: { reason: 'sales.quantity_exceeds_returnable', params: { returnable: 0 } } });

    // The rest of every line: PortOne has then given back exactly the sale, tax-free money too.
    const rest = data<RefundSaleLinesResult>(
      await fx.call('refundSaleLines', { saleId: id, lines: [{ lineId: 'l2', qty: 1 }, { lineId: 'l3', qty: 1 }, { lineId: 'l4', qty: 1 }], reason: '전체' }),
    );
    expect(rest.refund.outcome).toBe('refunded');
    expect((await portOne(fx.sandbox.url, merchantUid)).cancel_amount).toBe(priced.totals.amount);
    [tax] = await taxFreeOf(fx.sandbox.url, merchantUid);
    expect(tax?.cancelled_tax_free).toBe(priced.totals.taxFree);
    const detail = data<SaleDetail>(await fx.call('saleByPayment', { merchantUid }));
    expect(detail.sale.status).toBe('refunded');
    expect(detail.lines.map((l) => l.returnedQty)).toEqual([3, 2, 1, 1]);
  });

  it('keeps a declined sale open to pay again with a new payment', async () => {
    const products = await seedCatalog();
    const cart: Cart = { lines: [{ kind: 'product', lineId: 'a', productId: products.americano.productId, qty: 1, discount: null }], saleDiscount: null };
    const id = saleId();
    const declined = data<PaySaleResult>(await fx.call('paySale', { saleId: id, cart, expectedAmount: 4500, tender: { ...keyedTender, cardNumber: CARD.declineFailed } }));
    expect(declined.charge?.outcome).not.toBe('paid');
    expect(declined.sale.sale.status).toBe('open');
    const paid = data<PaySaleResult>(await fx.call('paySale', { saleId: id, cart, expectedAmount: 4500, tender: keyedTender }));
    expect(paid.sale.sale.status).toBe('paid');
    expect(paid.sale.payments).toHaveLength(2);
    expect(paid.charge?.merchantUid).not.toBe(declined.charge?.merchantUid);
  });
});

describe('held sales', () => {
  it('survive a restart and come back with their cart', async () => {
    const products = await seedCatalog();
    const cart = cartOf(products);
    const id = saleId();
    data<HeldSaleView>(await fx.call('holdSale', { saleId: id, cart, label: '창가 자리' }));
    await fx.core.close();

    const core = await createTestCore({ dataDir: dir.path, logger: fx.logger, portoneApiUrl: fx.sandbox.url });
    try {
      const router = createRouter(core.handlers, fx.logger);
      const held = data<HeldSaleView[]>(await router.callMethod('listHeldSales', undefined, HTTP_CALLER));
      expect(held).toEqual([expect.objectContaining({ saleId: id, label: '창가 자리', itemCount: 7 })]);
      const recalled = data<{ cart: Cart }>(await router.callMethod('recallHeldSale', { saleId: id }, HTTP_CALLER));
      expect(recalled.cart).toEqual(cart);
      expect(data<HeldSaleView[]>(await router.callMethod('listHeldSales', undefined, HTTP_CALLER))).toEqual([]);
    } finally {
      await core.close();
    }
  });
});

describe('day close', () => {
  it('adds sales by category and product, discounts given, and the number of sales and items', async () => {
    const products = await seedCatalog();
    data(await fx.call('openDay', { floatAmount: 0 }));
    const pay = async (cart: Cart) => {
      const priced = data<PricedCart>(await fx.call('priceCart', { cart }));
      const paid = data<PaySaleResult>(await fx.call('paySale', { saleId: saleId(), cart, expectedAmount: priced.totals.amount, tender: keyedTender }));
      expect(paid.sale.sale.status).toBe('paid');
      return priced;
    };
    const first = await pay(cartOf(products));
    const second = await pay({ lines: [{ kind: 'product', lineId: 'x', productId: products.americano.productId, qty: 2, discount: null }], saleDiscount: null });
    // A declined sale is not a sale.
    const cart: Cart = { lines: [{ kind: 'product', lineId: 'y', productId: products.milk.productId, qty: 5, discount: null }], saleDiscount: null };
    await fx.call('paySale', { saleId: saleId(), cart, expectedAmount: 16_000, tender: { ...keyedTender, cardNumber: CARD.declineFailed } });

    const report = data<{ sales?: SalesSummary }>(await fx.call('previewClose', undefined));
    const americanoNet = lineOf(first.lines, 'l1').net + 9000;
    expect(report.sales).toEqual({
      sales: 2,
      items: first.totals.itemCount + 2,
      discounts: first.totals.discountTotal,
      // Each paid by one card payment.
      splitSales: 0,
      byCategory: [
        { categoryId: products.americano.categoryId, name: '커피', items: 8, amount: first.totals.amount + second.totals.amount - lineOf(first.lines, 'l4').net },
        { categoryId: null, name: '', items: 1, amount: lineOf(first.lines, 'l4').net },
      ],
      topProducts: [
        { productId: products.americano.productId, name: '아메리카노', qty: 5, amount: americanoNet },
        { productId: products.beans.productId, name: '원두 (시가)', qty: 1, amount: lineOf(first.lines, 'l3').net },
        { productId: products.milk.productId, name: '유기농 우유 1L', qty: 2, amount: lineOf(first.lines, 'l2').net },
        { productId: null, name: '봉투', qty: 1, amount: lineOf(first.lines, 'l4').net },
      ],
    });
  });
});

describe('tenders and approvals', () => {
  it("pays a sale with a customer's card on file: the sale's amount, tax_free and name go to again", async () => {
    const products = await seedCatalog();
    const saved = data<{ outcome: string }>(
      await fx.call('chargeKeyed', {
        attemptId: `save-${Date.now()}`,
        amount: 1000,
        taxFree: 0,
        orderName: '카드 등록',
        buyerName: '홍길동',
        buyerTel: '',
        cardNumber: CARD.approve,
        expiry: CARD.expiry,
        ownerType: 'personal',
        birth: CARD.birth,
        pwd2digit: CARD.pwd,
        cardQuota: 0,
        saveCard: { consent: true, name: '홍길동', phone: '010-1234-5678', memo: '' },
      }),
    );
    expect(saved.outcome).toBe('paid');
    const [customer] = data<{ customerUid: string }[]>(await fx.call('searchCustomers', { query: '홍길동', limit: 5 }));
    if (!customer) throw new Error('the saved card has no customer');
    const cart = cartOf(products);
    const priced = data<PricedCart>(await fx.call('priceCart', { cart }));
    const paid = data<PaySaleResult>(
      await fx.call('paySale', { saleId: saleId(), cart, expectedAmount: priced.totals.amount, tender: { kind: 'card_on_file', customerUid: customer.customerUid, cardQuota: 0 } }),
    );
    expect(paid.charge?.outcome).toBe('paid');
    expect(paid.sale.sale.status).toBe('paid');
    const merchantUid = paid.charge?.merchantUid ?? '';
    expect(await portOne(fx.sandbox.url, merchantUid)).toMatchObject({ amount: priced.totals.amount, name: priced.orderName });
    expect((await taxFreeOf(fx.sandbox.url, merchantUid))[0]?.tax_free).toBe(priced.totals.taxFree);
  });

  it('asks a manager for a discount above the limit when a cashier sells, and audits the approval', async () => {
    const products = await seedCatalog();
    const owner = data<{ id: string }>(await fx.call('createCashier', { name: '사장', role: 'owner', pin: OWNER_PIN }));
    const cashier = data<{ id: string }>(await fx.call('createCashier', { name: '알바', role: 'cashier', pin: CASHIER_PIN }));
    data(await fx.call('signIn', { cashierId: cashier.id, pin: CASHIER_PIN }));
    const cart: Cart = {
      lines: [{ kind: 'product', lineId: 'a', productId: products.americano.productId, qty: 2, discount: null }],
      saleDiscount: { kind: 'percent', percent: 50 },
    };
    const priced = data<PricedCart>(await fx.call('priceCart', { cart }));
    expect(priced.approvalNeeded).toBe(true);
    const id = saleId();
    const request = { saleId: id, cart, expectedAmount: 4500, tender: keyedTender };
    const refused = await fx.call('paySale', request);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'sales.discount_needs_approval', field: 'approval', params: { limit: 20 } },
    });
    // The refusal carries main's single-use approval request; the manager's PIN approves that one.
    const requestId = String(refused.ok ? '' : refused.error.params?.requestId);
    const paid = data<PaySaleResult>(await fx.call('paySale', { ...request, approval: { requestId, cashierId: owner.id, pin: OWNER_PIN } }));
    expect(paid.sale.sale).toMatchObject({ status: 'paid', cashier: '알바' });
    data(await fx.call('signOut', undefined));
    data(await fx.call('signIn', { cashierId: owner.id, pin: OWNER_PIN }));
    const page = data<{ entries: { action: string; actorName: string; target: string | null; detail: string }[] }>(await fx.call('auditPage', { beforeSeq: null, limit: 50 }));
    expect(page.entries).toContainEqual(expect.objectContaining({ action: 'sale_discount_approved', actorName: '사장', target: id }));
    // The charge itself is the cashier's (the caller the guard signed in), written by the one charge-audit writer.
    const charge = page.entries.find((e) => e.action === 'charge' && e.target === paid.charge?.merchantUid);
    expect(charge).toMatchObject({ actorName: '알바' });
    expect(charge?.detail).toContain(id);
  });
});

describe('the window tender', () => {
  it("opens the PG window with the sale's amount, tax_free and name, and links its payment to the sale", async () => {
    await fx.close();
    const opened: PaymentPage[] = [];
    const host: PaymentWindowHost = {
      returnUrl: () => `${SENTINEL_ORIGIN}/return`,
      aliveUrl: () => null,
      open: (page) => (opened.push(page), { pageUrl: null, close: () => undefined }),
    };
    fx = await startCoreFixture({ dataDir: dir.path, deps: { paymentWindow: host } });
    const products = await seedCatalog();
    const cart = cartOf(products);
    const priced = data<PricedCart>(await fx.call('priceCart', { cart }));
    const id = saleId();
    const tender = { kind: 'window', buyerName: '홍길동', buyerTel: '010-1234-5678', buyerEmail: '', payMethod: 'card', company: '', companyEn: '' };
    const started = data<PaySaleResult>(await fx.call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount, tender }));
    expect(started.window?.merchantUid).toBeTruthy();
    expect(started.sale.sale).toMatchObject({ status: 'paying', merchantUid: started.window?.merchantUid });
    expect(started.sale.payments[0]).toMatchObject({ kind: 'window', amount: priced.totals.amount, taxFree: priced.totals.taxFree, orderName: priced.orderName });
    // The page the PG window loads asks for the same money.
    const page = opened[0]?.html ?? '';
    expect(page).toContain(`"amount":${priced.totals.amount}`);
    expect(page).toContain(`"tax_free":${priced.totals.taxFree}`);
    // While it is open the sale cannot be paid another way.
    expect(await fx.call('paySale', { saleId: id, cart, expectedAmount: priced.totals.amount, tender: keyedTender })).toMatchObject({
      ok: false,
      error: { reason: 'sales.payment_in_progress' },
    });
  });
});
