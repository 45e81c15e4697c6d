import { INSTALLMENT_CHOICES } from '../../../domain/money';

interface Props {
  id: string;
  /** The form field name, where the form has one. */
  name?: string;
  label: string;
  /** False below the installment minimum: only lump sum, and `words.hint` says why. */
  offered: boolean;
  value: number;
  disabled?: boolean;
  onChange(months: number): void;
  /** Each form says it in its own words. */
  words: { lump: string; months(n: number): string; hint: string };
}

/** Lump sum or a number of months (card_quota), as the keyed and the charge-again forms offer it. */
export function InstallmentSelect({ id, name, label, offered, value, disabled, onChange, words }: Props) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={offered ? value : 0}
        disabled={disabled || !offered}
        aria-describedby={offered ? undefined : hintId}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {(offered ? INSTALLMENT_CHOICES : [0]).map((n) => (
          <option key={n} value={n}>
            {n === 0 ? words.lump : words.months(n)}
          </option>
        ))}
      </select>
      {!offered && (
        <p id={hintId} className="field__hint">
          {words.hint}
        </p>
      )}
    </div>
  );
}
