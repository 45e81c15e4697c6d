import type { Method } from '../../contract/channels';
import type { CallContext, Handlers } from '../ipc/handlers';
import type { AccessControl, ApprovalScope } from './access';
import { approvalSubject } from './approval-subject';

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

/**
 * Wraps every handler outside OPEN with `authorize('cashier')` (a no-op in single-user mode), run
 * with the call's approval subject (its method and key values) so an approval a service asks
 * for names exactly this call.
 */
export function requireSession(handlers: Handlers, access: AccessControl & ApprovalScope): Handlers {
  const guarded = Object.entries(handlers as Record<string, AnyHandler>).map(([method, handler]): [string, AnyHandler] => [
    method,
    OPEN.has(method)
      ? handler
      : (request, ctx) =>
          access.withSubject(approvalSubject(method, request), async () => {
            await access.authorize('cashier');
            return handler(request, ctx);
          }),
  ]);
  // Same keys, same signatures: only a check runs first.
  return Object.fromEntries(guarded) as Handlers;
}
