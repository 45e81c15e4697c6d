import type { KeypadKey } from '../charge/form';
import { useT } from '../i18n/useT';

/** 7-8-9 on top, as Korean tills and calculators have it; the PIN pad uses the same rows. */
export const DIGIT_ROWS = [
  ['7', '8', '9'],
  ['4', '5', '6'],
  ['1', '2', '3'],
] as const;

const ROWS: KeypadKey[][] = [
  ...DIGIT_ROWS.map((row) => [...row]),
  ['0', '00', '000'],
  ['clear', 'back'],
];

interface Props {
  onKey(key: KeypadKey): void;
  disabled?: boolean;
}

/**
 * Mouse/touch keypad. Its buttons never take focus (mousedown is cancelled, tabIndex -1), so the
 * caret stays in the field being typed into and keyboard users are not made to tab through it.
 */
export function Keypad({ onKey, disabled }: Props) {
  const t = useT();
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label')}>
      {ROWS.flat().map((key) => (
        <button
          key={key}
          type="button"
          tabIndex={-1}
          disabled={disabled}
          className={`keypad__key keypad__key--${key}`}
          aria-label={key === 'clear' ? t('keypad.clear') : key === 'back' ? t('keypad.back') : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onKey(key)}
        >
          {key === 'clear' ? 'C' : key === 'back' ? '⌫' : key}
        </button>
      ))}
    </div>
  );
}
