import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import { APPROVAL_TTL_MS } from '../../main/auth/approval-requests';
import { approvalSubject } from '../../main/auth/approval-subject';
import { approvalRequest, authFixture } from './support';

type Fixture = ReturnType<typeof authFixture>;

describe('approvals bound to one action (issue 13, finding 6)', () => {
  let f: Fixture;
  let managerId = '';
  let cashierId = '';
  let otherCashierId = '';
  beforeEach(async () => {
    f = authFixture();
    await f.access.createCashier({ name: '사장', role: 'owner', pin: '1111' });
    managerId = (await f.access.createCashier({ name: '점장', role: 'manager', pin: '2222' })).id;
    cashierId = (await f.access.createCashier({ name: '알바', role: 'cashier', pin: '3333' })).id;
    otherCashierId = (await f.access.createCashier({ name: '알바2', role: 'cashier', pin: '4444' })).id;
    await f.access.signIn(cashierId, '3333');
  });
  afterEach(() => f.close());

  const refund = (merchantUid: string, amount: number) => approvalSubject('refund', { merchantUid, amount, reason: 'x' });
  /** A refund call as the session guard runs it: authorised as what it is. */
  const call = (subject: ReturnType<typeof refund>, requestId?: string, pin = '2222') =>
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
});
