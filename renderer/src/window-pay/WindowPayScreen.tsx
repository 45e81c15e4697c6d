import { useEffect, useRef, useState } from 'react';
import type { WindowPayInput, WindowPayMethod, WindowPayState } from '../../../contract/window-payments';
import { BUYER_LIMITS } from '../../../domain/buyer-fields';
import { maskCardNumber } from '../../../domain/card-number';
import { ORDER_NAME_MAX_LENGTH } from '../../../domain/order-name';
import { formatWonInput } from '../charge/form';
import { useApp } from '../kernel/store';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { useErrorText } from '../kernel/errors';
import { pos } from '../kernel/pos';
import type { Params } from '../i18n';
import { windowPayMessages, type WindowPayKey } from './messages';
import { useWindowPay, type WindowPayForm } from './store';
import './window-pay.css';

const METHODS: WindowPayMethod[] = ['card', 'trans', 'vbank', 'phone'];
const FIELDS = ['amount', 'taxFree', 'orderName', 'buyerName', 'buyerTel', 'buyerEmail', 'company', 'companyEn'] as const;
type FieldName = (typeof FIELDS)[number];
const POLL_MS = 400;

const won = (n: number) => `₩${n.toLocaleString('ko-KR')}`;

/** Digits (grouped as typed) become a number; anything else is sent as text so main names the field. */
const amountOf = (text: string): number | string => (/^[\d,]+$/.test(text.trim()) ? Number(text.replace(/\D/g, '')) : text);

/**
 * Payments in the PG's own window. The screen never talks to the PG: main opens the window
 * (Electron) or hands back a page to open as a popup (browser host), then verifies the result
 * with PortOne; this screen only shows progress and the verified outcome.
 */
export function WindowPayScreen() {
  const m = useMessages(windowPayMessages);
  const errorText = useErrorText();
  const storeName = useApp((s) => s.settings?.storeName ?? '');
  const { form, method, saleId, state, error, setField, setMethod, setState, setError, newSale } = useWindowPay();
  const [busy, setBusy] = useState(false);
  const amountInput = useRef<HTMLInputElement | null>(null);

  // Like F2's sale screen: the caret starts in the first field, and F6 here brings it back there.
  useEffect(() => {
    amountInput.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F6' && !document.querySelector('dialog[open]')) amountInput.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The store name is the usual `company`; filled once, the cashier may change it.
  useEffect(() => {
    if (storeName && useWindowPay.getState().form.company === '') setField('company', storeName);
  }, [storeName, setField]);

  // Follows the open window until main has a verified outcome (also after coming back to this
  // screen); "checking" is not one: PortOne may still approve it, so it is followed to its answer.
  const following = state !== null && (state.phase !== 'done' || state.outcome === 'checking') ? state.merchantUid : null;
  useEffect(() => {
    if (following === null) return;
    const timer = window.setInterval(() => {
      void pos()
        .windowPaymentState({ merchantUid: following })
        .then((res) => {
          if (res.ok) setState(res.data);
        });
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [following, setState]);

  const set = (key: keyof WindowPayForm) => (value: string) => setField(key, key === 'amount' || key === 'taxFree' ? formatWonInput(value) : value);
  const inFlight = busy || following !== null;
  const paid = state?.outcome === 'paid' || state?.outcome === 'vbank_issued' || state?.outcome === 'checking';

  async function open() {
    if (inFlight) return;
    setBusy(true);
    setError(null);
    const request = {
      saleId,
      amount: amountOf(form.amount),
      taxFree: amountOf(form.taxFree || '0'),
      orderName: form.orderName,
      buyerName: form.buyerName,
      buyerTel: form.buyerTel,
      buyerEmail: form.buyerEmail,
      payMethod: method,
      company: form.company,
      companyEn: form.companyEn,
    } as WindowPayInput;
    const res = await pos().startWindowPayment(request);
    setBusy(false);
    if (!res.ok) {
      setError({ message: errorText(res.error), field: res.error.field });
      return;
    }
    const { merchantUid, pageUrl } = res.data;
    if (pageUrl !== null && window.open(pageUrl, 'pos-payment-window', 'popup,width=520,height=760') === null) {
      setError({ message: m('popupBlocked'), field: undefined });
      void pos().closeWindowPayment({ merchantUid });
    }
    const first = await pos().windowPaymentState({ merchantUid });
    if (first.ok) setState(first.data);
  }

  /** Main names the field; the screen says it in the cashier's language. */
  const fieldError = (name: FieldName) => (error?.field === name ? m(`err.${name}`) : undefined);
  const fieldNamed = error?.field !== undefined && (FIELDS as readonly string[]).includes(error.field);

  return (
    <section className="window-pay" aria-labelledby="window-pay-title">
      <h1 id="window-pay-title">{m('title')}</h1>
      <form
        className="window-pay__form"
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <fieldset disabled={inFlight || paid}>
          <TextField
            name="wp-amount"
            label={m('amount')}
            value={form.amount}
            onChange={set('amount')}
            inputMode="numeric"
            error={fieldError('amount')}
            bindInput={(el) => {
              amountInput.current = el;
            }}
          />
          <TextField name="wp-taxFree" label={m('taxFree')} value={form.taxFree} onChange={set('taxFree')} inputMode="numeric" placeholder="0" error={fieldError('taxFree')} />
          <TextField name="wp-orderName" className="window-pay__wide" label={m('orderName')} value={form.orderName} onChange={set('orderName')} maxLength={ORDER_NAME_MAX_LENGTH} error={fieldError('orderName')} />
          <div role="radiogroup" aria-label={m('method')} className="window-pay__methods">
            {METHODS.map((pm) => (
              <label key={pm}>
                <input type="radio" name="payMethod" value={pm} checked={method === pm} onChange={() => setMethod(pm)} /> {m(`method.${pm}`)}
              </label>
            ))}
          </div>
          <TextField name="wp-buyerName" label={m('buyerName')} value={form.buyerName} onChange={set('buyerName')} maxLength={BUYER_LIMITS.name} error={fieldError('buyerName')} />
          <TextField name="wp-buyerTel" label={m('buyerTel')} value={form.buyerTel} onChange={set('buyerTel')} type="tel" maxLength={BUYER_LIMITS.tel} error={fieldError('buyerTel')} />
          <TextField name="wp-buyerEmail" className="window-pay__wide" label={m('buyerEmail')} value={form.buyerEmail} onChange={set('buyerEmail')} maxLength={BUYER_LIMITS.email} error={fieldError('buyerEmail')} />
          <TextField name="wp-company" label={m('company')} value={form.company} onChange={set('company')} maxLength={40} hint={m('companyHint')} error={fieldError('company')} />
          <TextField name="wp-companyEn" label={m('companyEn')} value={form.companyEn} onChange={set('companyEn')} maxLength={40} error={fieldError('companyEn')} />
          <button type="submit" className="btn btn--primary window-pay__wide">
            {busy ? m('opening') : m('open')}
          </button>
        </fieldset>
      </form>
      <div className="window-pay__side">
        {error && !fieldNamed && (
          <p className="form-error" role="alert">
            {m('error', { message: error.message })}
          </p>
        )}
        {state && <Progress state={state} m={m} onStop={() => void pos().closeWindowPayment({ merchantUid: state.merchantUid })} />}
        {state?.phase === 'done' && (
          <button type="button" className="btn" onClick={newSale}>
            {m('newSale')}
          </button>
        )}
      </div>
    </section>
  );
}

type M = (key: WindowPayKey, params?: Params) => string;

/** What the cashier sees while the customer pays, and the verified outcome. */
function Progress({ state, m, onStop }: { state: WindowPayState; m: M; onStop(): void }) {
  if (state.phase !== 'done') {
    return (
      <div className="window-pay__progress" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        <p>{state.phase === 'open' ? m('waiting') : m('verifying')}</p>
        {state.phase === 'open' && (
          <button type="button" className="btn" onClick={onStop}>
            {m('stop')}
          </button>
        )}
      </div>
    );
  }
  const outcome = state.outcome ?? 'checking';
  const text = m(`outcome.${outcome}`, { amount: won(state.payment.amount), message: state.message ?? '' });
  const good = outcome === 'paid' || outcome === 'vbank_issued';
  return (
    <div className={`window-pay__result ${good ? 'is-ok' : 'is-bad'}`} role={good ? 'status' : 'alert'}>
      <p>{text}</p>
      {state.vbank && (
        <dl aria-label={m('outcome.vbank_issued', { amount: won(state.payment.amount) })}>
          <dt>{m('vbank.bank')}</dt>
          <dd>{state.vbank.bank}</dd>
          <dt>{m('vbank.number')}</dt>
          <dd>{state.vbank.number}</dd>
          <dt>{m('vbank.holder')}</dt>
          <dd>{state.vbank.holder}</dd>
          <dt>{m('vbank.due')}</dt>
          <dd>{state.vbank.dueAt === null ? '-' : new Date(state.vbank.dueAt).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' })}</dd>
        </dl>
      )}
      {outcome === 'paid' && state.payment.applyNum && (
        <p>
          {m('approvalNo')}: {state.payment.applyNum}
          {state.payment.cardNumberMasked && ` · ${m('card')}: ${maskCardNumber(state.payment.cardNumberMasked)}`}
          {state.payment.cardName && ` (${state.payment.cardName})`}
        </p>
      )}
      <p className="window-pay__uid">
        {m('orderNo')}: {state.merchantUid}
      </p>
    </div>
  );
}
