import type { ReactNode } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n/useT';

interface Props {
  id: string;
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit(): void;
  onCancel(): void;
  /** Extra buttons left of Cancel (e.g. "remove discount"). */
  extra?: ReactNode;
  children: ReactNode;
}

/** The sale screen's small dialogs: Enter submits (when allowed), Esc and Cancel close. */
export function FormDialog({ id, title, submitLabel, canSubmit, onSubmit, onCancel, extra, children }: Props) {
  const t = useT();
  return (
    <ModalDialog className="dialog sale-dialog" labelledBy={id} onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canSubmit) onSubmit();
        }}
      >
        <h2 id={id}>{title}</h2>
        {children}
        <div className="dialog__actions">
          {extra}
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={!canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
