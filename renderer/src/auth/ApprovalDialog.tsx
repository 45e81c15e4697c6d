import { useState } from 'react';
import type { ManagerApproval } from '../../../contract/schemas';
import { FormError } from '../components/FormMessage';
import { ModalDialog } from '../components/ModalDialog';
import { useMessages, useT } from '../i18n/useT';
import { AccountSelect } from './AccountSelect';
import { authMessages } from './messages';
import { PinField } from './PinField';
import { useAuth } from './store';

interface Props {
  /** Disables the button while the approved request is being sent. */
  busy?: boolean;
  /** An error from the last try (wrong PIN…), shown in the dialog. */
  error?: string | null;
  onApprove(approval: ManagerApproval): void;
  onCancel(): void;
}

/**
 * A manager (or the owner) approves one action on the cashier's screen: pick who approves, type
 * their PIN. The PIN goes with that one request and is cleared right after; it is never stored.
 * Usable directly, or through `withApproval()` (store.ts) which opens it when main asks.
 */
export function ApprovalDialog({ busy, error, onApprove, onCancel }: Props) {
  const t = useT();
  const m = useMessages(authMessages);
  const approvers = (useAuth((s) => s.status)?.accounts ?? []).filter((a) => a.role !== 'cashier');
  const [cashierId, setCashierId] = useState(approvers[0]?.id ?? '');
  const [pin, setPin] = useState('');
  return (
    <ModalDialog className="dialog approval-dialog" labelledBy="approval-title" onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onApprove({ cashierId, pin });
          setPin('');
        }}
      >
        <h2 id="approval-title">{m('approvalTitle')}</h2>
        <p>{m('approvalText')}</p>
        {approvers.length === 0 ? (
          <p role="alert">{m('noApprover')}</p>
        ) : (
          <AccountSelect id="approval-who" label={m('approver')} accounts={approvers} value={cashierId} onChange={setCashierId} />
        )}
        <PinField id="approval-pin" label={m('approverPin')} value={pin} onChange={setPin} autoFocus />
        <FormError error={error} />
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy || cashierId === '' || pin.length < 4}>
            {m('approve')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Mounted once (AuthGate): shows the dialog whenever `withApproval()` asks for one. */
export function ApprovalHost() {
  const pending = useAuth((s) => s.pending);
  const answer = useAuth((s) => s.answer);
  if (!pending) return null;
  return <ApprovalDialog onApprove={(approval) => answer(approval)} onCancel={() => answer(null)} />;
}
