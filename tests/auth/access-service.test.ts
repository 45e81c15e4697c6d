import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import { SINGLE_USER_OWNER } from '../../main/auth/access';
import { approvalRequest, authFixture } from './support';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

type Fixture = ReturnType<typeof authFixture>;

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('access control with cashier accounts', () => {
  let f: Fixture;
  beforeEach(() => {
    f = authFixture();
  });
  afterEach(() => f.close());

  async function threeAccounts() {
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const manager = await f.access.createCashier({ name: '점장', role: 'manager', pin: MANAGER_PIN });
    const cashier = await f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN });
    return { owner, manager, cashier };
  }

  it('single-user mode: the owner is signed in, everything is allowed, nothing locks', async () => {
    expect(f.access.status()).toMatchObject({ mode: 'single_user', locked: false, actor: SINGLE_USER_OWNER });
    f.clock.now += 24 * 3600_000;
    await expect(f.access.authorize('owner')).resolves.toEqual(SINGLE_USER_OWNER);
    expect(f.access.current()).toEqual(SINGLE_USER_OWNER);
  });

  it('the first account must be the owner, and it is signed in at once', async () => {
    const error = await refusal(f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'role' });
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    expect(f.access.status()).toMatchObject({ mode: 'accounts', actor: { id: owner.id, role: 'owner' }, locked: false });
  });

  it('stores the PIN as a salted scrypt hash, never the PIN', async () => {
    await threeAccounts();
    const rows = f.ledger.database.prepare('SELECT * FROM cashiers').all() as { pin_hash: Buffer; pin_salt: Buffer }[];
    expect(rows).toHaveLength(3);
    const salts = new Set(rows.map((r) => r.pin_salt.toString('hex')));
    expect(salts.size).toBe(3);
    for (const row of rows) {
      expect(row.pin_hash).toHaveLength(32);
      expect(JSON.stringify(row)).not.toMatch(/1111|2222|3333/);
    }
  });

  it('after sign-out nothing is allowed until someone signs in; a cashier is refused manager work', async () => {
    const { cashier } = await threeAccounts();
    f.access.signOut();
    expect(await refusal(f.access.authorize('cashier'))).toMatchObject({ code: 'forbidden', field: 'session' });
    await f.access.signIn(cashier.id, CASHIER_PIN);
    await expect(f.access.authorize('cashier')).resolves.toMatchObject({ id: cashier.id });
    expect(await refusal(f.access.authorize('manager'))).toMatchObject({ code: 'forbidden', field: 'approval' });
  });

  it("a manager's PIN approves one action, recorded under the manager; a cashier's PIN cannot approve", async () => {
    const { manager, cashier } = await threeAccounts();
    await f.access.signIn(cashier.id, CASHIER_PIN);
    const ask = (role: 'manager' | 'owner' = 'manager') => approvalRequest(f.access.authorize(role));
    await expect(f.access.authorize('manager', { requestId: await ask(), cashierId: manager.id, pin: MANAGER_PIN })).resolves.toMatchObject({ id: manager.id });
    // Approval is per request: the next call without it is refused again.
    expect(await refusal(f.access.authorize('manager'))).toMatchObject({ field: 'approval' });
    expect(await refusal(f.access.authorize('manager', { requestId: await ask(), cashierId: manager.id, pin: '9999' }))).toMatchObject({ field: 'approval' });
    expect(await refusal(f.access.authorize('manager', { requestId: await ask(), cashierId: cashier.id, pin: CASHIER_PIN }))).toMatchObject({ field: 'approval' });
    expect(await refusal(f.access.authorize('owner', { requestId: await ask('owner'), cashierId: manager.id, pin: MANAGER_PIN }))).toMatchObject({ field: 'approval' });
    const actions = [...f.audit.entries()].map((e) => e.action);
    expect(actions.filter((a) => a === 'approval')).toHaveLength(1);
  });

  it('locks after the idle time: privileged calls refused until the PIN is entered again', async () => {
    const { cashier } = await threeAccounts();
    await f.access.setIdleLock(60);
    await f.access.signIn(cashier.id, CASHIER_PIN);
    f.clock.now += 59_000;
    f.access.touch();
    f.clock.now += 59_000;
    await expect(f.access.authorize('cashier')).resolves.toMatchObject({ id: cashier.id });
    f.clock.now += 60_000;
    expect(f.access.status().locked).toBe(true);
    expect(await refusal(f.access.authorize('cashier'))).toMatchObject({ code: 'forbidden', field: 'session' });
    // Activity after the lock does not unlock it; only a PIN does.
    f.access.touch();
    expect(f.access.status().locked).toBe(true);
    await f.access.signIn(cashier.id, CASHIER_PIN);
    await expect(f.access.authorize('cashier')).resolves.toMatchObject({ id: cashier.id });
  });

  it('idle lock 0 never locks; lockTill locks at once', async () => {
    const { cashier } = await threeAccounts();
    await f.access.setIdleLock(0);
    await f.access.signIn(cashier.id, CASHIER_PIN);
    f.clock.now += 10 * 3600_000;
    await expect(f.access.authorize('cashier')).resolves.toBeTruthy();
    f.access.lock();
    expect(await refusal(f.access.authorize('cashier'))).toMatchObject({ field: 'session' });
  });

  it('blocks an account after 5 wrong PINs, doubling the wait, and audits every failure (never the PIN)', async () => {
    const { cashier } = await threeAccounts();
    f.access.signOut();
    for (let i = 1; i <= 4; i++) expect((await refusal(f.access.signIn(cashier.id, '0000'))).message).toBe('Wrong PIN. Try again.');
    expect((await refusal(f.access.signIn(cashier.id, '0000'))).message).toMatch(/blocked for 30 s/);
    // Even the right PIN is refused while blocked.
    expect((await refusal(f.access.signIn(cashier.id, CASHIER_PIN))).message).toMatch(/Try again in 30 s/);
    f.clock.now += 30_000;
    expect((await refusal(f.access.signIn(cashier.id, '0000'))).message).toMatch(/blocked for 60 s/);
    f.clock.now += 60_000;
    await f.access.signIn(cashier.id, CASHIER_PIN);
    expect(f.accounts.get(cashier.id)).toMatchObject({ failedAttempts: 0, blockedUntil: 0 });
    const failures = [...f.audit.entries()].filter((e) => e.action === 'sign_in_failed');
    expect(failures).toHaveLength(6);
    expect(failures.map((e) => e.detail).join()).not.toMatch(/0000|3333/);
  });

  it('keeps at least one active owner, and managers may not create owners', async () => {
    const { owner, manager } = await threeAccounts();
    expect(await refusal(f.access.updateCashier({ id: owner.id, active: false }))).toMatchObject({ code: 'conflict' });
    await f.access.signIn(manager.id, MANAGER_PIN);
    expect(await refusal(f.access.createCashier({ name: '사장2', role: 'owner', pin: '444444' }))).toMatchObject({ field: 'approval' });
    await expect(f.access.createCashier({ name: '알바2', role: 'cashier', pin: '5555' })).resolves.toMatchObject({ role: 'cashier' });
    expect(await refusal(f.access.createCashier({ name: '알바2', role: 'cashier', pin: '5555' }))).toMatchObject({ field: 'name' });
  });

  it('a disabled account cannot sign in', async () => {
    const { cashier } = await threeAccounts();
    await f.access.updateCashier({ id: cashier.id, active: false });
    expect(await refusal(f.access.signIn(cashier.id, CASHIER_PIN))).toMatchObject({ code: 'forbidden' });
    expect(f.access.status().accounts.map((a) => a.id)).not.toContain(cashier.id);
  });
});
