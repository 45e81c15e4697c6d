import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import { APPROVAL_TTL_MS } from '../../main/auth/approval-requests';
import { approvalSubject } from '../../main/auth/approval-subject';
import { approvalRequest, authFixture } from './support';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

type Fixture = ReturnType<typeof authFixture>;

describe('approvals bound to one action (issue 13, finding 6)', () => {
  let f: Fixture;
  let managerId = '';
  let cashierId = '';
  let otherCashierId = '';
  beforeEach(async () => {
    f = authFixture();
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    managerId = (await f.access.createCashier({ name: '점장', role: 'manager', pin: MANAGER_PIN })).id;
    cashierId = (await f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN })).id;
    otherCashierId = (await f.access.createCashier({ name: '알바2', role: 'cashier', pin: '4444' })).id;
    await f.access.signIn(cashierId, CASHIER_PIN);
  });
  afterEach(() => f.close());

  const refund = (merchantUid: string, amount: number) => approvalSubject('refund', { merchantUid, amount, reason: 'x' });
  /** A refund call as the session guard runs it: authorised as what it is. */
  const call = (subject: ReturnType<typeof refund>, requestId?: string, pin = MANAGER_PIN) =>
    f.access.withSubject(subject, () => f.access.authorize('manager', requestId ? { requestId, cashierId: managerId, pin } : undefined));

  it('the refusal names the action and its key values; the request approves exactly that call', async () => {
    const refused = await call(refund('pos-1', 5_000)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).params).toMatchObject({ action: 'refund', amount: 5_000, payment: 'pos-1', requestId: expect.stringMatching(/^ar_/) });
    const requestId = String((refused as AppError).params?.requestId);
    await expect(call(refund('pos-1', 5_000), requestId)).resolves.toMatchObject({ id: managerId });
    const approvals = [...f.audit.entries()].filter((e) => e.action === 'approval');
    expect(JSON.parse(approvals[0]?.detail ?? '{}')).toMatchObject({ action: 'refund', amount: 5_000, payment: 'pos-1' });
  });

  it("the review's reproduction: the PIN approval for one refund is not a reusable PIN for another, nor for the same one twice", async () => {
    const requestId = await approvalRequest(call(refund('pos-1', 5_000)));
    // Spent on a bigger refund of another payment: refused, and the request is gone.
    await expect(call(refund('pos-2', 500_000), requestId)).rejects.toMatchObject({ field: 'approval', reason: 'auth.approval_stale' });
    await expect(call(refund('pos-1', 5_000), requestId)).rejects.toMatchObject({ reason: 'auth.approval_stale' });

    const again = await approvalRequest(call(refund('pos-1', 5_000)));
    await call(refund('pos-1', 5_000), again);
    await expect(call(refund('pos-1', 5_000), again)).rejects.toMatchObject({ reason: 'auth.approval_stale' });
  });

  it('a request lasts a short time only, and only for the session that asked', async () => {
    const old = await approvalRequest(call(refund('pos-1', 5_000)));
    f.clock.now += APPROVAL_TTL_MS;
    await expect(call(refund('pos-1', 5_000), old)).rejects.toMatchObject({ reason: 'auth.approval_stale' });

    const mine = await approvalRequest(call(refund('pos-1', 5_000)));
    await f.access.signIn(otherCashierId, '4444');
    await expect(call(refund('pos-1', 5_000), mine)).rejects.toMatchObject({ reason: 'auth.approval_stale' });
  });

  it('a wrong PIN spends the request but the refusal carries a fresh one for the same call (issue 19: the dialog stays open)', async () => {
    const first = await approvalRequest(call(refund('pos-1', 5_000)));
    const wrong = await call(refund('pos-1', 5_000), first, '999999').catch((e: unknown) => e);
    expect(wrong).toMatchObject({ field: 'approval', reason: 'auth.wrong_pin', params: { action: 'refund', amount: 5_000, payment: 'pos-1' } });
    const fresh = String((wrong as AppError).params?.requestId);
    expect(fresh).toMatch(/^ar_/);
    expect(fresh).not.toBe(first);
    // The fresh request approves this same call with the right PIN, once.
    await expect(call(refund('pos-1', 5_000), fresh)).resolves.toMatchObject({ id: managerId });
    await expect(call(refund('pos-1', 5_000), fresh)).rejects.toMatchObject({ reason: 'auth.approval_stale' });
  });
});
