import { useCallback, useEffect, useState } from 'react';
import type { HistoryFilter, HistoryPage } from '../../../contract/history';
import type { Result } from '../../../contract/result';
import type { PaymentView } from '../../../contract/schemas';
import { maskCardNumber } from '../../../domain/card-number';
import { formatKrw } from '../../../domain/money';
import { useErrorText } from '../kernel/errors';
import { useApp } from '../kernel/store';
import { FormError } from '../components/FormMessage';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { EMPTY_FORM, toFilter, type FilterForm } from './history-filter';
import { HistoryFilters } from './HistoryFilters';
import { paymentsMessages } from './messages';
import { resultMessages } from '../result/messages';
import { windowMethodText } from '../result/PaymentSummary';
import { PaymentDetailView } from './PaymentDetailView';
import { dateTimeText } from '../i18n/format';
import { StatusBadge } from './StatusBadge';
import './history.css';

const PAGE = 50;


/**
 * Payment history: newest first, searched by date, status, method, amount, card last 4, order
 * or payment number, customer and cashier; 50 at a time ("show more" continues where the page
 * ended, so a million stored payments cost what fifty do). A row opens its detail.
 */
export function HistoryScreen() {
  const t = useT();
  const errorText = useErrorText();
  const r = useMessages(resultMessages);
  const m = useMessages(paymentsMessages);
  const lang = useApp((s) => s.lang);
  const detailUid = useApp((s) => s.detailUid);
  const openDetail = useApp((s) => s.openDetail);
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [payments, setPayments] = useState<PaymentView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const apply = useCallback(
    (res: Result<HistoryPage>, append: boolean) => {
      setLoading(false);
      if (!res.ok) return setError(errorText(res.error));
      setError(null);
      setPayments((shown) => (append && shown ? [...shown, ...res.data.items] : res.data.items));
      setNext(res.data.nextCursor);
    },
    [errorText],
  );

  const load = useCallback(
    (applied: HistoryFilter) => void pos().searchPayments({ filter: applied, limit: PAGE }).then((res) => apply(res, false)),
    [apply],
  );

  useEffect(() => {
    // Loading on entry and after closing a detail (a refund or refresh there may have changed a row).
    if (detailUid !== null) return;
    let live = true;
    void pos()
      .searchPayments({ filter, limit: PAGE })
      .then((res) => live && apply(res, false));
    return () => {
      live = false;
    };
  }, [apply, detailUid, filter]);

  if (detailUid !== null) return <PaymentDetailView merchantUid={detailUid} onBack={() => openDetail(null)} />;

  const more = () => {
    if (next === null) return;
    setLoading(true);
    void pos().searchPayments({ filter, cursor: next, limit: PAGE }).then((res) => apply(res, true));
  };

  return (
    <section className="payments" aria-labelledby="payments-title" aria-busy={loading}>
      <header className="screen-header">
        <h1 id="payments-title">{t('payments.title')}</h1>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setLoading(true);
            load(filter);
          }}
        >
          {t('payments.reload')}
        </button>
      </header>
      <HistoryFilters
        form={form}
        onChange={setForm}
        onSearch={() => {
          setLoading(true);
          setFilter(toFilter(form));
        }}
        onClear={() => {
          setLoading(true);
          setForm(EMPTY_FORM);
          setFilter({});
        }}
      />
      <FormError error={error} />
      {payments === null ? (
        <p>{t('common.loading')}</p>
      ) : payments.length === 0 ? (
        <p className="empty">{Object.keys(filter).length === 0 ? t('payments.empty') : m('noMatch')}</p>
      ) : (
        <div className="table-scroll">
          <table className="payments__table" aria-describedby="history-count">
            <thead>
              <tr>
                <th scope="col">{t('payments.time')}</th>
                <th scope="col">{t('payments.order')}</th>
                <th scope="col">{m('method')}</th>
                <th scope="col">{t('payments.card')}</th>
                <th scope="col" className="num">
                  {t('payments.amount')}
                </th>
                <th scope="col">{t('payments.status')}</th>
                <th scope="col">{m('cashier')}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => (
                <tr key={p.merchantUid}>
                  <td>{dateTimeText(p.createdAt, lang, true)}</td>
                  <td>
                    {/* The order name is the row's link: one tab stop per payment, read as "open <order>". */}
                    <button type="button" className="link" onClick={() => openDetail(p.merchantUid)}>
                      {p.orderName}
                    </button>
                    {p.sandbox && <span className="tag">{t('payments.sandboxTag')}</span>}
                  </td>
                  <td>{windowMethodText(r, p) ?? m(`method.${p.kind}`)}</td>
                  <td>{p.cardNumberMasked === null ? '' : maskCardNumber(p.cardNumberMasked)}</td>
                  <td className="num">{formatKrw(p.amount)}</td>
                  <td>
                    <StatusBadge status={p.status} />
                  </td>
                  <td>{p.cashier}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id="history-count">{m('shown', { n: payments.length })}</p>
          {next !== null && (
            <button type="button" className="btn" onClick={more}>
              {m('more')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
