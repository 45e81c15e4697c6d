import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerView } from '../../contract/customers';
import type { ScheduleView } from '../../contract/schedules';
import { data, keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

interface Entry {
  actorName: string;
  action: string;
  target: string | null;
  detail: string;
}

const kstDay = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('scheduled payments: who may cancel, and the audit trail', () => {
  let fx: CoreFixture;
  const call: CoreFixture['call'] = (method, request) => fx.call(method, request);

  beforeAll(async () => {
    fx = await startCoreFixture();
  });
  afterAll(() => fx.close());

  it('a cashier schedules and moves a time; cancelling needs a manager; each step is audited', async () => {
    const owner = data<{ id: string }>(await call('createCashier', { name: '사장', role: 'owner', pin: OWNER_PIN }));
    // The owner is signed in once created: adding accounts needs no approval.
    const manager = data<{ id: string }>(await call('createCashier', { name: '점장', role: 'manager', pin: MANAGER_PIN }));
    const cashier = data<{ id: string }>(await call('createCashier', { name: '알바', role: 'cashier', pin: CASHIER_PIN }));
    /** A refusal's single-use approval request (issue 13), approved by that account's PIN. */
    const approvalFor = (refusal: Awaited<ReturnType<typeof call>>, who: { id: string }, pin: string) => ({
      requestId: String(refusal.ok ? '' : refusal.error.params?.requestId),
      cashierId: who.id,
      pin,
    });
    data(await call('signIn', { cashierId: cashier.id, pin: CASHIER_PIN }));

    data(await call('chargeKeyed', keyedRequest({ attemptId: `sched-roles-${Date.now()}`, buyerName: 'Audit Moon', saveCard: { consent: true, name: 'Audit Moon', phone: '', memo: '' } })));
    const customer = data<CustomerView[]>(await call('searchCustomers', { query: 'Audit Moon', limit: 5 }))[0] as CustomerView;
    const made = data<ScheduleView[]>(
      await call('scheduleCharges', {
        customerUid: customer.customerUid,
        start: kstDay(2),
        time: '10:00',
        repeat: { kind: 'weekly', times: 2 },
        amount: 15_000,
        taxFree: 0,
        orderName: '주간 수업',
      }),
    );
    expect(made.map((s) => s.state)).toEqual(['scheduled', 'scheduled']);
    const [first, second] = made as [ScheduleView, ScheduleView];
    data(await call('changeScheduleTime', { merchantUid: first.merchantUid, date: kstDay(3), time: '11:00' }));

    const refused = await call('cancelSchedule', { merchantUid: first.merchantUid });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(data<ScheduleView[]>(await call('customerSchedules', { customerUid: customer.customerUid })).map((s) => s.state)).toEqual(['scheduled', 'scheduled']);
    const cancelled = data<ScheduleView>(await call('cancelSchedule', { merchantUid: first.merchantUid, approval: approvalFor(refused, manager, MANAGER_PIN) }));
    expect(cancelled.state).toBe('revoked');
    expect(await call('cancelCustomerSchedules', { customerUid: customer.customerUid })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const asked = await call('auditPage', { beforeSeq: null, limit: 200 });
    const entries = data<{ entries: Entry[] }>(await call('auditPage', { beforeSeq: null, limit: 200, approval: approvalFor(asked, owner, OWNER_PIN) })).entries;
    expect(entries.find((e) => e.action === 'schedule_created')).toMatchObject({ actorName: '알바', target: first.planId });
    expect(entries.find((e) => e.action === 'schedule_changed' && e.target === first.merchantUid)).toMatchObject({ actorName: '알바' });
    expect(entries.find((e) => e.action === 'schedule_cancelled' && e.target === first.merchantUid)).toMatchObject({ actorName: '점장' });
    expect(entries.some((e) => e.target === second.merchantUid)).toBe(false);
  });
});
