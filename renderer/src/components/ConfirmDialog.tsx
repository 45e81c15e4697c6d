import { useT } from '../i18n/useT';
import { ModalDialog } from './ModalDialog';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a destructive action: Enter confirms (the action has focus), Esc cancels. */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <ModalDialog className="dialog" labelledBy="confirm-message" onCancel={onCancel}>
      <p id="confirm-message" className="dialog__message">
        {message}
      </p>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn--danger" data-autofocus onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
