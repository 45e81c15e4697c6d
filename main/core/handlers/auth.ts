import type { AccessService } from '../../auth/access-service';
import type { Handlers } from '../../ipc/handlers';

type AuthHandlers = Pick<
  Handlers,
  'authStatus' | 'signIn' | 'signOut' | 'lockTill' | 'touchSession' | 'setIdleLock' | 'listCashiers' | 'createCashier' | 'updateCashier'
>;

/** Sign-in, lock and cashier accounts. */
export function authHandlers(access: AccessService): AuthHandlers {
  return {
    authStatus: () => Promise.resolve(access.status()),
    signIn: ({ cashierId, pin }) => access.signIn(cashierId, pin),
    signOut: () => Promise.resolve(access.signOut()),
    lockTill: () => Promise.resolve(access.lock()),
    touchSession: () => Promise.resolve(access.touch()),
    setIdleLock: ({ seconds, approval }) => access.setIdleLock(seconds, approval),
    listCashiers: (input) => access.listCashiers(input?.approval),
    createCashier: (input) => access.createCashier(input),
    updateCashier: (input) => access.updateCashier(input),
  };
}
