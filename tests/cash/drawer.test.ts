import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import type { ManagerApproval, Role } from '../../contract/schemas';
import type { AccessControl, Actor } from '../../main/auth/access';
import type { AuditAction } from '../../main/audit/audit-log';
import { CashService } from '../../main/cash/cash-service';
import { closeReportHtml } from '../../main/close/close-report-html';
import { CashStore } from '../../main/cash/cash-store';
import { Ledger } from '../../main/ledger/ledger';
import { captureLogger } from '../core/support/capture-logger';
import { tempDir } from '../core/support/temp-dir';
import { startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { attemptId, callOk } from './support';
import { MANAGER_PIN } from '../support/pins';

/** A cashier is signed in; manager "m1" with MANAGER_PIN may approve. */
class CashierAtTill implements AccessControl {
  private readonly cashier: Actor = { id: 'c1', name: 'cashier-kim', role: 'cashier' };
  private readonly manager: Actor = { id: 'm1', name: 'manager-lee', role: 'manager' };
  current(): Actor {
    return this.cashier;
  }
  caller(): Actor {
    return this.cashier;
  }
  authorize(minRole: Role, approval?: ManagerApproval): Promise<Actor> {
    if (minRole === 'cashier') return Promise.resolve(this.cashier);
    if (approval?.cashierId === 'm1' && approval.pin === MANAGER_PIN) return Promise.resolve(this.manager);
    return Promise.reject(new AppError('forbidden', 'This needs a manager.', { reason: 'auth.manager_approval_needed', field: 'approval' }));
  }
}

describe('cash drawer service: roles, audit, durability', () => {
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let audit: { actor: string; action: AuditAction; detail: unknown }[];
  let refundsSeen: string[];
  let kicks: number;

  const service = () =>
    new CashService({
      store: new CashStore(ledger.database),
      access: new CashierAtTill(),
      audit: { record: (actor, action, _target, detail) => void audit.push({ actor: actor.name, action, detail }) },
      logger: captureLogger(),
      now: () => 1_000,
      afterRefund: (uid) => (refundsSeen.push(uid), Promise.resolve()),
      receiptSums: () => ({ issued: { count: 0, amount: 0 }, cancelled: { count: 0, amount: 0 } }),
      openDrawer: () => (kicks++, Promise.reject(new AppError('unavailable', 'no ESC/POS printer', { reason: 'printer.not_configured' }))),
    });

  beforeEach(() => {
    dir = tempDir('pos-drawer-');
    ledger = new Ledger({ dataDir: dir.path });
    audit = [];
    refundsSeen = [];
    kicks = 0;
  });
  afterEach(() => {
    ledger.close();
    dir.cleanup();
  });

  it('cash taken once per attempt, kept across a restart; not enough given is refused naming the field', async () => {
    const id = attemptId();
    const sale = await service().take({ attemptId: id, amount: 12_300, taxFree: 0, given: 20_000, orderName: '김밥' });
    expect(sale.change).toBe(7_700);
    expect(await service().take({ attemptId: id, amount: 12_300, taxFree: 0, given: 20_000, orderName: '김밥' })).toEqual(sale);
    ledger.close();
    ledger = new Ledger({ dataDir: dir.path });
    expect(service().get(sale.merchantUid)).toEqual(sale);
    await expect(service().take({ attemptId: attemptId(), amount: 10_000, taxFree: 0, given: 9_000, orderName: '김밥' })).rejects.toMatchObject({
      reason: 'cash.not_enough_given',
      field: 'given',
    });
    expect(audit.map((a) => a.action)).toEqual(['cash_taken']);
    // A till without a drawer still takes the cash.
    expect(kicks).toBe(1);
  });

  it('refunds, drops and pay-outs need a manager and are audited under the approver', async () => {
    const svc = service();
    const sale = await svc.take({ attemptId: attemptId(), amount: 30_000, taxFree: 0, given: 30_000, orderName: '김밥' });
    await expect(svc.refund({ merchantUid: sale.merchantUid, amount: 1_000, reason: '반품', receiptBuyer: null })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(svc.move({ kind: 'payout', amount: 5_000, reason: '배달비' })).rejects.toMatchObject({ code: 'forbidden' });
    const approval = { requestId: 'req-1', cashierId: 'm1', pin: MANAGER_PIN };
    await svc.refund({ merchantUid: sale.merchantUid, amount: 1_000, reason: '반품', receiptBuyer: null, approval });
    await expect(svc.refund({ merchantUid: sale.merchantUid, amount: 29_001, reason: '반품', receiptBuyer: null, approval })).rejects.toMatchObject({
      reason: 'cash.refund_exceeds',
    });
    await svc.move({ kind: 'payout', amount: 5_000, reason: '배달비', approval });
    await svc.move({ kind: 'drop', amount: 10_000, reason: '금고', approval });
    expect(refundsSeen).toEqual([sale.merchantUid]);
    expect(audit.slice(1).map((a) => [a.action, a.actor])).toEqual([
      ['cash_refunded', 'manager-lee'],
      ['cash_moved', 'manager-lee'],
      ['cash_moved', 'manager-lee'],
    ]);
    expect(svc.figures(0, 2_000, 50_000)).toMatchObject({
      float: 50_000,
      cashSales: { count: 1, amount: 30_000 },
      cashRefunds: { count: 1, amount: 1_000 },
      payouts: { count: 1, amount: 5_000 },
      drops: { count: 1, amount: 10_000 },
      expected: 50_000 + 30_000 - 1_000 - 5_000 - 10_000,
    });
  });
});

describe('drawer figures in the X report and the day close (core, real HTTP)', () => {
  let fx: CoreFixture;
  beforeEach(async () => {
    fx = await startCoreFixture({ dirPrefix: 'pos-drawer-close-' });
  });
  afterEach(() => fx.close());

  it('expected = float + cash sales − refunds − pay-outs − drops; 현금과부족 against it; cash receipts counted', async () => {
    await callOk(fx, 'openDay', { floatAmount: 100_000 });
    const a = await callOk(fx, 'takeCash', { attemptId: attemptId(), amount: 33_000, taxFree: 0, given: 50_000, orderName: '점심' });
    await callOk(fx, 'takeCash', { attemptId: attemptId(), amount: 7_000, taxFree: 0, given: 10_000, orderName: '커피' });
    await callOk(fx, 'issueCashReceipt', { cashUid: a.merchantUid, buyer: { identifierType: 'phone', identifier: '010-2222-3333' } });
    await callOk(fx, 'refundCash', { merchantUid: a.merchantUid, amount: 3_000, reason: '반품' });
    await callOk(fx, 'moveDrawerCash', { kind: 'payout', amount: 2_000, reason: '택배비' });
    await callOk(fx, 'moveDrawerCash', { kind: 'drop', amount: 50_000, reason: '금고 입금' });
    const expected = 100_000 + 40_000 - 3_000 - 2_000 - 50_000;

    // 중간정산 (X report): the same figures at any time, nothing stored.
    const x = await callOk(fx, 'previewClose', {});
    expect(x.final).toBe(false);
    expect(x.drawer).toMatchObject({
      expected,
      cashSales: { count: 2, amount: 40_000 },
      cashRefunds: { count: 1, amount: 3_000 },
      // The refund cancelled the 33,000 receipt and issued one for the 30,000 left.
      receiptsIssued: { count: 2, amount: 63_000 },
      receiptsCancelled: { count: 1, amount: 33_000 },
    });
    expect((await callOk(fx, 'previewClose', {})).drawer).toEqual(x.drawer);

    const z = await callOk(fx, 'closeDay', { countedCash: expected - 500 });
    expect(z.cash).toEqual({ float: 100_000, counted: expected - 500, difference: -500 });
    expect(z.drawer?.expected).toBe(expected);
    expect((await callOk(fx, 'dayReport', { dayId: z.day.id })).drawer).toEqual(z.drawer);
    const printed = closeReportHtml(z, { lang: 'ko', storeName: '테스트', businessNumber: '' });
    expect(printed).toContain('<td>예상 현금</td><td>₩85,000</td>');
    expect(printed).toContain('<td>현금영수증 취소</td><td>₩33,000 (1)</td>');
  });
});
