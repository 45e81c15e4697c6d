import type { Method } from '../../contract/channels';
import type { CallContext, Handlers } from '../ipc/handlers';
import type { AccessControl } from './access';

/**
 * Calls that work with nobody signed in or the till locked: the session itself, the settings view
 * the screen needs to draw, and follow-ups of a payment already in flight (its outcome must keep
 * arriving across a lock). Every other call is refused until a PIN is entered.
 */
const OPEN: ReadonlySet<string> = new Set<Method>([
  'authStatus',
  'signIn',
  'signOut',
  'lockTill',
  'touchSession',
  'getSettings',
  'getPayment',
  'refreshPayment',
  'windowPaymentState',
]);

type AnyHandler = (request: unknown, ctx: CallContext) => Promise<unknown>;

/** Wraps every handler outside OPEN with `authorize('cashier')` (a no-op in single-user mode). */
export function requireSession(handlers: Handlers, access: AccessControl): Handlers {
  const guarded = Object.entries(handlers as Record<string, AnyHandler>).map(([method, handler]): [string, AnyHandler] => [
    method,
    OPEN.has(method)
      ? handler
      : async (request, ctx) => {
          await access.authorize('cashier');
          return handler(request, ctx);
        },
  ]);
  // Same keys, same signatures: only a check runs first.
  return Object.fromEntries(guarded) as Handlers;
}
