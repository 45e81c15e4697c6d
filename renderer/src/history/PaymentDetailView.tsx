import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../contract/result';
import type { SaleDetail } from '../../../contract/sales';
import type { PaymentDetail } from '../../../contract/schemas';
import { useErrorText } from '../kernel/errors';
import { isOpenStatus, isRefundable } from '../../../domain/payment-status';
import { FormError } from '../components/FormMessage';
import type { Translate } from '../i18n';
import { useApp } from '../kernel/store';
import { timeText } from '../i18n/format';
import { useMessages, useT } from '../i18n/useT';
import { failReasonText } from '../result/fail-reason';
import { resultMessages } from '../result/messages';
import { pos } from '../kernel/pos';
import { ReceiptPanel } from '../receipts/ReceiptPanel';
import { receiptsMessages } from '../receipts/messages';
import { PaymentSummary } from '../result/PaymentSummary';
import { LineRefundPanel } from '../sale/LineRefundPanel';
import { saleMessages } from '../sale/messages';
import { SaleLinesTable } from '../sale/SaleLinesTable';
import { eventText } from './event-text';
import { paymentsMessages, type PaymentsKey } from './messages';
import { RefundPanel } from './RefundPanel';
import { StatusBadge } from './StatusBadge';

const EVENT_TYPES = ['intent', 'request_sent', 'outcome', 'lookup', 'amount_mismatch'] as const;
const HISTORY_EVENTS = [
  'refund_requested',
  'refund',
  'refund_refused',
  'refund_unknown',
  'checksum_mismatch',
  'retry',
  'window_opened',
  'callback_rejected',
  'tampered',
  'vbank_issued',
] as const;

/** Known ledger event types in the cashier's words; a type this version does not know is shown as is. */
function eventLabel(t: Translate, m: (key: PaymentsKey) => string, type: string): string {
  const known = EVENT_TYPES.find((k) => k === type);
  if (known) return t(`event.${known}`);
  const own = HISTORY_EVENTS.find((k) => k === type);
  return own ? m(`event.${own}`) : type;
}

type Panel = 'refund' | 'lineRefund' | 'sale' | 'refundReceipt' | null;

export function PaymentDetailView({ merchantUid, onBack }: { merchantUid: string; onBack(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((st) => st.lang);
  const m = useMessages(paymentsMessages);
  const rm = useMessages(resultMessages);
  const r = useMessages(receiptsMessages);
  const [detail, setDetail] = useState<PaymentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const sm = useMessages(saleMessages);
  // The sale this payment paid (lines, refunds by line); null for a quick charge.
  const [sale, setSale] = useState<SaleDetail | null>(null);
  const [saleVersion, setSaleVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void pos()
      .saleByPayment({ merchantUid })
      .then((res) => live && res.ok && setSale(res.data));
    return () => {
      live = false;
    };
  }, [merchantUid, saleVersion]);

  const apply = useCallback(
    (res: Result<PaymentDetail>) => {
      setBusy(false);
      if (res.ok) {
        setDetail(res.data);
        setError(null);
      } else setError(errorText(res.error));
    },
    [errorText],
  );
  const reload = useCallback(() => pos().getPayment({ merchantUid }).then(apply), [merchantUid, apply]);

  useEffect(() => {
    let live = true;
    void pos()
      .getPayment({ merchantUid })
      .then((res) => live && apply(res));
    return () => {
      live = false;
    };
  }, [merchantUid, apply]);

  // Esc goes back to the list, as the back button does (a dialog open on top handles its own Esc).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]')) onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  /** Reads the payment from PortOne again (a lookup, never a new charge or refund). */
  const refresh = () => {
    setBusy(true);
    void pos().refreshFromPortOne({ merchantUid }).then(apply);
  };

  const payment = detail?.payment;
  const refundable = payment !== undefined && isRefundable(payment.status);
  const hasReceipt = refundable || payment?.status === 'cancelled';
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const failReason = payment ? failReasonText(payment, lang) : null;

  return (
    <section className="detail" aria-labelledby="detail-title">
      <header className="screen-header">
        <button type="button" className="btn" onClick={onBack} autoFocus>
          ← {t('common.back')}
        </button>
        <h1 id="detail-title">{t('payments.detail')}</h1>
        {payment && <StatusBadge status={payment.status} />}
        {payment && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={refresh}>
            {isOpenStatus(payment.status) ? t('payments.refresh') : m('refreshPortOne')}
          </button>
        )}
      </header>
      <FormError error={error} />
      {detail === null || payment === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <div className="detail__actions">
            {refundable && (
              <button type="button" className="btn btn--danger" aria-expanded={panel === 'refund'} onClick={() => toggle('refund')}>
                {m('refund')}
              </button>
            )}
            {refundable && sale !== null && (
              <button type="button" className="btn btn--danger" aria-expanded={panel === 'lineRefund'} onClick={() => toggle('lineRefund')}>
                {sm('lineRefundTitle')}
              </button>
            )}
            {hasReceipt && (
              <button type="button" className="btn" aria-expanded={panel === 'sale'} onClick={() => toggle('sale')}>
                {r('sale')}
              </button>
            )}
            {payment.cancelAmount > 0 && (
              <button type="button" className="btn" aria-expanded={panel === 'refundReceipt'} onClick={() => toggle('refundReceipt')}>
                {r('refund')}
              </button>
            )}
          </div>
          {panel === 'refund' && <RefundPanel merchantUid={merchantUid} onChanged={reload} />}
          {panel === 'lineRefund' && sale !== null && (
            <LineRefundPanel
              saleId={sale.sale.saleId}
              onChanged={() => {
                void reload();
                setSaleVersion((v) => v + 1);
              }}
            />
          )}
          {panel === 'sale' && <ReceiptPanel merchantUid={merchantUid} kind="sale" />}
          {panel === 'refundReceipt' && <ReceiptPanel merchantUid={merchantUid} kind="refund" />}
          <div className="detail__body">
            <div>
              <h2>{payment.orderName}</h2>
              {failReason && (
                <p data-testid="fail-reason">
                  {rm('result.reason')}: {failReason}
                </p>
              )}
              <PaymentSummary payment={payment} />
              {sale !== null && <SaleLinesTable lines={sale.lines} />}
            </div>
            <div>
              <h2 id="events-title">{t('payments.events')}</h2>
              <ol className="events" aria-labelledby="events-title">
                {detail.events.map((e, i) => (
                  <li key={`${e.at}-${i}`}>
                    <time dateTime={new Date(e.at).toISOString()}>{timeText(e.at, lang)}</time>
                    <strong>{eventLabel(t, m, e.type)}</strong>
                    <span>{eventText(e, lang)}</span>
                  </li>
                ))}
              </ol>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
