import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../contract/channels';
import { requireSession } from '../../main/auth/session-guard';
import type { CallContext, Handlers } from '../../main/ipc/handlers';
import { fakeHandlers, validRequests } from '../ipc/fake-handlers';
import { authFixture } from './support';

const CTX: CallContext = { transport: 'http', origin: 'http://127.0.0.1' };
const OPEN = ['authStatus', 'signIn', 'signOut', 'lockTill', 'touchSession', 'getSettings', 'getPayment', 'refreshPayment', 'windowPaymentState'];

type Loose = Record<string, (request: unknown, ctx: CallContext) => Promise<unknown>>;
const call = (handlers: Handlers, method: Method) => (handlers as unknown as Loose)[method]?.(validRequests[method], CTX);

describe('session guard in front of every handler', () => {
  let f: ReturnType<typeof authFixture>;
  let guarded: Handlers;
  let calls: { method: string }[];
  beforeEach(() => {
    f = authFixture();
    const fake = fakeHandlers();
    calls = fake.calls;
    guarded = requireSession(fake.handlers, f.access);
  });
  afterEach(() => f.close());

  it('single-user mode: everything goes through', async () => {
    for (const method of Object.keys(contract) as Method[]) await call(guarded, method);
    expect(calls).toHaveLength(Object.keys(contract).length);
  });

  it('signed out: only the session calls and in-flight follow-ups reach a handler', async () => {
    await f.access.createCashier({ name: '사장', role: 'owner', pin: '1111' });
    f.access.signOut();
    for (const method of Object.keys(contract) as Method[]) {
      const result = call(guarded, method);
      if (OPEN.includes(method)) await result;
      else await expect(result).rejects.toMatchObject({ code: 'forbidden', field: 'session' });
    }
    expect(calls.map((c) => c.method).sort()).toEqual([...OPEN].sort());
  });

  it('locked: a charge is refused; after the PIN it goes through', async () => {
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: '1111' });
    f.access.lock();
    await expect(call(guarded, 'chargeKeyed')).rejects.toMatchObject({ field: 'session' });
    await f.access.signIn(owner.id, '1111');
    await call(guarded, 'chargeKeyed');
    expect(calls.map((c) => c.method)).toEqual(['chargeKeyed']);
  });
});
