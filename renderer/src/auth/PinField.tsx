import { DIGIT_ROWS } from '../components/Keypad';
import { useMessages, useT } from '../i18n/useT';
import { authMessages } from './messages';

const KEYS = [...DIGIT_ROWS.flat(), 'clear', '0', 'back'] as const;

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
}

/** A masked 4–8 digit PIN input with an on-screen pad; the PIN lives in this component's caller's state only. */
export function PinField({ id, label, value, onChange, autoFocus }: Props) {
  const t = useT();
  const m = useMessages(authMessages);
  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'clear') onChange('');
    else if (key === 'back') onChange(value.slice(0, -1));
    else if (value.length < 8) onChange(value + key);
  };
  return (
    <div className="pin-field">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          value={value}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 8))}
        />
      </div>
      <div className="pin-pad" role="group" aria-label={m('pinPad')}>
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="btn pin-pad__key"
            tabIndex={-1}
            aria-label={key === 'clear' ? t('keypad.clear') : key === 'back' ? t('keypad.back') : key}
            onClick={() => press(key)}
          >
            {key === 'clear' ? 'C' : key === 'back' ? '⌫' : key}
          </button>
        ))}
      </div>
    </div>
  );
}
