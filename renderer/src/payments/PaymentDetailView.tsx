import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../contract/result';
import type { PaymentDetail } from '../../../contract/schemas';
import { errorText } from '../app/errors';
import { isOpenStatus } from '../charge/useResolveUnknown';
import type { Translate } from '../i18n';
import { useT } from '../i18n/useT';
import { pos } from '../pos';
import { PaymentSummary } from '../result/PaymentSummary';
import { StatusBadge } from './StatusBadge';

const EVENT_TYPES = ['intent', 'request_sent', 'outcome', 'lookup', 'amount_mismatch'] as const;

/** Known ledger event types in the cashier's words; a type this version does not know is shown as is. */
function eventLabel(t: Translate, type: string): string {
  const known = EVENT_TYPES.find((k) => k === type);
  return known ? t(`event.${known}`) : type;
}

export function PaymentDetailView({ merchantUid, onBack }: { merchantUid: string; onBack(): void }) {
  const t = useT();
  const [detail, setDetail] = useState<PaymentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = useCallback(
    (res: Result<PaymentDetail>) => {
      setBusy(false);
      if (res.ok) {
        setDetail(res.data);
        setError(null);
      } else setError(errorText(t, res.error));
    },
    [t],
  );

  useEffect(() => {
    let live = true;
    void pos()
      .getPayment({ merchantUid })
      .then((res) => live && apply(res));
    return () => {
      live = false;
    };
  }, [merchantUid, apply]);

  // Esc goes back to the list, as the back button does.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  /** Asks PortOne again by merchant_uid (a lookup, never a new charge). */
  const refresh = () => {
    setBusy(true);
    void pos().refreshPayment({ merchantUid }).then(apply);
  };

  return (
    <section className="detail" aria-labelledby="detail-title">
      <header className="screen-header">
        <button type="button" className="btn" onClick={onBack} autoFocus>
          ← {t('common.back')}
        </button>
        <h1 id="detail-title">{t('payments.detail')}</h1>
        {detail && <StatusBadge status={detail.payment.status} />}
        {detail && isOpenStatus(detail.payment.status) && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={refresh}>
            {t('payments.refresh')}
          </button>
        )}
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {detail === null ? (
        <p>{t('common.loading')}</p>
      ) : (
        <div className="detail__body">
          <div>
            <h2>{detail.payment.orderName}</h2>
            {detail.payment.failReason && (
              <p>
                {t('result.reason')}: {detail.payment.failReason}
              </p>
            )}
            <PaymentSummary payment={detail.payment} />
          </div>
          <div>
            <h2 id="events-title">{t('payments.events')}</h2>
            <ol className="events" aria-labelledby="events-title">
              {detail.events.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleTimeString()}</time>
                  <strong>{eventLabel(t, e.type)}</strong>
                  <span>{e.detail}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
