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
 * Signs every call outside OPEN in once (refused while signed out or locked; single-user mode
 * always passes): services read that actor with `access.caller()`. The call also runs with its
 * approval subject (method and key values) so an approval a service asks for names exactly it.
 */
export function requireSession(handlers: Handlers, access: AccessControl & ApprovalScope): Handlers {
  const guarded = Object.entries(handlers as Record<string, AnyHandler>).map(([method, handler]): [string, AnyHandler] => [
    method,
    OPEN.has(method)
      ? handler
      : (request, ctx) =>
          access.signedIn(approvalSubject(method, request), () => handler(request, ctx)),
  ]);
  // Same keys, same signatures: only the sign-in runs first.
  return Object.fromEntries(guarded) as Handlers;
}
