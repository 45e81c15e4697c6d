import { useEffect, useRef } from 'react';
import { expire, IDLE, step, WEDGE_DEFAULTS, type WedgeState, type WedgeStep } from './wedge';

interface Options {
  /** Only the screen on show listens; hidden screens and other screens type as usual. */
  active: boolean;
  onScan(code: string): void;
}

/** Text inputs the held keys go back into (a password/PIN field is never watched at all). */
function editableTarget(el: Element | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (el instanceof HTMLTextAreaElement && !el.readOnly && !el.disabled) return el;
  if (el instanceof HTMLInputElement && !el.readOnly && !el.disabled && /^(text|search|tel|number|email|url)$/.test(el.type)) return el;
  return null;
}

/**
 * Catches a keyboard-wedge scanner anywhere on the screen (rules in wedge.ts): listens before any
 * field does (capture phase), so the code never lands in the focused input, and puts back the
 * keys of a person typing. Stands aside while a dialog is open (a PIN typed fast is not a scan)
 * and while the focus is in a password field or an IME is composing Korean.
 */
export function useBarcodeWedge({ active, onScan }: Options): void {
  const scan = useRef(onScan);
  useEffect(() => {
    scan.current = onScan;
  });

  useEffect(() => {
    if (!active) return;
    let state: WedgeState = IDLE;
    let timer: number | undefined;
    // The field the held keys were typed into, which the replay must go back to.
    let heldFor: Element | null = null;

    const apply = (next: WedgeStep) => {
      state = next.state;
      if (next.replay !== '') {
        const target = editableTarget(heldFor);
        // insertText goes through the browser's own editing, so React's onChange and the caret behave as if typed.
        if (target && document.activeElement === target) document.execCommand('insertText', false, next.replay);
      }
      if (next.scan !== null) scan.current(next.scan);
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || document.querySelector('dialog[open]')) return;
      if (e.target instanceof HTMLInputElement && e.target.type === 'password') return;
      if (state.held === '') heldFor = document.activeElement;
      const next = step(state, { key: e.key, at: e.timeStamp, modified: e.ctrlKey || e.altKey || e.metaKey });
      apply(next);
      if (next.swallow) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
      window.clearTimeout(timer);
      // No key for a while since this one was handled: what is held was typed (see releaseAfterMs).
      if (state.held !== '') timer = window.setTimeout(() => apply(expire(state, Number.POSITIVE_INFINITY)), WEDGE_DEFAULTS.releaseAfterMs);
    };

    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.clearTimeout(timer);
      apply(expire(state, Number.POSITIVE_INFINITY));
    };
  }, [active]);
}
