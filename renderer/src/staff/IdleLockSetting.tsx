import { useState } from 'react';
import { useErrorText } from '../kernel/errors';
import { useAuth, withApproval } from '../auth/store';
import { OutcomeMessage, type Outcome } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { staffMessages } from './messages';

const CHOICES = [0, 60, 120, 300, 600, 900, 1800] as const;

/** How long the till may sit untouched before it locks (a manager's setting). */
export function IdleLockSetting({ seconds }: { seconds: number }) {
  const errorText = useErrorText();
  const m = useMessages(staffMessages);
  const setStatus = useAuth((s) => s.set);
  const [value, setValue] = useState(seconds);
  const [message, setMessage] = useState<Outcome | null>(null);

  const save = async () => {
    const res = await withApproval((approval) => pos().setIdleLock({ seconds: value, ...(approval ? { approval } : {}) }));
    if (res.ok) {
      setStatus(res.data);
      setMessage({ ok: true, text: m('saved') });
    } else {
      setMessage({ ok: false, text: errorText(res.error) });
    }
  };

  return (
    <form
      className="staff__idle"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor="idle-lock">{m('idleLock')}</label>
        <select id="idle-lock" value={value} onChange={(e) => setValue(Number(e.target.value))}>
          {CHOICES.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? m('idleNever') : m('idleMinutes', { n: s / 60 })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {m('save')}
      </button>
      <OutcomeMessage outcome={message} />
    </form>
  );
}
