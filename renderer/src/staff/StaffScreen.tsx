import { useCallback, useEffect, useState } from 'react';
import type { CashierView } from '../../../contract/auth';
import type { ErrorInfo } from '../../../contract/result';
import { useErrorText } from '../kernel/errors';
import { AuditPanel } from '../audit/AuditPanel';
import { useAuth, withApproval } from '../auth/store';
import { DataTable } from '../components/DataTable';
import { FormError } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { IdleLockSetting } from './IdleLockSetting';
import { staffMessages } from './messages';
import { NewAccountForm } from './NewAccountForm';
import { PinReset } from './PinReset';

type Loaded = { ok: true; list: CashierView[] } | { ok: false; error: ErrorInfo };

const fetchList = async (): Promise<Loaded> => {
  const res = await withApproval((approval) => pos().listCashiers(approval ? { approval } : undefined));
  return res.ok ? { ok: true, list: res.data } : { ok: false, error: res.error };
};

/** Staff accounts (managers and owners), the idle lock, and the audit log (owner). */
export function StaffScreen() {
  const errorText = useErrorText();
  const m = useMessages(staffMessages);
  const status = useAuth((s) => s.status);
  const refreshAuth = useAuth((s) => s.refresh);
  const [list, setList] = useState<CashierView[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const single = status?.mode === 'single_user';

  const apply = useCallback(
    (loaded: Loaded) => {
      if (loaded.ok) setList(loaded.list);
      else setError(errorText(loaded.error));
    },
    [errorText],
  );

  const actorId = status?.actor?.id ?? null;
  // A cashier sees the list only after a manager approves; managers and owners see it at once.
  const manages = status?.actor?.role === 'manager' || status?.actor?.role === 'owner';
  useEffect(() => {
    if (single || actorId === null || !manages) return undefined;
    let live = true;
    void fetchList().then((loaded) => live && apply(loaded));
    return () => {
      live = false;
    };
  }, [single, actorId, manages, apply]);

  // The notice is shown with the list it speaks of (the new account in it), not before.
  const changed = async (text: string) => {
    setError(null);
    await refreshAuth();
    if (!single) apply(await fetchList());
    setNotice(text);
  };

  const toggle = async (c: CashierView) => {
    const res = await withApproval((approval) => pos().updateCashier({ id: c.id, active: !c.active, ...(approval ? { approval } : {}) }));
    if (!res.ok) return setError(errorText(res.error));
    await changed(m('updated', { name: res.data.name }));
  };

  return (
    <section className="staff" aria-labelledby="staff-title">
      <header className="screen-header">
        <h1 id="staff-title">{m('title')}</h1>
      </header>
      <div role="status">{notice && <p className="ok-text">{notice}</p>}</div>
      <FormError error={error} />
      {single && <p>{m('singleUser')}</p>}
      {!single && !list && (
        <button type="button" className="btn" onClick={() => void fetchList().then(apply)}>
          {m('showAccounts')}
        </button>
      )}
      {!single && list && (
        <DataTable
          aria-label={m('accounts')}
          columns={[
            { label: m('col.name') },
            { label: m('col.role') },
            { label: m('col.state') },
            { label: null },
          ]}
        >
          {list.map((c) => (
            <tr key={c.id}>
              <td>{c.name}</td>
              <td>{m(`role.${c.role}`)}</td>
              <td>{c.blocked ? m('blocked') : c.active ? m('active') : m('inactive')}</td>
              <td>
                <button type="button" className="btn btn--small" aria-label={`${c.active ? m('disable') : m('enable')}: ${c.name}`} onClick={() => void toggle(c)}>
                  {c.active ? m('disable') : m('enable')}
                </button>{' '}
                <PinReset cashier={c} onDone={(text) => void changed(text)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <NewAccountForm key={single ? 'owner' : 'staff'} ownerOnly={single} onCreated={(name) => void changed(m('created', { name }))} />
      {!single && status && <IdleLockSetting seconds={status.idleLockSeconds} />}
      {!single && <AuditPanel />}
    </section>
  );
}
