import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/result';
import { FREE_ATTEMPTS } from '../../main/auth/throttle';
import { approvalRequest, authFixture } from './support';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';

type Fixture = ReturnType<typeof authFixture>;

/** Every outcome of a batch of guesses, refusals as their messages. */
async function outcomes(calls: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((s) => (s.status === 'fulfilled' ? 'accepted' : s.reason instanceof AppError ? s.reason.message : String(s.reason)));
}

describe('wrong-PIN back-off under parallel guesses (issue 13, finding 1)', () => {
  let f: Fixture;
  beforeEach(() => {
    f = authFixture();
  });
  afterEach(() => f.close());

  async function accounts() {
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const manager = await f.access.createCashier({ name: '점장', role: 'manager', pin: MANAGER_PIN });
    const cashier = await f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN });
    return { manager, cashier };
  }

  it('1,000 parallel wrong sign-ins: only the free attempts are checked, then the right PIN waits for the back-off', async () => {
    const { cashier } = await accounts();
    const results = await outcomes(Array.from({ length: 1000 }, () => f.access.signIn(cashier.id, '0000')));
    expect(results).not.toContain('accepted');
    expect(results.filter((r) => r.startsWith('Wrong PIN'))).toHaveLength(FREE_ATTEMPTS);
    expect(results.filter((r) => r.startsWith('Too many wrong PINs'))).toHaveLength(1000 - FREE_ATTEMPTS);
    expect(f.accounts.get(cashier.id)).toMatchObject({ failedAttempts: FREE_ATTEMPTS });
    const audited = [...f.audit.entries()].filter((e) => e.action === 'sign_in_failed');
    expect(audited).toHaveLength(FREE_ATTEMPTS);

    expect((await outcomes([f.access.signIn(cashier.id, CASHIER_PIN)]))[0]).toMatch(/Too many wrong PINs/);
    f.clock.now += 30_000;
    await expect(f.access.signIn(cashier.id, CASHIER_PIN)).resolves.toMatchObject({ actor: { id: cashier.id } });
  });

  it('the review reproduction: every 4-digit PIN at once does not find it, and the counter is not lost', async () => {
    const { cashier } = await accounts();
    const guesses = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));
    const results = await outcomes(guesses.map((pin) => f.access.signIn(cashier.id, pin)));
    expect(results.filter((r) => r === 'accepted')).toHaveLength(0);
    expect(f.accounts.get(cashier.id)?.failedAttempts).toBe(FREE_ATTEMPTS);
  });

  it('manager approval is throttled the same way', async () => {
    const { manager, cashier } = await accounts();
    await f.access.signIn(cashier.id, CASHIER_PIN);
    const ask = () => approvalRequest(f.access.authorize('manager'));
    const requests: string[] = [];
    for (let i = 0; i < 1000; i++) requests.push(await ask());
    const results = await outcomes(requests.map((requestId) => f.access.authorize('manager', { requestId, cashierId: manager.id, pin: '9999' })));
    expect(results.filter((r) => r.startsWith('Wrong PIN'))).toHaveLength(FREE_ATTEMPTS);
    expect((await outcomes([f.access.authorize('manager', { requestId: await ask(), cashierId: manager.id, pin: MANAGER_PIN })]))[0]).toMatch(/Too many wrong PINs/);
    f.clock.now += 30_000;
    await expect(f.access.authorize('manager', { requestId: await ask(), cashierId: manager.id, pin: MANAGER_PIN })).resolves.toMatchObject({ id: manager.id });
  });
});
