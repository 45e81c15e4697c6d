import { useState } from 'react';
import type { Role } from '../../../contract/schemas';
import { useErrorText } from '../kernel/errors';
import { withApproval } from '../auth/store';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { staffMessages } from './messages';

interface Props {
  /** The very first account is always the owner. */
  ownerOnly: boolean;
  onCreated(name: string): void;
}

/** Name, role and a PIN typed twice; the PIN leaves this form only in the create request. */
export function NewAccountForm({ ownerOnly, onCreated }: Props) {
  const errorText = useErrorText();
  const m = useMessages(staffMessages);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(ownerOnly ? 'owner' : 'cashier');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [errors, setErrors] = useState<{ name?: string; pin?: string; pinAgain?: string }>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const found: typeof errors = {};
    if (name.trim() === '') found.name = m('nameRequired');
    if (!/^\d{4,8}$/.test(pin)) found.pin = m('pinFormat');
    if (pin !== pinAgain) found.pinAgain = m('pinMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const res = await withApproval((approval) =>
      pos().createCashier({ name: name.trim(), role: ownerOnly ? 'owner' : role, pin, ...(approval ? { approval } : {}) }),
    );
    setPin('');
    setPinAgain('');
    if (!res.ok) {
      if (res.error.field === 'name') setErrors({ name: errorText(res.error) });
      return setError(errorText(res.error));
    }
    setError(null);
    setName('');
    onCreated(res.data.name);
  };

  return (
    <form
      className="staff__new"
      aria-labelledby="staff-new-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="staff-new-title">{ownerOnly ? m('createOwner') : m('add')}</h2>
      <TextField name="staffName" label={m('name')} value={name} onChange={setName} maxLength={30} error={errors.name} />
      {!ownerOnly && (
        <div className="field">
          <label htmlFor="staff-role">{m('role')}</label>
          <select id="staff-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(['cashier', 'manager', 'owner'] as const).map((r) => (
              <option key={r} value={r}>
                {m(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field-row">
        <TextField name="staffPin" label={m('pin')} value={pin} onChange={(v) => setPin(v.replace(/\D/g, ''))} type="password" inputMode="numeric" maxLength={8} error={errors.pin} />
        <TextField
          name="staffPinAgain"
          label={m('pinAgain')}
          value={pinAgain}
          onChange={(v) => setPinAgain(v.replace(/\D/g, ''))}
          type="password"
          inputMode="numeric"
          maxLength={8}
          error={errors.pinAgain}
        />
      </div>
      <FormError error={error} />
      <button type="submit" className="btn btn--primary">
        {m('create')}
      </button>
    </form>
  );
}
