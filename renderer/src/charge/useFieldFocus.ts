import { useCallback, useRef } from 'react';
import type { FieldName } from './form';

/** Callback refs for the form's inputs, so the screen can move the caret (first error, F2, retry). */
export function useFieldFocus() {
  const inputs = useRef(new Map<FieldName, HTMLInputElement>());
  const focusField = useCallback((name: FieldName) => inputs.current.get(name)?.focus(), []);
  const registerInput = useCallback(
    (name: FieldName) => (el: HTMLInputElement | null) => {
      if (el) inputs.current.set(name, el);
      else inputs.current.delete(name);
    },
    [],
  );
  return { focusField, registerInput };
}
