import type { HTMLAttributes } from 'react';

interface Props {
  /** Also the DOM id prefix and the contract field name. */
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown right under the input and tied to it with aria-describedby, so a screen reader reads it too. */
  error?: string | undefined;
  hint?: string | undefined;
  type?: 'text' | 'password' | 'tel';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  /** Callback ref, so the owning screen can move focus (first invalid field, amount on F2). */
  bindInput?: (el: HTMLInputElement | null) => void;
  /** In a dialog, the field the caret starts in (ModalDialog focuses it once the dialog is open). */
  autoFocus?: boolean;
  onFocus?(): void;
  onBlur?(): void;
}

export function TextField({ name, label, value, onChange, error, hint, type, inputMode, maxLength, placeholder, className, disabled, bindInput, autoFocus, onFocus, onBlur }: Props) {
  const id = `f-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        ref={bindInput}
        data-autofocus={autoFocus || undefined}
        type={type ?? 'text'}
        inputMode={inputMode}
        maxLength={maxLength}
        placeholder={placeholder}
        disabled={disabled}
        // Card data must not land in the browser's autofill store or spellchecker.
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
      />
      {hint && !error && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
