import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../contract/channels';
import type { CustomerView } from '../../contract/customers';
import type { Result } from '../../contract/result';
import { createJsonSettingsStore } from '../../main/config/json-settings-store';
import { createMemoryVault } from '../../main/config/memory-vault';
import { createAppCore } from '../../main/core/app-core';
import type { AppCore } from '../../main/core/app-core.types';
import { createRouter } from '../../main/ipc/router';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { keyStatus } from './sandbox-keys';

const CALLER = { ok: true as const, ctx: { transport: 'http' as const, origin: 'http://127.0.0.1' } };
let seq = 0;

function keyedSaving(name: string): Request<'chargeKeyed'> {
  return {
    attemptId: `roles-attempt-${Date.now()}-${(seq += 1)}`,
    amount: 9_000,
    taxFree: 0,
    orderName: 'Phone order',
    buyerName: name,
    buyerTel: '',
    cardNumber: CARD.approve,
    expiry: CARD.expiry,
    ownerType: 'personal',
    birth: CARD.birth,
    pwd2digit: CARD.pwd,
    cardQuota: 0,
    saveCard: { consent: true, name, phone: '', memo: '' },
  };
}

function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

interface Entry {
  actorName: string;
  action: string;
  target: string | null;
  detail: string;
}

describe('card on file: who may remove a card, and the audit trail', () => {
  let sandbox: SandboxHandle;
  let core: AppCore;
  let router: ReturnType<typeof createRouter>;
  const dir = tempDir();
  const call = (method: Parameters<typeof router.callMethod>[0], request: unknown) => router.callMethod(method, request, CALLER);

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    const logger = captureLogger();
    core = await createAppCore({
      dataDir: dir.path,
      settings: createJsonSettingsStore({ filePath: join(dir.path, 'settings.json') }),
      vault: createMemoryVault(),
      logger,
      portoneApiUrl: sandbox.url,
    });
    router = createRouter(core.handlers, logger);
  });
  afterAll(async () => {
    await core.close();
    await sandbox.close();
    dir.cleanup();
  });

  const save = async (name: string): Promise<CustomerView> => {
    data(await call('chargeKeyed', keyedSaving(name)));
    return (data<CustomerView[]>(await call('searchCustomers', { query: name, limit: 5 })))[0] as CustomerView;
  };
  const audit = async (): Promise<Entry[]> => data<{ entries: Entry[] }>(await call('auditPage', { beforeSeq: null, limit: 200, approval: { cashierId: ownerId, pin: '1111' } })).entries;
  let ownerId = '';

  it('records the consent (who, when) and audits card_saved without card data; a cashier cannot remove, a manager’s approval can', async () => {
    const owner = data<{ id: string }>(await call('createCashier', { name: '사장', role: 'owner', pin: '1111' }));
    ownerId = owner.id;
    const approval = { cashierId: owner.id, pin: '1111' };
    const manager = data<{ id: string }>(await call('createCashier', { name: '점장', role: 'manager', pin: '2222', approval }));
    const cashier = data<{ id: string }>(await call('createCashier', { name: '알바', role: 'cashier', pin: '3333', approval }));
    data(await call('signIn', { cashierId: cashier.id, pin: '3333' }));

    const customer = await save('Audit Song');
    expect(customer.consentBy).toBe('알바');
    const saved = (await audit()).find((e) => e.action === 'card_saved' && e.target === customer.customerUid);
    expect(saved).toMatchObject({ actorName: '알바' });
    expect(saved?.detail).toContain(String(customer.consentAt));
    for (const secret of [CARD.approve, CARD.approve.replace(/-/g, ''), CARD.expiry, CARD.birth]) expect(JSON.stringify(await audit())).not.toContain(secret);

    const refused = await call('removeCard', { customerUid: customer.customerUid, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await keyStatus(sandbox.url, customer.customerUid)).toBe(200);

    data(await call('removeCard', { customerUid: customer.customerUid, confirm: true, approval: { cashierId: manager.id, pin: '2222' } }));
    expect(await keyStatus(sandbox.url, customer.customerUid)).toBe(404);
    expect((await audit()).find((e) => e.action === 'card_removed' && e.target === customer.customerUid)).toMatchObject({ actorName: '점장' });
  });
});
