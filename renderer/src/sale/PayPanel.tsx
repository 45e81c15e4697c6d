import { useEffect, useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../contract/customers';
import type { SaleTender } from '../../../contract/sales';
import type { WindowPayMethod } from '../../../contract/window-payments';
import { formatKrw, installmentsAllowed } from '../../../domain/money';
import { CardInputs } from '../card-entry/CardInputs';
import { normalize, validateCardForm, type CardFieldName, type CardForm } from '../charge/form';
import { InstallmentSelect } from '../card-entry/InstallmentSelect';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { windowPayMessages } from '../window-pay/messages';
import { ChoiceSwitch } from './ChoiceSwitch';
import { focusOnMount } from './focus';
import { saleMessages } from './messages';

type TenderKind = SaleTender['kind'];

interface Props {
  amount: number;
  orderName: string;
  busy: boolean;
  storeName: string;
  /** A discount is above the limit: a manager approves when the payment is sent. */
  approvalNeeded: boolean;
  onPay(tender: SaleTender): void;
  onBack(): void;
}

const emptyCard = (): CardForm => ({ cardNumber: '', expiry: '', ownerType: 'personal', birth: '', pwd2digit: '' });

/**
 * The sale's tenders: a card typed in (the quick charge's own card inputs and checks), the PG's
 * payment window, or a customer's card on file. The amount, tax-free part and name are the sale's;
 * card fields live in this component for one attempt and are cleared when it unmounts.
 */
export function PayPanel({ amount, orderName, busy, storeName, approvalNeeded, onPay, onBack }: Props) {
  const t = useT();
  const s = useMessages(saleMessages);
  const w = useMessages(windowPayMessages);
  const [kind, setKind] = useState<TenderKind>('keyed');
  const [card, setCard] = useState<CardForm>(emptyCard);
  const [quota, setQuota] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [method, setMethod] = useState<WindowPayMethod>('card');
  const [query, setQuery] = useState('');
  const [customers, setCustomers] = useState<CustomerView[]>([]);
  const [customerUid, setCustomerUid] = useState<string | null>(null);

  useEffect(() => {
    if (kind !== 'card_on_file') return;
    let live = true;
    void pos()
      .searchCustomers({ query: query.trim(), limit: 20 })
      .then((res) => {
        if (live && res.ok) setCustomers(res.data.filter((c) => c.keyState === 'active'));
      });
    return () => {
      live = false;
    };
  }, [kind, query]);

  const checked = validateCardForm(card, new Date());
  const cardQuota = installmentsAllowed(amount) ? quota : 0;
  const field = (name: CardFieldName) => ({
    name: `sale-${name}`,
    value: card[name],
    error: showErrors && checked.errors[name] ? t(checked.errors[name]) : undefined,
    disabled: busy,
    ...(name === 'cardNumber' ? { bindInput: focusOnMount } : {}),
    onChange: (typed: string) => setCard((c) => ({ ...c, [name]: normalize(name, typed, c.ownerType) })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (kind === 'keyed') {
      setShowErrors(true);
      if (!checked.card) return;
      onPay({ kind: 'keyed', buyerName: '', buyerTel: '', ...checked.card, cardQuota });
      // The password digits go with this one attempt; the panel (and every card field) goes with the result.
      setCard((c) => ({ ...c, pwd2digit: '' }));
      setShowErrors(false);
    } else if (kind === 'window') {
      onPay({ kind: 'window', buyerName: '', buyerTel: '', buyerEmail: '', payMethod: method, company: storeName.slice(0, 40), companyEn: '' });
    } else if (customerUid !== null) {
      onPay({ kind: 'card_on_file', customerUid, cardQuota });
    }
  };

  const tabs: { kind: TenderKind; label: string }[] = [
    { kind: 'keyed', label: s('tenderKeyed') },
    { kind: 'window', label: s('tenderWindow') },
    { kind: 'card_on_file', label: s('tenderOnFile') },
  ];
  const payLabel = kind === 'keyed' ? s('payCard', { amount: formatKrw(amount) }) : kind === 'window' ? s('payWindow', { amount: formatKrw(amount) }) : s('payOnFile', { amount: formatKrw(amount) });

  return (
    <form className="pay" onSubmit={submit} noValidate aria-labelledby="pay-title">
      <header className="screen-header">
        <button type="button" className="btn" onClick={onBack} disabled={busy}>
          {s('backToCart')}
        </button>
        <h2 id="pay-title">{s('payTitle')}</h2>
      </header>
      <p className="muted">
        {s('orderName')}: <strong>{orderName}</strong>
      </p>
      {approvalNeeded && <p className="notice notice--warn">{s('approvalAtPay')}</p>}
      <div className="picker__tabs" role="tablist" aria-label={s('payTitle')}>
        {tabs.map((tab) => (
          <button key={tab.kind} type="button" role="tab" aria-selected={kind === tab.kind} className={`picker__tab ${kind === tab.kind ? 'is-on' : ''}`} disabled={busy} onClick={() => setKind(tab.kind)}>
            {tab.label}
          </button>
        ))}
      </div>
      <fieldset className="pay__fields" disabled={busy}>
        {kind === 'keyed' && (
          <>
            <CardInputs ownerType={card.ownerType} field={field} onOwnerType={(ownerType) => setCard((c) => ({ ...c, ownerType, birth: '' }))} />
          </>
        )}
        {kind === 'window' && (
          <ChoiceSwitch
            name="salePayMethod"
            label={s('tenderWindow')}
            options={(['card', 'trans', 'vbank', 'phone'] as const).map((m) => ({ value: m, label: w(`method.${m}`) }))}
            value={method}
            onChange={setMethod}
          />
        )}
        {kind === 'card_on_file' && (
          <>
            <TextField name="saleCustomer" label={s('customerSearch')} value={query} onChange={setQuery} bindInput={focusOnMount} />
            {customers.length === 0 ? (
              <p className="empty">{s('customerNone')}</p>
            ) : (
              <div className="pay__customers" role="radiogroup" aria-label={s('tenderOnFile')}>
                {customers.map((c) => (
                  <label key={c.customerUid} className={`owner-switch__option ${customerUid === c.customerUid ? 'is-on' : ''}`}>
                    <input type="radio" name="saleCustomerUid" checked={customerUid === c.customerUid} onChange={() => setCustomerUid(c.customerUid)} />
                    {s('customerPick', { name: c.name, phone: c.phone })} · {c.cardNumberMasked}
                  </label>
                ))}
              </div>
            )}
          </>
        )}
        {kind !== 'window' && (
          <InstallmentSelect
            id="f-saleQuota"
            label={t('charge.quota')}
            offered={installmentsAllowed(amount)}
            value={quota}
            onChange={setQuota}
            words={{ lump: t('charge.quotaLump'), months: (n) => t('charge.quotaMonths', { n }), hint: t('charge.quotaHint') }}
          />
        )}
      </fieldset>
      <button type="submit" className="btn btn--pay" disabled={busy || (kind === 'card_on_file' && customerUid === null)} aria-keyshortcuts="Enter">
        {payLabel}
      </button>
    </form>
  );
}
