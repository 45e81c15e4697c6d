import { useState } from 'react';
import { formatKrw } from '../../../domain/money';
import { withApproval } from '../auth/store';
import { formatWonInput } from '../charge/form';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useErrorText } from '../kernel/errors';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { closeMessages } from './messages';

/** A drop to the safe or a pay-out from the drawer, with its reason (a manager's): counted in the drawer's expected cash. */
export function DrawerMoveForm({ onMoved }: { onMoved: () => void }) {
  const m = useMessages(closeMessages);
  const errorText = useErrorText();
  const [kind, setKind] = useState<'drop' | 'payout'>('drop');
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    setDone(null);
    const amount = Number(amountText.replace(/[^\d]/g, '') || '0');
    const res = await withApproval((approval) => pos().moveDrawerCash({ kind, amount, reason, ...(approval ? { approval } : {}) }));
    if (!res.ok) return setError(errorText(res.error));
    setAmountText('');
    setReason('');
    setDone(m('moved', { kind: m(res.data.kind === 'drop' ? 'drops' : 'payouts'), amount: formatKrw(res.data.amount) }));
    onMoved();
  };

  return (
    <form
      className="close-screen__move"
      aria-label={m('moveTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{m('moveTitle')}</h3>
      <fieldset className="field">
        <legend>{m('moveKind')}</legend>
        {(['drop', 'payout'] as const).map((k) => (
          <label key={k} className="checkbox">
            <input type="radio" name="moveKind" checked={kind === k} onChange={() => setKind(k)} />
            {m(k === 'drop' ? 'drops' : 'payouts')}
          </label>
        ))}
      </fieldset>
      <TextField name="moveAmount" label={m('moveAmount')} value={amountText} onChange={(typed) => setAmountText(formatWonInput(typed))} inputMode="numeric" maxLength={13} />
      <TextField name="moveReason" label={m('moveReason')} value={reason} onChange={setReason} maxLength={100} />
      <button type="submit" className="btn">
        {m('moveRecord')}
      </button>
      <div role="status">{done && <p className="ok-text">{done}</p>}</div>
      <FormError error={error} />
    </form>
  );
}
