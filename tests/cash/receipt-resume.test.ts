import Database from 'better-sqlite3';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cart, SaleDetail } from '../../contract/sales';
import { createRouter } from '../../main/ipc/router';
import { LEDGER_FILE } from '../../main/ledger/ledger';
import { clearFaults, listCashReceipts, setFaults, type FaultRule } from '../../sandbox/control';
import { tempDir } from '../core/support/temp-dir';
import { createTestCore, data, HTTP_CALLER, startCoreFixture, type CoreFixture } from '../support/core-fixture';

const PHONE = '010-5555-6666';
const cart: Cart = { lines: [{ kind: 'amount', lineId: 'a1', name: '도시락', taxation: 'taxable', qty: 1, unitPrice: 12_000, discount: null }], saleDiscount: null };
const LATENCY_MS = 1_500;
/** How long after a request ended PortOne's "none" is believed (the app waits a minute); a restart counts from its start. */
const GRACE_MS = 100;

/** What the ledger file still holds of the buyer's number, read as a stranger would. */
function ledgerMentions(dataDir: string, digits: string): boolean {
  const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    return tables.some((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all()).includes(digits));
  } finally {
    db.close();
  }
}

/**
 * The core stops after the cash part is in the drawer and before its 현금영수증 is answered; the
 * next start issues it (or finds it at PortOne): exactly one receipt at the sandbox (real HTTP).
 */
describe('a cash part whose 현금영수증 a stop cut off', () => {
  let dir: ReturnType<typeof tempDir>;
  let fx: CoreFixture;
  beforeEach(async () => {
    dir = tempDir('pos-receipt-resume-');
    fx = await startCoreFixture({ dataDir: dir.path, deps: { portoneTimeouts: { chargeMs: 10_000, lookupMs: 3_000 }, settleGraceMs: GRACE_MS } });
  });
  afterEach(async () => {
    await clearFaults(fx.sandbox.url);
    await fx.close();
    dir.cleanup();
  });

  it.each<[string, FaultRule]>([
    ['PortOne got the request, the till stopped before the answer', { path: '/receipts/external/*', method: 'POST', latencyMs: LATENCY_MS, count: 1 }],
    ['the request never reached PortOne', { path: '/receipts/external/*', method: 'POST', latencyMs: LATENCY_MS, status: 503, count: 1 }],
  ])('%s: the next start leaves exactly one receipt, to the buyer, and the number is gone from the ledger', async (_, fault) => {
    await setFaults(fx.sandbox.url, fault);
    const saleId = `sale-resume-${Date.now().toString(36)}`;
    const paying = fx.call('paySale', { saleId, cart, expectedAmount: 12_000, tender: { kind: 'cash', given: 20_000, receiptBuyer: { identifierType: 'phone', identifier: PHONE } } });
    // The cash is in the drawer (the sale shows its part) while the receipt request hangs.
    await expect.poll(async () => data<SaleDetail>(await fx.call('getSale', { saleId })).parts.length, { interval: 50 }).toBe(1);
    await fx.core.close();
    await paying.catch(() => undefined);
    // The hung request has ended at the sandbox either way before the till starts again.
    await delay(LATENCY_MS + 200);
    expect((await listCashReceipts(fx.sandbox.url)).length).toBeLessThanOrEqual(1);

    const core = await createTestCore({ dataDir: dir.path, logger: fx.logger, portoneApiUrl: fx.sandbox.url, settleGraceMs: GRACE_MS });
    try {
      // The host's start-up call and the poller's first tick at once: one recovery, shared.
      await Promise.all([core.recoverPending(), core.recoverPending()]);
      // A start-up within the grace leaves a receipt PortOne does not show yet open; the next look settles it.
      await delay(GRACE_MS + 50);
      await core.recoverPending();
      const call = (method: Parameters<CoreFixture['call']>[0], payload: unknown) => createRouter(core.handlers, fx.logger).callMethod(method, payload, HTTP_CALLER);
      const sale = data<SaleDetail>(await call('getSale', { saleId }));
      expect(sale.sale.status).toBe('paid');
      const receipt = sale.parts[0]?.cashReceipt;
      expect(receipt).toMatchObject({ state: 'issued', amount: 12_000, identifierMasked: '010-****-6666', selfIssued: false });

      const atPortOne = await listCashReceipts(fx.sandbox.url);
      expect(atPortOne.map((r) => [r.id, r.identifier, r.receipt.amount, r.receipt.apply_num, r.receipt.cancelled_at])).toEqual([[sale.parts[0]?.merchantUid, PHONE, 12_000, receipt?.applyNum, 0]]);
      // A second start asks nothing more and issues nothing.
      await core.recoverPending();
      expect(await listCashReceipts(fx.sandbox.url)).toHaveLength(1);
    } finally {
      await core.close();
    }
    // Kept only until issued: the ledger no longer has the number in full.
    expect(ledgerMentions(dir.path, '5555-6666')).toBe(false);
    expect(ledgerMentions(dir.path, '55556666')).toBe(false);
  });
});
