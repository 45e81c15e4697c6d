import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../main/ipc/handlers';
import { closeReportHtml } from '../../main/close/close-report-html';
import { Ledger } from '../../main/ledger/ledger';
import { CARD } from '../core/support/sandbox';
import { keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { cancelDirectly, chargeDirectly } from './support';

const CTX = { transport: 'http' as const, origin: 'http://127.0.0.1' };
let seq = 0;

describe('day close against the sandbox (core, real HTTP)', () => {
  let fx: CoreFixture;
  let h: Handlers;

  beforeEach(async () => {
    fx = await startCoreFixture({ dirPrefix: 'pos-close-' });
    h = fx.core.handlers;
  });
  afterEach(() => fx.close());

  async function charge(amount: number, taxFree = 0, cardNumber: string = CARD.approve) {
    seq += 1;
    const input = keyedRequest({ attemptId: `close-${Date.now()}-${seq}`, amount, taxFree, buyerName: 'Lee', buyerTel: '010-9876-5432', cardNumber });
    return h.chargeKeyed(input, CTX);
  }

  async function refund(merchantUid: string, amount: number, taxFree = 0) {
    const quote = await h.refundQuote({ merchantUid }, CTX);
    const result = await h.refund({ merchantUid, amount, taxFree, reason: 'returned', expectedRefundable: quote.refundable }, CTX);
    expect(result.outcome).toBe('refunded');
  }

  it('open, charge, refund, close: totals, reconciliation, a frozen report, and the next day', async () => {
    await expect(h.closeDay({ countedCash: null }, CTX)).rejects.toMatchObject({ code: 'conflict' });
    const day = await h.openDay({ floatAmount: 100_000 }, CTX);
    await expect(h.openDay({ floatAmount: 0 }, CTX)).rejects.toMatchObject({ code: 'conflict' });

    const a = await charge(12_000);
    const b = await charge(33_000, 3_000);
    const declined = await charge(5_000, 0, CARD.declineFailed);
    expect([a.outcome, b.outcome, declined.outcome]).toEqual(['paid', 'paid', 'failed']);
    // All of the tax-free part first: the report must take the share the POS sent, not a guess.
    await refund(b.merchantUid, 11_000, 3_000);
    const direct = await chargeDirectly(fx.sandbox.url, `direct-${Date.now()}`, 7_700);

    const report = await h.closeDay({ countedCash: 99_000 }, CTX);
    expect(report.final).toBe(true);
    expect(report.day).toMatchObject({ id: day.id, closedBy: 'till' });
    expect(report.totals.all.approved).toEqual({ count: 2, amount: 45_000, taxFree: 3_000, vat: 1091 + 2727, supply: 45_000 - 3_000 - 3818 });
    expect(report.totals.all.refunded).toMatchObject({ count: 1, amount: 11_000, taxFree: 3_000, vat: 727 });
    expect(report.totals.all.net).toMatchObject({ taxFree: 0, vat: 1091 + 2000 });
    expect(report.totals.all.net).toMatchObject({ count: 2, amount: 34_000 });
    expect(report.totals.byMethod.keyed.net.amount).toBe(34_000);
    expect(report.totals.byCashier).toEqual([expect.objectContaining({ cashier: 'till' })]);
    expect(report.totals.notCharged).toBe(1);
    expect(report.cash).toEqual({ float: 100_000, counted: 99_000, difference: -1_000 });
    expect(report.reconciliation?.error).toBeNull();
    expect(report.reconciliation?.issues).toEqual([
      expect.objectContaining({ kind: 'missing_in_ledger', impUid: direct.impUid, portone: { status: 'paid', amount: 7_700, cancelAmount: 0 } }),
    ]);

    // Read-only: the stored report comes back as it was, and the database refuses to change it.
    await expect(h.dayReport({ dayId: day.id }, CTX)).resolves.toEqual(report);
    const db = new Ledger({ dataDir: fx.dataDir });
    expect(() => db.database.prepare('UPDATE business_days SET float_amount = 0 WHERE id = ?').run(day.id)).toThrow(/read-only/);
    db.close();

    // After the close: a new sale and a refund of yesterday's sale count in the next day.
    const c = await charge(22_000);
    await refund(a.merchantUid, 12_000);
    const next = await h.openDay({ floatAmount: 50_000 }, CTX);
    expect(next.startsAt).toBe(report.endsAt);
    const preview = await h.previewClose(undefined, CTX);
    expect(preview.final).toBe(false);
    expect(preview.totals.all.approved).toMatchObject({ count: 1, amount: 22_000 });
    expect(preview.totals.lateRefunds).toBe(12_000);
    await expect(h.dayReport({ dayId: day.id }, CTX)).resolves.toEqual(report);
    expect(c.outcome).toBe('paid');
  });

  it('reconciliation names a status PortOne changed behind the ledger', async () => {
    await h.openDay({ floatAmount: 0 }, CTX);
    const a = await charge(10_000);
    await cancelDirectly(fx.sandbox.url, a.merchantUid);
    const recon = await h.reconcileDay({}, CTX);
    expect(recon.issues).toEqual([
      expect.objectContaining({ kind: 'status_differs', merchantUid: a.merchantUid, ledger: expect.objectContaining({ status: 'paid' }), portone: expect.objectContaining({ status: 'cancelled' }) }),
    ]);
  });

  it('removing the newest audit entries is caught by the anchor the day close stored', async () => {
    await h.openDay({ floatAmount: 0 }, CTX);
    await charge(10_000);
    const closed = await h.closeDay({ countedCash: null }, CTX);
    const anchor = closed.auditHead;
    if (!anchor) throw new Error('the close stored no audit head');
    await expect(h.verifyAudit({}, CTX)).resolves.toMatchObject({ ok: true });
    const db = new Ledger({ dataDir: fx.dataDir });
    db.database.exec('DROP TRIGGER audit_log_no_delete');
    db.database.prepare('DELETE FROM audit_log WHERE seq >= ?').run(anchor.seq);
    db.close();
    // What is left is a valid chain on its own, only shorter.
    await expect(h.verifyAudit({}, CTX)).resolves.toEqual({ ok: false, checked: anchor.seq - 1, brokenSeq: anchor.seq, reason: 'truncated' });
  });

  it('the day_closed entry is inside its own anchor, and the anchor is printed on the report (issue 13, finding 5)', async () => {
    await h.openDay({ floatAmount: 0 }, CTX);
    await charge(3_000);
    const closed = await h.closeDay({ countedCash: null }, CTX);
    const anchor = closed.auditHead;
    if (!anchor) throw new Error('the close stored no audit head');
    const db = new Ledger({ dataDir: fx.dataDir });
    const newest = db.database.prepare('SELECT seq, action, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; action: string; hash: string };
    db.close();
    expect(newest).toEqual({ seq: anchor.seq, action: 'day_closed', hash: anchor.hash });
    const printed = closeReportHtml(await h.dayReport({ dayId: closed.day.id }, CTX), { lang: 'en', storeName: '', businessNumber: '' });
    expect(printed).toContain(`#${anchor.seq} · ${anchor.hash.slice(3, 15)}`);
  });
});
