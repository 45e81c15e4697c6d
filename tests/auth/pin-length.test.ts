import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minPinDigits, pinLongEnough } from '../../domain/pin-rules';
import { hashPin } from '../../main/auth/pin-hash';
import { CASHIER_PIN, MANAGER_PIN, OWNER_PIN } from '../support/pins';
import { authFixture, TEST_PIN_COST } from './support';

const TOO_SHORT = { code: 'invalid_input', reason: 'auth.pin_too_short', field: 'pin', params: { min: 6 } };

describe('PIN length by role (issue 13)', () => {
  let f: ReturnType<typeof authFixture>;
  beforeEach(() => {
    f = authFixture();
  });
  afterEach(() => f.close());

  it('the rule: 6 digits for managers and owners, 4 for a cashier', () => {
    expect([minPinDigits('cashier'), minPinDigits('manager'), minPinDigits('owner')]).toEqual([4, 6, 6]);
    expect(pinLongEnough('manager', '12345')).toBe(false);
    expect(pinLongEnough('owner', '123456')).toBe(true);
    expect(pinLongEnough('cashier', '1234')).toBe(true);
  });

  it('an owner or manager with a 4-digit PIN is refused; a cashier may keep 4', async () => {
    await expect(f.access.createCashier({ name: '사장', role: 'owner', pin: '1111' })).rejects.toMatchObject(TOO_SHORT);
    expect(f.accounts.count()).toBe(0);
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    await expect(f.access.createCashier({ name: '점장', role: 'manager', pin: '22222' })).rejects.toMatchObject(TOO_SHORT);
    await expect(f.access.createCashier({ name: '점장', role: 'manager', pin: MANAGER_PIN })).resolves.toMatchObject({ role: 'manager' });
    await expect(f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN })).resolves.toMatchObject({ role: 'cashier' });
  });

  it('an older 4-digit manager PIN keeps working until it is changed, and cannot be changed to another short one', async () => {
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const old = f.accounts.insert({ name: '점장', role: 'manager', pin: await hashPin('2222', f.keys.pepper, TEST_PIN_COST) }, f.clock.now);
    await expect(f.access.signIn(old.id, '2222')).resolves.toMatchObject({ actor: { id: old.id } });
    await expect(f.access.updateCashier({ id: old.id, name: '김점장' })).rejects.toMatchObject({ field: 'approval' });
    await f.access.signIn(f.accounts.all().find((a) => a.role === 'owner')?.id ?? '', OWNER_PIN);
    await expect(f.access.updateCashier({ id: old.id, name: '김점장' })).resolves.toMatchObject({ name: '김점장' });
    await expect(f.access.updateCashier({ id: old.id, pin: '4321' })).rejects.toMatchObject(TOO_SHORT);
    await f.access.updateCashier({ id: old.id, pin: MANAGER_PIN });
    await expect(f.access.signIn(old.id, '2222')).rejects.toMatchObject({ reason: 'auth.wrong_pin' });
    await expect(f.access.signIn(old.id, MANAGER_PIN)).resolves.toMatchObject({ actor: { id: old.id } });
  });

  it('promoting a cashier to manager needs a new PIN of 6 digits', async () => {
    await f.access.createCashier({ name: '사장', role: 'owner', pin: OWNER_PIN });
    const cashier = await f.access.createCashier({ name: '알바', role: 'cashier', pin: CASHIER_PIN });
    await expect(f.access.updateCashier({ id: cashier.id, role: 'manager' })).rejects.toMatchObject(TOO_SHORT);
    await expect(f.access.updateCashier({ id: cashier.id, role: 'manager', pin: '5555' })).rejects.toMatchObject(TOO_SHORT);
    expect(f.accounts.get(cashier.id)?.role).toBe('cashier');
    await expect(f.access.updateCashier({ id: cashier.id, role: 'manager', pin: '555555' })).resolves.toMatchObject({ role: 'manager' });
    await expect(f.access.signIn(cashier.id, '555555')).resolves.toMatchObject({ actor: { role: 'manager' } });
  });
});
