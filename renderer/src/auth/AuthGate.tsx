import { useEffect } from 'react';
import type { AuthStatus } from '../../../contract/auth';
import type { Result } from '../../../contract/result';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { ApprovalHost } from './ApprovalDialog';
import { authMessages } from './messages';
import { SignInDialog } from './SignInDialog';
import { useAuth } from './store';
import { useIdleLock } from './useIdleLock';
import './auth.css';

const STATUS_EVERY_MS = 30_000;

/**
 * Who is at the till: the signed-in name with lock / sign-out, the sign-in or lock screen when
 * nobody is (accounts mode only), the idle lock and the shared manager-approval dialog.
 */
export function AuthGate() {
  const m = useMessages(authMessages);
  const status = useAuth((s) => s.status);
  const setStatus = useAuth((s) => s.set);
  const refresh = useAuth((s) => s.refresh);
  useIdleLock();

  const accountsMode = status?.mode === 'accounts';
  useEffect(() => {
    void refresh();
    if (!accountsMode) return undefined;
    // Main also locks on its own clock (and an account may be changed elsewhere): look now and then.
    const timer = window.setInterval(() => void refresh(), STATUS_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [refresh, accountsMode]);

  if (!status) return null;
  const accounts = status.mode === 'accounts';
  const blocked = accounts && (status.actor === null || status.locked);
  const signedInAs = status.actor ? m('signedInAs', { name: status.actor.name, role: m(`role.${status.actor.role}`) }) : '';
  const act = (answer: Promise<Result<AuthStatus>>) => void answer.then((res) => res.ok && setStatus(res.data));

  return (
    <>
      {accounts && status.actor && (
        <div className="session-bar" aria-label={m('who')} role="group">
          <span className="session-bar__name" title={signedInAs}>
            {signedInAs}
          </span>
          <button type="button" className="btn btn--small" onClick={() => act(pos().lockTill(undefined))}>
            {m('lock')}
          </button>
          <button type="button" className="btn btn--small" onClick={() => act(pos().signOut(undefined))}>
            {m('signOut')}
          </button>
        </div>
      )}
      {blocked && <SignInDialog key={`${status.actor?.id ?? 'none'}-${String(status.locked)}`} status={status} />}
      {!blocked && <ApprovalHost />}
    </>
  );
}
