import type { ActorView } from '../../../contract/auth';
import { useMessages } from '../i18n/useT';
import { authMessages } from './messages';

interface Props {
  id: string;
  label: string;
  accounts: readonly ActorView[];
  value: string;
  onChange(id: string): void;
}

/** Who signs in or approves: each account by name and role (names alone can repeat). */
export function AccountSelect({ id, label, accounts, value, onChange }: Props) {
  const m = useMessages(authMessages);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({m(`role.${a.role}`)})
          </option>
        ))}
      </select>
    </div>
  );
}
