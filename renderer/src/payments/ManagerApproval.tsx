import { useState } from 'react';
import type { ManagerApproval as Approval } from '../../../contract/schemas';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { paymentsMessages } from './messages';

/**
 * A manager approves one action on the cashier's screen: their ID and PIN go with that one
 * request and are cleared right after (never kept in a store).
 */
export function ManagerApproval({ busy, onApprove }: { busy: boolean; onApprove(approval: Approval): void }) {
  const m = useMessages(paymentsMessages);
  const [cashierId, setCashierId] = useState('');
  const [pin, setPin] = useState('');
  return (
    <form
      className="approval"
      aria-label={m('needsManager')}
      onSubmit={(e) => {
        e.preventDefault();
        onApprove({ cashierId: cashierId.trim(), pin });
        setPin('');
      }}
    >
      <p role="alert" className="approval__notice">
        {m('needsManager')}
      </p>
      <div className="field-row">
        <TextField name="managerId" label={m('managerId')} value={cashierId} onChange={setCashierId} maxLength={64} />
        <TextField name="managerPin" label={m('managerPin')} value={pin} onChange={(v) => setPin(v.replace(/\D/g, ''))} type="password" inputMode="numeric" maxLength={8} />
      </div>
      <button type="submit" className="btn btn--primary" disabled={busy || cashierId.trim() === '' || pin.length < 4}>
        {m('approve')}
      </button>
    </form>
  );
}
