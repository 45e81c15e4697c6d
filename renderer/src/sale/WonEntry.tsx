import { applyKey, formatWonInput } from '../charge/form';
import { Keypad } from '../components/Keypad';
import { TextField } from '../components/TextField';
import { focusOnMount } from './focus';

interface Props {
  name: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange(value: string): void;
}

/** A won amount typed or tapped on the keypad (the same keypad and formatting as the quick charge). */
export function WonEntry({ name, label, value, error, onChange }: Props) {
  return (
    <>
      <TextField
        name={name}
        label={label}
        value={value}
        error={error}
        inputMode="numeric"
        className="field--amount"
        bindInput={focusOnMount}
        autoFocus
        onChange={(typed) => onChange(formatWonInput(typed))}
      />
      <Keypad onKey={(key) => onChange(applyKey('amount', value, key, 'personal'))} />
    </>
  );
}
