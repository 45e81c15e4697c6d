import type { ChargeReasonCode } from '../../../contract/channels';
import type { PaymentView } from '../../../contract/schemas';
import { useMessages, useT } from '../i18n/useT';
import { useApp } from '../kernel/store';
import { ReceiptChoice } from '../printer/ReceiptChoice';
import { ownReasonText } from './fail-reason';
import { resultMessages, type ResultKey } from './messages';
import { PaymentSummary } from './PaymentSummary';

export type ChargeView =
  | { kind: 'checking'; payment: PaymentView }
  | { kind: 'final'; payment: PaymentView; reason: string | null; reasonCode: ChargeReasonCode | null; viaCheck: boolean };

/** The next step for the cashier, by main's stable reason code (falling back to the ledger status). */
function nextStep(view: ChargeView & { kind: 'final' }): ResultKey {
  switch (view.reasonCode) {
    case 'credentials':
      return 'result.nextCredentials';
    case 'not_sent':
      return 'result.nextNotSent';
    case 'not_charged':
      return 'result.nextNotCharged';
    case 'invalid_request':
      return 'result.nextRejected';
    case 'declined':
      return 'result.nextDeclined';
    default:
      return view.payment.status === 'rejected' ? 'result.nextRejected' : 'result.nextDeclined';
  }
}

interface Props {
  view: ChargeView;
  onNewSale(): void;
  onRetry(): void;
  /** The new-sale button's words where its key differs (the sale screen's F2). */
  newSaleLabel?: string;
}

/** Heading for a final answer: a card decline reads differently from "PortOne refused" or "never charged". */
function titleOf(view: ChargeView & { kind: 'final' }): ResultKey {
  if (view.payment.status === 'paid') return 'result.approved';
  switch (view.reasonCode) {
    case 'declined':
      return 'result.declined';
    case 'credentials':
    case 'not_sent':
    case 'not_charged':
      return 'result.notCharged';
    case 'invalid_request':
      return 'result.rejected';
    default:
      return view.payment.status === 'rejected' ? 'result.rejected' : 'result.declined';
  }
}

/** Approved, declined/refused, or "checking with the card company" for one charge attempt. */
export function ResultPanel({ view, onNewSale, onRetry, newSaleLabel }: Props) {
  const t = useT();
  const r = useMessages(resultMessages);
  const lang = useApp((st) => st.lang);
  if (view.kind === 'checking') {
    return (
      <section className="result result--checking" aria-labelledby="result-title" aria-busy="true">
        <div className="spinner" aria-hidden="true" />
        <div role="status">
          <h2 id="result-title">{r('result.checking')}</h2>
        </div>
        <p>{r('result.checkingHint')}</p>
        <p className="result__uid">{t('charge.merchantUid', { uid: view.payment.merchantUid })}</p>
      </section>
    );
  }
  const { payment } = view;
  const approved = payment.status === 'paid';
  const title = r(titleOf(view));
  return (
    <section className={`result ${approved ? 'result--approved' : 'result--declined'}`} aria-labelledby="result-title">
      <div role="status">
        <h2 id="result-title">{title}</h2>
      </div>
      {view.viaCheck && <p className="result__note">{r('result.confirmedAfterCheck')}</p>}
      {!approved && (
        <div className="result__reason">
          <p>
            <strong>{r('result.reason')}: </strong>
            <span data-testid="decline-reason">
              {ownReasonText(view.reasonCode ?? payment.reasonCode, lang) ?? view.reason ?? payment.failReason ?? r('result.unknownReason')}
            </span>
          </p>
          <p>{r(nextStep(view))}</p>
        </div>
      )}
      <PaymentSummary payment={payment} />
      {approved && <ReceiptChoice payment={payment} onNoReceipt={onNewSale} />}
      <div className="result__actions">
        {!approved && (
          <button type="button" className="btn btn--primary" onClick={onRetry} autoFocus>
            {r('result.retry')}
          </button>
        )}
        <button type="button" className={`btn ${approved ? 'btn--primary' : ''}`} onClick={onNewSale} autoFocus={approved}>
          {newSaleLabel ?? r('result.newSale')}
        </button>
      </div>
    </section>
  );
}
