import { useCallback, useEffect, useState } from 'react';
import type { CustomerView } from '../../../contract/customers';
import { maskIdentifier } from '../../../domain/cash-receipt-rules';
import { useErrorText } from '../kernel/errors';
import { DataTable } from '../components/DataTable';
import { FormError } from '../components/FormMessage';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { CustomerDetailView } from './CustomerDetailView';
import { KeyStateBadge } from './KeyStateBadge';
import { customerMessages } from './messages';
import { RegisterCardForm } from './RegisterCardForm';
import { scheduleMessages } from '../schedules/messages';
import './customers.css';

const LIMIT = 50;

/** Customers with a card on file: search, refresh from PortOne, open one. */
export function CustomersScreen() {
  const t = useT();
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  const sm = useMessages(scheduleMessages);
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<CustomerView[] | null>(null);
  const [openUid, setOpenUid] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [registerOnly, setRegisterOnly] = useState(false);
  const [registering, setRegistering] = useState(false);

  const search = useCallback(
    async (q: string) => {
      const res = await pos().searchCustomers({ query: q, limit: LIMIT });
      if (res.ok) {
        setCustomers(res.data);
        setError(null);
      } else setError(errorText(res.error));
    },
    [errorText],
  );

  // Each keystroke searches (the index keeps it fast); a late answer for an older query is dropped.
  useEffect(() => {
    if (openUid !== null) return;
    let live = true;
    void pos()
      .searchCustomers({ query, limit: LIMIT })
      .then((res) => {
        if (!live) return;
        if (res.ok) setCustomers(res.data);
        else setError(errorText(res.error));
      });
    return () => {
      live = false;
    };
  }, [query, openUid, errorText]);

  useEffect(() => {
    void pos()
      .cardOnFileOptions(undefined)
      .then((res) => res.ok && setRegisterOnly(res.data.registerWithoutCharge.available));
  }, []);

  const refresh = async () => {
    if (!customers || customers.length === 0) return;
    setRefreshing(true);
    setNotice(null);
    const res = await pos().refreshCustomers({ customerUids: customers.map((c) => c.customerUid) });
    setRefreshing(false);
    if (!res.ok) return setError(errorText(res.error));
    // Each notice is shown with the rows it speaks of: the list is read first.
    await search(query);
    setNotice(m('refreshed'));
  };

  const registered = async (text: string) => {
    setRegistering(false);
    await search(query);
    setNotice(text);
  };

  if (openUid !== null) {
    return (
      <CustomerDetailView
        customerUid={openUid}
        onBack={() => {
          // The detail may have learnt more (a card gone at PortOne): show the list fresh, never the old rows.
          setCustomers(null);
          setOpenUid(null);
        }}
        onRemoved={(revokedSchedules) => {
          setCustomers(null);
          setNotice(revokedSchedules > 0 ? `${m('remove.done')} ${sm('revokedOnRemove', { count: revokedSchedules })}` : m('remove.done'));
          setOpenUid(null);
        }}
      />
    );
  }

  return (
    <section className="customers" aria-labelledby="customers-title">
      <header className="screen-header">
        <h1 id="customers-title">{m('title')}</h1>
        <button type="button" className="btn" onClick={() => void refresh()} disabled={refreshing || !customers?.length}>
          {refreshing ? m('refreshing') : m('refresh')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!registerOnly || registering}
          aria-describedby={registerOnly ? undefined : 'register-only-reason'}
          onClick={() => setRegistering(true)}
        >
          {m('registerOnly')}
        </button>
      </header>
      {!registerOnly && (
        <p id="register-only-reason" className="field__hint">
          {m('registerOnlyReason')}
        </p>
      )}
      {registering && (
        <RegisterCardForm
          onCancel={() => setRegistering(false)}
          onRegistered={(text) => void registered(text)}
        />
      )}
      <div className="field customers__search">
        <label htmlFor="customer-search">{m('search')}</label>
        <input
          id="customer-search"
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder={m('searchHint')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div role="status">{notice && <p>{notice}</p>}</div>
      <FormError error={error} />
      {customers === null ? (
        <p>{t('common.loading')}</p>
      ) : customers.length === 0 ? (
        <p className="empty">{m('empty')}</p>
      ) : (
        <DataTable
          aria-labelledby="customers-title"
          columns={[
            { label: m('col.name') },
            { label: m('col.phone') },
            { label: m('col.card') },
            { label: m('cardName') },
            { label: m('col.state') },
          ]}
        >
          {customers.map((c) => (
            <tr key={c.customerUid}>
              <td>
                <button type="button" className="link" onClick={() => setOpenUid(c.customerUid)}>
                  {c.name}
                </button>
              </td>
              <td>{c.phone === '' ? '' : maskIdentifier(c.phone, 'phone')}</td>
              <td>{c.cardNumberMasked}</td>
              <td>{c.cardName ?? ''}</td>
              <td>
                <KeyStateBadge state={c.keyState} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
