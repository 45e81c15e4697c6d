interface Props<V extends string> {
  name: string;
  label: string;
  options: readonly { value: NoInfer<V>; label: string }[];
  value: V;
  onChange(value: NoInfer<V>): void;
}

/** Two or more large radio buttons side by side (과세/면세, %/₩), styled like the card owner switch. */
export function ChoiceSwitch<V extends string>({ name, label, options, value, onChange }: Props<V>) {
  return (
    <div className="owner-switch" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className={`owner-switch__option ${value === option.value ? 'is-on' : ''}`}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </div>
  );
}
