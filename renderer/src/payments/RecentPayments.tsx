import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../contract/result';
import type { PaymentView } from '../../../contract/schemas';
import { maskCardNumber } from '../../../domain/card-number';
import { formatKrw } from '../../../domain/money';
import { errorText } from '../app/errors';
import { useApp } from '../app/store';
import { useT } from '../i18n/useT';
import { pos } from '../pos';
import { PaymentDetailView } from './PaymentDetailView';
import { StatusBadge } from './StatusBadge';

const LIMIT = 50;

const timeText = (at: number, lang: string): string =>
  new Date(at).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The last payments in the ledger, newest first; a row opens its detail with the event history. */
export function RecentPayments() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const detailUid = useApp((s) => s.detailUid);
  const openDetail = useApp((s) => s.openDetail);
  const [payments, setPayments] = useState<PaymentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback(
    (res: Result<PaymentView[]>) => {
      if (res.ok) {
        setPayments(res.data);
        setError(null);
      } else setError(errorText(t, res.error));
    },
    [t],
  );
  const load = () => void pos().recentPayments({ limit: LIMIT }).then(apply);

  useEffect(() => {
    // Loading on entry and after closing a detail (a refresh there may have changed a status).
    if (detailUid !== null) return;
    let live = true;
    void pos()
      .recentPayments({ limit: LIMIT })
      .then((res) => live && apply(res));
    return () => {
      live = false;
    };
  }, [apply, detailUid]);

  if (detailUid !== null) return <PaymentDetailView merchantUid={detailUid} onBack={() => openDetail(null)} />;

  return (
    <section className="payments" aria-labelledby="payments-title">
      <header className="screen-header">
        <h1 id="payments-title">{t('payments.title')}</h1>
        <button type="button" className="btn" onClick={load}>
          {t('payments.reload')}
        </button>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {payments === null ? (
        <p>{t('common.loading')}</p>
      ) : payments.length === 0 ? (
        <p className="empty">{t('payments.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="payments__table">
            <thead>
              <tr>
                <th scope="col">{t('payments.time')}</th>
                <th scope="col">{t('payments.order')}</th>
                <th scope="col">{t('payments.card')}</th>
                <th scope="col" className="num">
                  {t('payments.amount')}
                </th>
                <th scope="col">{t('payments.status')}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => (
                <tr key={p.merchantUid}>
                  <td>{timeText(p.createdAt, lang)}</td>
                  <td>
                    {/* The order name is the row's link: one tab stop per payment, read as "open <order>". */}
                    <button type="button" className="link" onClick={() => openDetail(p.merchantUid)}>
                      {p.orderName}
                    </button>
                    {p.sandbox && <span className="tag">{t('payments.sandboxTag')}</span>}
                  </td>
                  <td>{p.cardNumberMasked === null ? '' : maskCardNumber(p.cardNumberMasked)}</td>
                  <td className="num">{formatKrw(p.amount)}</td>
                  <td>
                    <StatusBadge status={p.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
