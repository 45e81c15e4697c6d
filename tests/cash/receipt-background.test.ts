import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cart, PaySaleResult, SaleDetail } from '../../contract/sales';
import { clearFaults, listCashReceipts, setFaults, type FaultRule } from '../../sandbox/control';
import { tempDir } from '../core/support/temp-dir';
import { data, startCoreFixture, type CoreFixture } from '../support/core-fixture';

const PHONE = '010-4444-7777';
const cart: Cart = { lines: [{ kind: 'amount', lineId: 'a1', name: '김밥', taxation: 'taxable', qty: 1, unitPrice: 9_000, discount: null }], saleDiscount: null };
/** The receipt request gives up after this; the fault holds the sandbox's answer longer. */
const ISSUE_TIMEOUT_MS = 400;
const GRACE_MS = 150;
const POLL_MS = 100;

/**
 * A 현금영수증 whose answer is lost while the till keeps running: the background check settles it
 * without a refresh or a restart — found at PortOne it is issued; PortOne holding none, it is
 * issued again to the buyer's number, once (real HTTP to the sandbox).
 */
describe('a 현금영수증 answer lost while the till runs', () => {
  let dir: ReturnType<typeof tempDir>;
  let fx: CoreFixture;
  beforeEach(async () => {
    dir = tempDir('pos-receipt-background-');
    fx = await startCoreFixture({
      dataDir: dir.path,
      deps: { portoneTimeouts: { chargeMs: ISSUE_TIMEOUT_MS, lookupMs: 2_000 }, settleGraceMs: GRACE_MS, cashReceiptPollMs: POLL_MS },
    });
  });
  afterEach(async () => {
    await clearFaults(fx.sandbox.url);
    await fx.close();
    dir.cleanup();
  });

  it.each<[string, FaultRule[]]>([
    [
      'PortOne issued it, the answer and the first lookup were lost',
      [
        { path: '/receipts/external/*', method: 'POST', commitThenDrop: true, count: 1 },
        { path: '/receipts/external/*', method: 'GET', status: 503, count: 1 },
      ],
    ],
    ['the request timed out before PortOne took it', [{ path: '/receipts/external/*', method: 'POST', latencyMs: ISSUE_TIMEOUT_MS * 3, status: 503, count: 1 }]],
  ])('%s: the receipt ends issued to the buyer, exactly one at PortOne', async (_, fault) => {
    await setFaults(fx.sandbox.url, fault);
    const saleId = `sale-bg-${Date.now().toString(36)}`;
    const paid = data<PaySaleResult>(
      await fx.call('paySale', { saleId, cart, expectedAmount: 9_000, tender: { kind: 'cash', given: 10_000, receiptBuyer: { identifierType: 'phone', identifier: PHONE } } }),
    );
    // The till answered at once: the cash is taken, the receipt is still being checked.
    expect(paid.sale.sale.status).toBe('paid');
    expect(paid.cash?.receipt?.receipt?.state).toBe('unknown');

    const receiptState = async () => data<SaleDetail>(await fx.call('getSale', { saleId })).parts[0]?.cashReceipt?.state;
    await expect.poll(receiptState, { timeout: 10_000, interval: 50 }).toBe('issued');
    await fx.core.whenIdle();

    const atPortOne = await listCashReceipts(fx.sandbox.url);
    // In the second case the sandbox never took the first request: this one is the till's second, sent once PortOne held none.
    expect(atPortOne.map((r) => [r.identifier, r.receipt.amount, r.receipt.cancelled_at])).toEqual([[PHONE, 9_000, 0]]);
  });
});
