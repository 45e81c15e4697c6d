import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import type { ManagerApproval } from '../../contract/schemas';
import { SINGLE_USER_OWNER, type AccessControl, type Actor } from '../../main/auth/access';
import type { AuditAction, AuditDetail } from '../../main/audit/audit-log';
import { Ledger } from '../../main/ledger/ledger';
import type { Backend } from '../../main/payments/backend';
import { settlementOf } from '../../main/payments/settlement';
import { PortOneClient } from '../../main/portone/client';
import { createTransport } from '../../main/portone/transport';
import { RefundService } from '../../main/refunds/refund-service';
import { RefundStore } from '../../main/refunds/refund-store';
import { RequestGrace } from '../../main/portone/request-grace';
import { clearFaults, setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { MANAGER_PIN } from '../support/pins';

/** Test fixture: a cashier is signed in; manager "m1" with MANAGER_PIN may approve. */
class CashierAtTill implements AccessControl {
  private readonly cashier: Actor = { id: 'c1', name: 'cashier-kim', role: 'cashier' };
  private readonly manager: Actor = { id: 'm1', name: 'manager-lee', role: 'manager' };
  current(): Actor {
    return this.cashier;
  }
  caller(): Actor {
    return this.cashier;
  }
  authorize(_minRole: 'cashier' | 'manager' | 'owner', approval?: ManagerApproval): Promise<Actor> {
    if (approval?.cashierId === 'm1' && approval.pin === MANAGER_PIN) return Promise.resolve(this.manager);
    return Promise.reject(new AppError('forbidden', 'This needs a manager: ask one to approve with their PIN.', { reason: 'auth.manager_approval_needed', field: 'approval' }));
  }
}

const HOUR = 3_600_000;

describe('RefundService against the sandbox (real HTTP)', () => {
  let sandbox: SandboxHandle;
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let client: PortOneClient;
  /** The wall clock (event times) and the monotonic one (the grace), moved apart by the tests. */
  let clock: number;
  let steady: number;
  let audit: { actor: Actor; action: AuditAction; target: string | null; detail?: AuditDetail }[];
  let access: AccessControl;
  let seq = 0;

  const backend = (): Backend => ({ client, apiEnv: 'sandbox', keyedMid: 'nxca_jt_bi', sandbox: true });
  const service = () =>
    new RefundService({
      ledger,
      store: new RefundStore(ledger.database),
      backend,
      access,
      audit: { record: (actor, action, target, detail) => void audit.push({ actor, action, target, ...(detail ? { detail } : {}) }) },
      logger: captureLogger(),
      now: () => clock,
      grace: new RequestGrace(1000, () => steady),
    });

  /** A paid keyed sale, in the sandbox and the ledger, as the charge service leaves it. */
  async function paidSale(amount: number, taxFree: number): Promise<string> {
    seq += 1;
    const merchantUid = `rf-${Date.now()}-${seq}`;
    ledger.insertIntent({
      merchantUid, attemptId: null, kind: 'keyed', amount, taxFree, orderName: 'Refund test', buyerName: 'Kim', cardQuota: 0,
      cardNumberMasked: null, cashier: 'cashier-kim', sandbox: true, apiEnv: 'sandbox', at: clock, requestSentAt: clock,
    });
    const answer = await client.chargeOnetime({
      merchant_uid: merchantUid, amount, tax_free: taxFree, card_number: CARD.approve, expiry: CARD.expiry, birth: CARD.birth,
      pwd_2digit: CARD.pwd, pg: 'settle.nxca_jt_bi', name: 'Refund test', card_quota: 0,
    });
    if (answer.outcome !== 'paid') throw new Error(`charge failed: ${answer.outcome}`);
    ledger.settle(merchantUid, settlementOf(answer.payment, { sandbox: true }, amount), clock, { type: 'outcome', note: { code: 'paid', params: { impUid: answer.payment.imp_uid, amount } } });
    return merchantUid;
  }

  async function portOneCancels(merchantUid: string): Promise<number[]> {
    const res = await client.findByMerchantUid(merchantUid);
    if (res.kind !== 'ok') throw new Error(res.kind);
    return res.value.cancel_history.map((c) => c.amount);
  }

  beforeEach(async () => {
    sandbox = await startSandbox({ port: 0 });
    dir = tempDir();
    ledger = new Ledger({ dataDir: dir.path });
    client = new PortOneClient({
      transport: createTransport(sandbox.url),
      credentials: { impKey: SANDBOX_CREDENTIALS.impKey, impSecret: SANDBOX_CREDENTIALS.impSecret },
      logger: captureLogger(),
      timeouts: { chargeMs: 2000 },
    });
    clock = Date.now();
    steady = 0;
    audit = [];
    access = { current: () => SINGLE_USER_OWNER, caller: () => SINGLE_USER_OWNER, authorize: () => Promise.resolve(SINGLE_USER_OWNER) };
  });
  afterEach(async () => {
    client.close();
    ledger.close();
    await sandbox.close();
    dir.cleanup();
  });

  it('partial refund then the rest: checksum, own tax-free share, statuses, cancel history and events', async () => {
    const uid = await paidSale(33_000, 11_000);
    const refunds = service();
    const quote = refunds.quote(uid);
    expect(quote).toMatchObject({ refundable: 33_000, taxFreeLeft: 11_000, vatLeft: 2000, checking: false });

    const first = await refunds.refund({ merchantUid: uid, amount: 10_000, taxFree: 3333, reason: '일부 반품', expectedRefundable: 33_000 });
    expect(first.outcome).toBe('refunded');
    expect(first.quote).toMatchObject({ refundable: 23_000, taxFreeLeft: 7667 });
    expect(first.quote.payment).toMatchObject({ status: 'partially_cancelled', cancelAmount: 10_000 });
    expect(first.quote.cancels.map((c) => [c.amount, c.reason])).toEqual([[10_000, '일부 반품']]);

    const rest = await refunds.refund({ merchantUid: uid, amount: 23_000, taxFree: 7667, reason: '전체 반품', expectedRefundable: 23_000 });
    expect(rest.outcome).toBe('refunded');
    expect(rest.quote).toMatchObject({ refundable: 0, taxFreeLeft: 0 });
    expect(rest.quote.payment).toMatchObject({ status: 'cancelled', cancelAmount: 33_000 });
    expect(await portOneCancels(uid)).toEqual([10_000, 23_000]);
    const types = ledger.detail(uid)?.events.map((e) => e.type) ?? [];
    expect(types.filter((t) => t === 'refund_requested')).toHaveLength(2);
    expect(types.filter((t) => t === 'refund')).toHaveLength(2);
    const requested = ledger.detail(uid)?.events.filter((e) => e.type === 'refund_requested').map((e) => e.note) ?? [];
    expect(requested.map((n) => n?.code === 'refund_requested' && n.params.amount)).toEqual([10_000, 23_000]);
    expect(audit.map((a) => [a.action, a.detail?.outcome])).toEqual([['refund', 'refunded'], ['refund', 'refunded']]);
  });

  it('a refund made behind the app’s back: PortOne refuses the checksum, the payment is re-read, nothing is retried', async () => {
    const uid = await paidSale(20_000, 0);
    const impUid = ledger.get(uid)?.payment.impUid ?? '';
    const direct = await client.cancel({ imp_uid: impUid, amount: 5000, reason: 'refund at the PortOne console' });
    expect(direct.kind).toBe('ok');

    const result = await service().refund({ merchantUid: uid, amount: 20_000, taxFree: 0, reason: '환불', expectedRefundable: 20_000 });
    expect(result.outcome).toBe('mismatch');
    expect(result.mismatch).toEqual({ believed: 20_000, actual: 15_000 });
    expect(result.quote).toMatchObject({ refundable: 15_000, payment: { status: 'partially_cancelled', cancelAmount: 5000 } });
    expect(await portOneCancels(uid)).toEqual([5000]);
    expect(ledger.detail(uid)?.events.some((e) => e.type === 'checksum_mismatch' && e.detail.includes('₩15000'))).toBe(true);
  });

  it('an unanswered cancel that went through is found by reading the payment, never sent twice', async () => {
    const uid = await paidSale(12_000, 0);
    await setFaults(sandbox.url, { path: '/payments/cancel', commitThenDrop: true, count: 1 });
    const result = await service().refund({ merchantUid: uid, amount: 12_000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 });
    expect(result.outcome).toBe('refunded');
    expect(result.quote.payment.status).toBe('cancelled');
    expect(await portOneCancels(uid)).toEqual([12_000]);
    await clearFaults(sandbox.url);
  });

  it('an unanswered cancel that never happened stays "checking" (no second refund), then is settled as not refunded', async () => {
    const uid = await paidSale(12_000, 0);
    await setFaults(sandbox.url, { path: '/payments/cancel', status: 503, count: 1 });
    const refunds = service();
    const result = await refunds.refund({ merchantUid: uid, amount: 4000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 });
    expect(result.outcome).toBe('unknown');
    expect(result.quote.checking).toBe(true);
    await expect(refunds.refund({ merchantUid: uid, amount: 4000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 })).rejects.toMatchObject({ code: 'conflict' });

    steady += 10_000; // past the grace period, on the clock that cannot jump
    await refunds.refresh(uid);
    expect(refunds.quote(uid)).toMatchObject({ checking: false, refundable: 12_000 });
    expect(await portOneCancels(uid)).toEqual([]);
  });

  it.each([2 * HOUR, -2 * HOUR])('a wall-clock step of %d ms changes nothing: an unanswered cancel stays "checking" until the grace passes on the steady clock', async (step) => {
    const uid = await paidSale(12_000, 0);
    await setFaults(sandbox.url, { path: '/payments/cancel', status: 503, count: 1 });
    const refunds = service();
    expect((await refunds.refund({ merchantUid: uid, amount: 4000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 })).outcome).toBe('unknown');

    clock += step;
    await refunds.refresh(uid);
    expect(refunds.quote(uid).checking).toBe(true);
    steady += 1_000;
    await refunds.refresh(uid);
    expect(refunds.quote(uid)).toMatchObject({ checking: false, refundable: 12_000 });
  });

  it('after a restart the grace starts again: a cancel left unanswered hours ago (wall clock) is "checking" at first', async () => {
    const uid = await paidSale(12_000, 0);
    await setFaults(sandbox.url, { path: '/payments/cancel', status: 503, count: 1 });
    expect((await service().refund({ merchantUid: uid, amount: 4000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 })).outcome).toBe('unknown');
    clock += 3 * HOUR;
    const restarted = service();
    await restarted.recoverPending();
    expect(restarted.quote(uid).checking).toBe(true);
    steady += 1_000;
    await restarted.recoverPending();
    expect(restarted.quote(uid)).toMatchObject({ checking: false, refundable: 12_000 });
    expect(await portOneCancels(uid)).toEqual([]);
  });

  it('a crash between "refund done" and the payment\'s new balance leaves neither: start-up recovery then finds the cancel', async () => {
    const uid = await paidSale(12_000, 0);
    // The process dies while writing the payment's new balance (after the refund row was marked).
    const settle = ledger.settle.bind(ledger);
    ledger.settle = (...args) => {
      if (args[3].type === 'refund') throw new Error('killed mid-write');
      settle(...args);
    };
    await expect(service().refund({ merchantUid: uid, amount: 5_000, taxFree: 0, reason: '취소', expectedRefundable: 12_000 })).rejects.toThrow('killed mid-write');
    ledger.settle = settle;
    const restarted = service();
    expect(restarted.quote(uid).checking).toBe(true);
    await restarted.recoverPending();
    expect(restarted.quote(uid)).toMatchObject({ checking: false, refundable: 7_000, payment: { cancelAmount: 5_000 } });
    expect(await portOneCancels(uid)).toEqual([5000]);
  });

  it('a cashier is refused; a manager PIN approves, and the refund is recorded under the manager', async () => {
    access = new CashierAtTill();
    const uid = await paidSale(5000, 0);
    const refunds = service();
    const input = { merchantUid: uid, amount: 5000, taxFree: 0, reason: '불량', expectedRefundable: 5000 };
    await expect(refunds.refund(input)).rejects.toMatchObject({ code: 'forbidden', field: 'approval' });
    await expect(refunds.refund({ ...input, approval: { requestId: `ar_${'0'.repeat(24)}`, cashierId: 'm1', pin: '1111' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await portOneCancels(uid)).toEqual([]);

    const approved = await refunds.refund({ ...input, approval: { requestId: `ar_${'0'.repeat(24)}`, cashierId: 'm1', pin: MANAGER_PIN } });
    expect(approved.outcome).toBe('refunded');
    expect(audit).toEqual([expect.objectContaining({ action: 'refund', actor: expect.objectContaining({ name: 'manager-lee' }) })]);
    expect(ledger.detail(uid)?.events.find((e) => e.type === 'refund_requested')?.detail).toContain('manager-lee');
  });

  it('bad splits name the field; a balance other than the one shown is a conflict; nothing is sent', async () => {
    const uid = await paidSale(11_000, 1000);
    const refunds = service();
    const base = { merchantUid: uid, reason: 'x', expectedRefundable: 11_000 };
    await expect(refunds.refund({ ...base, amount: 11_001, taxFree: 0 })).rejects.toMatchObject({ code: 'invalid_input', field: 'amount' });
    await expect(refunds.refund({ ...base, amount: 500, taxFree: 600 })).rejects.toMatchObject({ code: 'invalid_input', field: 'taxFree' });
    await expect(refunds.refund({ ...base, amount: 11_000, taxFree: 0 })).rejects.toMatchObject({ code: 'invalid_input', field: 'taxFree' });
    await expect(refunds.refund({ ...base, amount: 100, taxFree: 0, expectedRefundable: 9000 })).rejects.toMatchObject({ code: 'conflict' });
    expect(await portOneCancels(uid)).toEqual([]);
  });

  it('a payment that was not approved has nothing refundable and cannot be refunded', async () => {
    const uid = 'rf-declined';
    ledger.insertIntent({
      merchantUid: uid, attemptId: null, kind: 'keyed', amount: 9000, taxFree: 0, orderName: 'x', buyerName: '', cardQuota: 0,
      cardNumberMasked: null, cashier: 'c', sandbox: true, apiEnv: 'sandbox', at: clock, requestSentAt: clock,
    });
    ledger.mark(uid, { status: 'failed', failReason: 'declined', reasonCode: 'declined' }, clock, { type: 'outcome', note: { code: 'rejected', params: { rejection: 'declined' } } });
    const refunds = service();
    expect(refunds.quote(uid)).toMatchObject({ refundable: 0, taxFreeLeft: 0 });
    await expect(refunds.refund({ merchantUid: uid, amount: 9000, taxFree: 0, reason: 'x', expectedRefundable: 0 })).rejects.toMatchObject({ code: 'conflict' });
  });
});
