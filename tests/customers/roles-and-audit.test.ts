import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../contract/channels';
import type { CustomerView } from '../../contract/customers';
import { CARD } from '../core/support/sandbox';
import { data, keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { keyStatus } from './sandbox-keys';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

let seq = 0;

function keyedSaving(name: string): Request<'chargeKeyed'> {
  return keyedRequest({
    attemptId: `roles-attempt-${Date.now()}-${(seq += 1)}`,
    amount: 9_000,
    buyerName: name,
    buyerTel: '',
    saveCard: { consent: true, name, phone: '', memo: '' },
  });
}

interface Entry {
  actorName: string;
  action: string;
  target: string | null;
  detail: string;
}

describe('card on file: who may remove a card, and the audit trail', () => {
  let fx: CoreFixture;
  const call: CoreFixture['call'] = (method, request) => fx.call(method, request);

  beforeAll(async () => {
    fx = await startCoreFixture();
  });
  afterAll(() => fx.close());

  const save = async (name: string): Promise<CustomerView> => {
    data(await call('chargeKeyed', keyedSaving(name)));
    return (data<CustomerView[]>(await call('searchCustomers', { query: name, limit: 5 })))[0] as CustomerView;
  };
  /** What the screen does: the call, then again with the PIN for the request its refusal carried. */
  const approved = async <R extends Record<string, unknown>>(method: Parameters<CoreFixture['call']>[0], request: R, cashierId: string, pin: string, put = (r: R, approval: object): R => ({ ...r, approval })) => {
    const first = await call(method, request as never);
    const requestId = first.ok ? undefined : first.error.params?.requestId;
    if (typeof requestId !== 'string') return first;
    return call(method, put(request, { requestId, cashierId, pin }) as never);
  };
  const audit = async (): Promise<Entry[]> => data<{ entries: Entry[] }>(await approved('auditPage', { beforeSeq: null, limit: 200 }, ownerId, OWNER_PIN)).entries;
  let ownerId = '';

  it('records the consent (who, when) and audits card_saved without card data; a cashier cannot remove, a manager’s approval can', async () => {
    const owner = data<{ id: string }>(await call('createCashier', { name: '사장', role: 'owner', pin: OWNER_PIN }));
    ownerId = owner.id;
    // The first account (the owner) is signed in at once and adds the others itself.
    const manager = data<{ id: string }>(await call('createCashier', { name: '점장', role: 'manager', pin: MANAGER_PIN }));
    const cashier = data<{ id: string }>(await call('createCashier', { name: '알바', role: 'cashier', pin: CASHIER_PIN }));
    data(await call('signIn', { cashierId: cashier.id, pin: CASHIER_PIN }));

    const customer = await save('Audit Song');
    expect(customer.consentBy).toBe('알바');
    const saved = (await audit()).find((e) => e.action === 'card_saved' && e.target === customer.customerUid);
    expect(saved).toMatchObject({ actorName: '알바' });
    expect(saved?.detail).toContain(String(customer.consentAt));
    for (const secret of [CARD.approve, CARD.approve.replace(/-/g, ''), CARD.expiry, CARD.birth]) expect(JSON.stringify(await audit())).not.toContain(secret);

    const refused = await call('removeCard', { customerUid: customer.customerUid, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await keyStatus(fx.sandbox.url, customer.customerUid)).toBe(200);

    data(await approved('removeCard', { customerUid: customer.customerUid, confirm: true }, manager.id, MANAGER_PIN));
    expect(await keyStatus(fx.sandbox.url, customer.customerUid)).toBe(404);
    expect((await audit()).find((e) => e.action === 'card_removed' && e.target === customer.customerUid)).toMatchObject({ actorName: '점장' });
  });

  it("the review's reproduction: a cashier's ₩1,000 sale cannot delete another customer's card, nor replace a card without a manager", async () => {
    const manager = data<{ id: string; role: string }[]>(await approved('listCashiers', {}, ownerId, OWNER_PIN)).find((c) => c.role === 'manager');
    const victim = await save('Victim Han');
    const mine = await save('Own Lee');
    const charges = (await call('recentPayments', { limit: 100 })) as { ok: true; data: unknown[] };
    const before = charges.data.length;
    const replacing = (name: string, replaces: string) => ({
      ...keyedSaving(name),
      amount: 1_000,
      saveCard: { consent: true as const, name, phone: '', memo: '', replaces },
    });

    const other = await call('chargeKeyed', replacing('Own Lee', victim.customerUid));
    expect(other).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'saveCard.replaces', reason: 'customers.replaces_other_customer' } });
    const unapproved = await call('chargeKeyed', replacing('Own Lee', mine.customerUid));
    expect(unapproved).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'approval' } });
    expect(((await call('recentPayments', { limit: 100 })) as { ok: true; data: unknown[] }).data).toHaveLength(before);
    expect(await keyStatus(fx.sandbox.url, victim.customerUid)).toBe(200);
    expect(await keyStatus(fx.sandbox.url, mine.customerUid)).toBe(200);

    expect(manager).toBeDefined();
    const intoSaveCard = (r: ReturnType<typeof replacing>, approval: object) => ({ ...r, saveCard: { ...r.saveCard, approval } });
    data(await approved('chargeKeyed', replacing('Own Lee', mine.customerUid), manager?.id ?? '', MANAGER_PIN, intoSaveCard));
    expect(await keyStatus(fx.sandbox.url, mine.customerUid)).toBe(404);
    expect(await keyStatus(fx.sandbox.url, victim.customerUid)).toBe(200);
  });
});
