import { useState } from 'react';
import type { AuthStatus } from '../../../contract/auth';
import { useErrorText } from '../kernel/errors';
import { FormError } from '../components/FormMessage';
import { ModalDialog } from '../components/ModalDialog';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { AccountSelect } from './AccountSelect';
import { authMessages } from './messages';
import { PinField } from './PinField';
import { useAuth } from './store';

/**
 * Sign-in and lock screen in one modal: the app stays mounted underneath (a sale in progress is
 * not lost), but nothing behind it can be reached until a PIN is accepted by main.
 */
export function SignInDialog({ status }: { status: AuthStatus }) {
  const errorText = useErrorText();
  const m = useMessages(authMessages);
  const setStatus = useAuth((s) => s.set);
  const lockedActor = status.locked ? status.actor : null;
  const [cashierId, setCashierId] = useState(lockedActor?.id ?? status.accounts[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const res = await pos().signIn({ cashierId, pin });
    setBusy(false);
    setPin('');
    if (res.ok) setStatus(res.data);
    else setError(errorText(res.error));
  };

  const unlocking = lockedActor !== null && cashierId === lockedActor.id;
  return (
    // No onCancel: Esc must not dismiss the lock.
    <ModalDialog className="dialog sign-in" labelledBy="sign-in-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="sign-in-title">{lockedActor ? m('lockedTitle') : m('signInTitle')}</h2>
        {lockedActor && <p>{m('lockedBy', { name: lockedActor.name })}</p>}
        <AccountSelect id="sign-in-who" label={m('who')} accounts={status.accounts} value={cashierId} onChange={setCashierId} />
        <PinField id="sign-in-pin" label={m('pin')} value={pin} onChange={setPin} autoFocus />
        <FormError error={error} />
        <div className="dialog__actions">
          <button type="submit" className="btn btn--primary" disabled={busy || cashierId === '' || pin.length < 4}>
            {unlocking ? m('unlock') : m('signIn')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
