import { useState } from 'react';
import type { CashierView } from '../../../contract/auth';
import { useErrorText } from '../kernel/errors';
import { withApproval } from '../auth/store';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { staffMessages } from './messages';

/** A manager sets a new PIN for someone who forgot theirs (it also lifts a wrong-PIN block). */
export function PinReset({ cashier, onDone }: { cashier: CashierView; onDone(text: string): void }) {
  const t = useT();
  const errorText = useErrorText();
  const m = useMessages(staffMessages);
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const save = async () => {
    if (!/^\d{4,8}$/.test(pin)) return setError(m('pinFormat'));
    const res = await withApproval((approval) => pos().updateCashier({ id: cashier.id, pin, ...(approval ? { approval } : {}) }));
    setPin('');
    if (!res.ok) return setError(errorText(res.error));
    setOpen(false);
    setError(undefined);
    onDone(m('updated', { name: res.data.name }));
  };

  if (!open) {
    return (
      <button type="button" className="btn btn--small" aria-label={`${m('newPin')}: ${cashier.name}`} onClick={() => setOpen(true)}>
        {m('newPin')}
      </button>
    );
  }
  return (
    <form
      className="staff__pin-reset"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        name={`pin-${cashier.id}`}
        label={`${m('newPin')}: ${cashier.name}`}
        value={pin}
        onChange={(v) => setPin(v.replace(/\D/g, ''))}
        type="password"
        inputMode="numeric"
        maxLength={8}
        error={error}
      />
      <button type="submit" className="btn btn--small">
        {m('save')}
      </button>
      <button type="button" className="btn btn--small" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
