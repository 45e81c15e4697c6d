import Database from 'better-sqlite3';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SELF_ISSUE_IDENTIFIER } from '../../domain/cash-receipt-rules';
import { LEDGER_FILE } from '../../main/ledger/ledger';
import { clearFaults, listCashReceipts, setFaults } from '../../sandbox/control';
import { captureLogger } from '../core/support/capture-logger';
import { startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { attemptId, callOk } from './support';

const PHONE = '010-9876-5432';
const DAY_MS = 86_400_000;
/** How long after a request ended PortOne's "none" is believed (the app waits a minute). */
const GRACE_MS = 100;

/** 현금영수증 through the core and the router, against the sandbox over real HTTP. */
describe('cash receipts (core, real HTTP)', () => {
  let fx: CoreFixture;
  let clock: number;
  let logger: ReturnType<typeof captureLogger>;

  beforeEach(async () => {
    clock = Date.UTC(2026, 11, 3, 3, 0);
    logger = captureLogger();
    fx = await startCoreFixture({ dirPrefix: 'pos-cash-receipts-', logger, deps: { now: () => clock, portoneTimeouts: { chargeMs: 3_000, lookupMs: 3_000 }, settleGraceMs: GRACE_MS } });
  });
  afterEach(async () => {
    await clearFaults(fx.sandbox.url);
    // The identifier is personal data: never in a log line, never in the ledger in full.
    const logs = logger.text();
    expect(logs).not.toContain(PHONE);
    expect(logs).not.toContain('98765432');
    const db = new Database(join(fx.dataDir, LEDGER_FILE), { readonly: true });
    try {
      const rows = JSON.stringify(db.prepare('SELECT * FROM cash_receipts').all());
      expect(rows).not.toContain('9876-5432');
      expect(rows).not.toContain('98765432');
    } finally {
      db.close();
    }
    await fx.close();
  });

  const takeCash = (amount: number, given = amount, taxFree = 0) =>
    callOk(fx, 'takeCash', { attemptId: attemptId(), amount, taxFree, given, orderName: '아메리카노 외 1건' });
  const sandboxReceipts = async (cashUid: string) => (await listCashReceipts(fx.sandbox.url)).filter((r) => r.id.startsWith(cashUid));

  it('₩10,000 cash, given ₩50,000: change ₩40,000; a receipt to the typed phone with its approval number, masked in the ledger', async () => {
    const sale = await takeCash(10_000, 50_000, 1_000);
    expect(sale).toMatchObject({ amount: 10_000, given: 50_000, change: 40_000, taxFree: 1_000 });

    const result = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } });
    expect(result).toMatchObject({ recipient: 'buyer', daysLate: 0 });
    expect(result.receipt).toMatchObject({ merchantUid: sale.merchantUid, state: 'issued', amount: 10_000, taxFree: 1_000, type: 'person', identifierMasked: '010-****-5432', selfIssued: false });
    expect(result.receipt?.applyNum).toMatch(/^\d{9}$/);

    const atSandbox = await sandboxReceipts(sale.merchantUid);
    expect(atSandbox.map((r) => [r.id, r.identifier, r.receipt.amount, r.tax_free, r.receipt.apply_num])).toEqual([
      [sale.merchantUid, PHONE, 10_000, 1_000, result.receipt?.applyNum],
    ]);
    await expect(callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: null })).rejects.toMatchObject({ reason: 'cash_receipts.already_issued' });
  });

  it('자진발급: mandatory sector on, ₩120,000 cash, no number → to 010-000-1234; under ₩100,000 or setting off → none', async () => {
    const big = await takeCash(120_000);
    expect(await callOk(fx, 'issueCashReceipt', { cashUid: big.merchantUid, buyer: null })).toMatchObject({ recipient: 'none', receipt: null });

    await callOk(fx, 'saveCashReceiptSettings', { mandatorySector: true, channelKey: '' });
    expect(await callOk(fx, 'getCashReceiptSettings', {})).toEqual({ mandatorySector: true, channelKey: '' });
    const small = await takeCash(99_999);
    expect(await callOk(fx, 'issueCashReceipt', { cashUid: small.merchantUid, buyer: null })).toMatchObject({ recipient: 'none', receipt: null });

    const issued = await callOk(fx, 'issueCashReceipt', { cashUid: big.merchantUid, buyer: null });
    expect(issued).toMatchObject({ recipient: 'self_issue', receipt: { state: 'issued', selfIssued: true, identifierMasked: SELF_ISSUE_IDENTIFIER } });
    expect((await sandboxReceipts(big.merchantUid)).map((r) => [r.identifier, r.identifier_type, r.receipt.amount])).toEqual([[SELF_ISSUE_IDENTIFIER, 'phone', 120_000]]);
  });

  it('an issuance whose answer is lost (commit then drop) ends with exactly one receipt, found by lookup', async () => {
    const sale = await takeCash(30_000);
    await setFaults(fx.sandbox.url, { path: '/receipts/external/*', method: 'POST', commitThenDrop: true, count: 1 });
    const result = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'business', identifier: '123-45-67890' } });
    expect(result.receipt).toMatchObject({ state: 'issued', type: 'company', identifierMasked: '123-45-*****' });
    expect(result.receipt?.applyNum).toMatch(/^\d{9}$/);
    expect(await sandboxReceipts(sale.merchantUid)).toHaveLength(1);
    await expect(callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: null })).rejects.toMatchObject({ reason: 'cash_receipts.already_issued' });
    expect(await sandboxReceipts(sale.merchantUid)).toHaveLength(1);
  });

  it('no answer and no lookup: unknown, nothing re-sent; the start-up lookup finds none, then a retry under the same id issues one', async () => {
    const sale = await takeCash(15_000);
    await setFaults(fx.sandbox.url, [
      { path: '/receipts/external/*', method: 'POST', status: 503, count: 1 },
      { path: '/receipts/external/*', method: 'GET', status: 502, count: 1 },
    ]);
    const first = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } });
    expect(first.receipt?.state).toBe('unknown');
    await expect(callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } })).rejects.toMatchObject({
      reason: 'cash_receipts.in_progress',
    });

    // Within the grace the request could still arrive: PortOne's "none" leaves it unknown.
    await fx.core.recoverPending();
    expect(await callOk(fx, 'cashReceiptsFor', { cashUid: sale.merchantUid })).toEqual([expect.objectContaining({ state: 'unknown' })]);
    await delay(GRACE_MS + 50);
    await fx.core.recoverPending();
    expect(await callOk(fx, 'cashReceiptsFor', { cashUid: sale.merchantUid })).toEqual([expect.objectContaining({ state: 'not_sent' })]);
    const retry = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } });
    expect(retry.receipt).toMatchObject({ merchantUid: sale.merchantUid, state: 'issued' });
    expect(await callOk(fx, 'cashReceiptsFor', { cashUid: sale.merchantUid })).toHaveLength(1);
    expect(await sandboxReceipts(sale.merchantUid)).toHaveLength(1);
  });

  it('issued later from history: in time on day 5, warned (still issued) after it', async () => {
    const inTime = await takeCash(5_000);
    const late = await takeCash(6_000);
    clock += 5 * DAY_MS;
    expect(await callOk(fx, 'issueCashReceipt', { cashUid: inTime.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } })).toMatchObject({ daysLate: 0 });
    clock += 2 * DAY_MS;
    expect(await callOk(fx, 'issueCashReceipt', { cashUid: late.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } })).toMatchObject({
      daysLate: 2,
      receipt: { state: 'issued' },
    });
  });

  it('a partial cash refund cancels the receipt and re-issues for the rest; the full refund of the rest only cancels', async () => {
    const sale = await takeCash(33_000, 33_000, 3_000);
    await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } });

    const afterPartial = await callOk(fx, 'refundCash', { merchantUid: sale.merchantUid, amount: 10_000, reason: '일부 반품', receiptBuyer: { identifierType: 'phone', identifier: PHONE } });
    // The refund's tax-free share follows the tender-split rule: 3,000 × 10,000 / 33,000 → 909.
    expect(afterPartial).toMatchObject({ refunded: 10_000, refundedTaxFree: 909 });
    const receipts = await callOk(fx, 'cashReceiptsFor', { cashUid: sale.merchantUid });
    expect(receipts.map((r) => [r.merchantUid, r.state, r.amount, r.taxFree])).toEqual([
      [sale.merchantUid, 'cancelled', 33_000, 3_000],
      [`${sale.merchantUid}-2`, 'issued', 23_000, 2_091],
    ]);
    const atSandbox = await sandboxReceipts(sale.merchantUid);
    expect(atSandbox.map((r) => [r.id, r.identifier, r.receipt.amount, r.receipt.cancelled_at > 0])).toEqual([
      [sale.merchantUid, PHONE, 33_000, true],
      [`${sale.merchantUid}-2`, PHONE, 23_000, false],
    ]);

    await callOk(fx, 'refundCash', { merchantUid: sale.merchantUid, amount: 23_000, reason: '전체 반품' });
    expect((await callOk(fx, 'cashReceiptsFor', { cashUid: sale.merchantUid })).map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
    expect((await sandboxReceipts(sale.merchantUid)).every((r) => r.receipt.cancelled_at > 0)).toBe(true);
  });

  it('a partial refund with no number given re-issues the rest to the 자진발급 code', async () => {
    const sale = await takeCash(20_000);
    await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: PHONE } });
    await callOk(fx, 'refundCash', { merchantUid: sale.merchantUid, amount: 5_000, reason: '반품' });
    const rest = (await sandboxReceipts(sale.merchantUid)).find((r) => r.receipt.cancelled_at === 0);
    expect([rest?.identifier, rest?.receipt.amount]).toEqual([SELF_ISSUE_IDENTIFIER, 15_000]);
  });

  it('cancel alone (오류발급) and refresh: the receipt is cancelled at the sandbox and the ledger says so', async () => {
    const sale = await takeCash(8_000);
    const { receipt } = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'taxcard', identifier: '1234-5678-9012-3456' } });
    expect(receipt?.identifierMasked).toBe('************3456');
    await setFaults(fx.sandbox.url, { path: '/receipts/external/*', method: 'DELETE', commitThenDrop: true, count: 1 });
    const cancelled = await callOk(fx, 'cancelCashReceipt', { merchantUid: sale.merchantUid });
    expect(cancelled).toMatchObject({ state: 'cancelled' });
    expect(cancelled.cancelledAt).toBeGreaterThan(0);
    expect(await callOk(fx, 'refreshCashReceipt', { merchantUid: sale.merchantUid })).toMatchObject({ state: 'cancelled' });
    await expect(callOk(fx, 'cancelCashReceipt', { merchantUid: sale.merchantUid })).rejects.toMatchObject({ reason: 'cash_receipts.not_issued' });
  });

  it('bad input names the field: a malformed phone, an unknown sale', async () => {
    const sale = await takeCash(1_000);
    const bad = await fx.call('issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: '12345' } });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain('phone: e.g. 010-1234-5678');
    await expect(callOk(fx, 'issueCashReceipt', { cashUid: 'pos-20261203-000000000000', buyer: null })).rejects.toMatchObject({ reason: 'cash_receipts.unknown_cash_sale' });
  });
});
