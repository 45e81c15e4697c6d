import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  className: string;
  /** Id of the element that names the dialog for screen readers. */
  labelledBy: string;
  /** Esc calls this; without it Esc does nothing (a lock screen must not be dismissed). */
  onCancel?(): void;
  children: ReactNode;
}

/**
 * A real modal <dialog>: focus is trapped, nothing behind it can be reached, screen readers announce it.
 * showModal() focuses the first focusable element (React's autoFocus sets no attribute and runs
 * while the dialog is still closed), so the element marked `data-autofocus` is focused after it:
 * the primary action, or the PIN, never 취소 or the account list. When it closes, focus goes back
 * to what had it before.
 */
export function ModalDialog({ className, labelledBy, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // Where the cashier was (the button that opened it): React removes the dialog before close()
    // runs, so the browser's own return of focus finds nothing and focus would fall to the page.
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        // The browser would close the dialog itself; the owner decides instead.
        e.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
