import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../main/ipc/handlers';
import type { Sleep } from '../../main/payments/resolver';
import { setFaults } from '../../sandbox/control';
import { keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';

const CTX = { transport: 'http' as const, origin: 'http://127.0.0.1' };
/** Background lookups wait until shutdown: the test decides when a payment is looked up. */
const parked: Sleep = (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

/**
 * Issue 12, finding 4: a payment still open when its day closed and approved afterwards must show
 * up in a later Z report ("late approvals of earlier days"), computed like late refunds.
 */
describe('late approvals of earlier days', () => {
  let fx: CoreFixture;
  let h: Handlers;

  beforeEach(async () => {
    fx = await startCoreFixture({ dirPrefix: 'pos-late-', deps: { sleep: parked, settleGraceMs: 0 } });
    h = fx.core.handlers;
  });
  afterEach(() => fx.close());

  it('open at close, paid afterwards: counted once, in the next close, as a late approval', async () => {
    await h.openDay({ floatAmount: 0 }, CTX);
    // PortOne records the charge, the answer is lost: the till only knows "checking".
    await setFaults(fx.sandbox.url, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const sale = await h.chargeKeyed(keyedRequest({ attemptId: `late-${Date.now()}`, amount: 8_800 }), CTX);
    expect(sale.outcome).toBe('unknown');
    // Before closing, the manager is warned: the open payment is listed.
    expect((await h.previewClose(undefined, CTX)).openPayments).toEqual([{ merchantUid: sale.merchantUid, kind: 'keyed', status: 'unknown', amount: 8_800 }]);
    const first = await h.closeDay({ countedCash: null }, CTX);
    expect(first.totals.unresolved).toBe(1);
    expect(first.totals.all.approved.amount).toBe(0);

    const detail = await h.refreshPayment({ merchantUid: sale.merchantUid }, CTX);
    expect(detail.payment.status).toBe('paid');
    await h.openDay({ floatAmount: 0 }, CTX);
    const second = await h.closeDay({ countedCash: null }, CTX);
    expect(second.totals.lateApprovals).toBe(8_800);
    expect(second.totals.all.approved.amount).toBe(0);
    await h.openDay({ floatAmount: 0 }, CTX);
    expect((await h.previewClose(undefined, CTX)).totals.lateApprovals).toBe(0);
  });

  it('a wall clock stepped back 2 h after a close: the next day ends no earlier than it began, and its sale counts once, as a late approval', async () => {
    await fx.close();
    let offset = 0;
    fx = await startCoreFixture({ dirPrefix: 'pos-late-', deps: { sleep: parked, settleGraceMs: 0, now: () => Date.now() + offset } });
    h = fx.core.handlers;
    await h.openDay({ floatAmount: 0 }, CTX);
    expect((await h.chargeKeyed(keyedRequest({ attemptId: `step-a-${Date.now()}`, amount: 5_000 }), CTX)).outcome).toBe('paid');
    const first = await h.closeDay({ countedCash: null }, CTX);

    offset = -2 * 3_600_000;
    await h.openDay({ floatAmount: 0 }, CTX);
    expect((await h.chargeKeyed(keyedRequest({ attemptId: `step-b-${Date.now()}`, amount: 7_000 }), CTX)).outcome).toBe('paid');
    const second = await h.closeDay({ countedCash: null }, CTX);
    expect(second.day.closedAt).toBeGreaterThanOrEqual(second.day.startsAt);
    expect(second.totals.all.approved.amount + second.totals.lateApprovals).toBe(7_000);
    // The books telescope: what this close counted is what its through-close sum grew by.
    expect((second.approvedThroughClose ?? 0) - (first.approvedThroughClose ?? 0)).toBe(7_000);
  });
});
