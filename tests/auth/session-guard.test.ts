import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Method } from '../../contract/channels';
import { requireSession } from '../../main/auth/session-guard';
import type { CallContext, Handlers } from '../../main/ipc/handlers';
import { fakeHandlers, validRequests } from '../ipc/fake-handlers';
import { CASHIER_PIN, OWNER_PIN } from '../support/pins';
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
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    f.access.signOut();
    for (const method of Object.keys(contract) as Method[]) {
      const result = call(guarded, method);
      if (OPEN.includes(method)) await result;
      else await expect(result).rejects.toMatchObject({ code: 'forbidden', field: 'session' });
    }
    expect(calls.map((c) => c.method).sort()).toEqual([...OPEN].sort());
  });

  it('locked: a charge is refused; after the PIN it goes through', async () => {
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    f.access.lock();
    await expect(call(guarded, 'chargeKeyed')).rejects.toMatchObject({ field: 'session' });
    await f.access.signIn(owner.id, OWNER_PIN);
    await call(guarded, 'chargeKeyed');
    expect(calls.map((c) => c.method)).toEqual(['chargeKeyed']);
  });

  it('a service reads the caller the guard signed in, even if the till locks or the cashier changes meanwhile', async () => {
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const cashier = await f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN });
    await f.access.signIn(cashier.id, CASHIER_PIN);
    let release: () => void = () => undefined;
    const midway = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const handlers = {
      ...fakeHandlers().handlers,
      chargeKeyed: async () => {
        seen.push(f.access.caller().id);
        await midway;
        seen.push(f.access.caller().id);
        return { merchantUid: 'pos-1' };
      },
    } as unknown as Handlers;
    const pending = call(requireSession(handlers, f.access), 'chargeKeyed');
    f.access.lock();
    await f.access.signIn(owner.id, OWNER_PIN);
    release();
    await pending;
    expect(seen).toEqual([cashier.id, cashier.id]);
  });

  it('outside a guarded call, caller() makes the sign-in check itself', async () => {
    expect(f.access.caller().role).toBe('owner');
    const owner = await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    expect(f.access.caller().id).toBe(owner.id);
    f.access.lock();
    expect(() => f.access.caller()).toThrow(expect.objectContaining({ code: 'forbidden', reason: 'auth.locked' }) as Error);
    f.access.signOut();
    expect(() => f.access.caller()).toThrow(expect.objectContaining({ reason: 'auth.sign_in_required' }) as Error);
  });

  it('an unsigned call never reaches its handler, so its service cannot read a caller', async () => {
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    f.access.signOut();
    let reached = false;
    const handlers = { ...fakeHandlers().handlers, openDay: () => ((reached = true), Promise.resolve(f.access.caller())) } as unknown as Handlers;
    await expect(call(requireSession(handlers, f.access), 'openDay')).rejects.toMatchObject({ code: 'forbidden', field: 'session' });
    expect(reached).toBe(false);
  });
});
