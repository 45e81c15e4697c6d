import { useState } from 'react';
import type { ApprovalRequest } from '../../../contract/auth';
import type { ManagerApproval } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { FormError } from '../components/FormMessage';
import { useErrorText } from '../kernel/errors';
import { ModalDialog } from '../components/ModalDialog';
import { useMessages, useT } from '../i18n/useT';
import { AccountSelect } from './AccountSelect';
import { authMessages } from './messages';
import { PinField } from './PinField';
import { useAuth } from './store';

interface Props {
  /** The single-use request main issued: what the manager approves. */
  request: ApprovalRequest;
  /** Disables the button while the approved request is being sent. */
  busy?: boolean;
  /** An error from the last try (wrong PIN…), shown in the dialog. */
  error?: string | null;
  onApprove(approval: Omit<ManagerApproval, 'requestId'>): void;
  onCancel(): void;
}

/**
 * A manager (or the owner) approves one action on the cashier's screen: the dialog shows what
 * (the action, amount, customer, payment main named), they pick who approves and type their PIN.
 * The PIN goes with that one request and is cleared right after; it is never stored. Opened by
 * `withApproval()` (store.ts) when main asks.
 */
export function ApprovalDialog({ request, busy, error, onApprove, onCancel }: Props) {
  const t = useT();
  const m = useMessages(authMessages);
  const approvers = (useAuth((s) => s.status)?.accounts ?? []).filter((a) => a.role !== 'cashier');
  const [cashierId, setCashierId] = useState(approvers[0]?.id ?? '');
  const [pin, setPin] = useState('');
  return (
    <ModalDialog className="dialog approval-dialog" labelledBy="approval-title" onCancel={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onApprove({ cashierId, pin });
          setPin('');
        }}
      >
        <h2 id="approval-title">{m('approvalTitle')}</h2>
        <p>{m('approvalText')}</p>
        <ApprovalSubject request={request} />
        {approvers.length === 0 ? (
          <p role="alert">{m('noApprover')}</p>
        ) : (
          <AccountSelect id="approval-who" label={m('approver')} accounts={approvers} value={cashierId} onChange={setCashierId} />
        )}
        <PinField id="approval-pin" label={m('approverPin')} value={pin} onChange={setPin} autoFocus />
        <FormError error={error} />
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy || cashierId === '' || pin.length < 4}>
            {m('approve')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Calls that can ask for approval and have their own words; any other is shown by its name. */
const ACTIONS = ['refund', 'removeCard', 'chargeKeyed', 'closeDay', 'openDay', 'reconcileDay', 'saveSettings', 'saveCredentials', 'clearCredentials', 'createCashier', 'updateCashier', 'listCashiers', 'setIdleLock', 'auditPage', 'verifyAudit', 'exportAudit', 'paySale', 'refundSaleLines', 'voidSale', 'refundCash', 'moveDrawerCash', 'openDrawer', 'cancelCashReceipt', 'saveCashReceiptSettings', 'saveSalesSettings', 'savePrinterSettings', 'saveProduct', 'saveCategory', 'deleteCategory', 'confirmCatalogImport', 'cancelSchedule', 'cancelCustomerSchedules', 'registerCard'] as const;
const isAction = (action: string): action is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(action);

/** What the PIN approves, as main named it: the manager reads this before typing. */
function ApprovalSubject({ request }: { request: ApprovalRequest }) {
  const m = useMessages(authMessages);
  const action = isAction(request.action) ? m(`action.${request.action}`) : request.action;
  const rows: [string, string][] = [[m('approvalFor'), action]];
  if (request.amount !== undefined) rows.push([m('approvalAmount'), formatKrw(request.amount)]);
  if (request.customer !== undefined) rows.push([m('approvalCustomer'), request.customer]);
  if (request.payment !== undefined) rows.push([m('approvalPayment'), request.payment]);
  return (
    <dl className="approval-subject" aria-label={m('approvalFor')}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Mounted once (AuthGate): shows the dialog whenever `withApproval()` asks for one. */
export function ApprovalHost() {
  const errorText = useErrorText();
  const pending = useAuth((s) => s.pending);
  const answer = useAuth((s) => s.answer);
  if (!pending) return null;
  const { requestId } = pending.request;
  return (
    <ApprovalDialog
      request={pending.request}
      busy={pending.busy}
      error={pending.error && errorText(pending.error)}
      onApprove={(approval) => answer({ ...approval, requestId })}
      onCancel={() => answer(null)}
    />
  );
}
