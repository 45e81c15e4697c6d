import { useRef, useState, type FormEvent } from 'react';
import type { AgainChargeResult, CustomerView } from '../../../contract/customers';
import type { PaymentDetail, PaymentView } from '../../../contract/schemas';
import { formatKrw, installmentsAllowed } from '../../../domain/money';
import { ORDER_NAME_MAX_LENGTH } from '../../../domain/order-name';
import { useErrorText } from '../kernel/errors';
import { formatWonInput, wonOf } from '../charge/form';
import { InstallmentSelect } from '../card-entry/InstallmentSelect';
import { isOpenStatus } from '../../../domain/payment-status';
import { useResolveUnknown } from '../charge/useResolveUnknown';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { ownReasonText } from '../result/fail-reason';
import { resultMessages } from '../result/messages';
import { pos } from '../kernel/pos';
import { useApp } from '../kernel/store';
import { emptyAgainForm, validateAgain, type AgainForm } from './again-form';
import { customerMessages } from './messages';

type Outcome = { kind: 'none' } | { kind: 'sending' } | { kind: 'checking'; payment: PaymentView } | { kind: 'done'; payment: PaymentView; reason: string | null; noKey: boolean };

interface Props {
  customer: CustomerView;
  /** After every answer: the customer (a key PortOne lost comes back flagged) and its payments changed; resolves once they are shown. */
  onCharged(result: AgainChargeResult | null): Promise<void>;
}

/** Charge the card on file through `again`: one attempt id per sale, so a double click charges once. */
export function ChargeAgainForm({ customer, onCharged }: Props) {
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  const rm = useMessages(resultMessages);
  const lang = useApp((st) => st.lang);
  const [form, setForm] = useState<AgainForm>(emptyAgainForm);
  const [showErrors, setShowErrors] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const attemptId = useRef(crypto.randomUUID());
  const inFlight = useRef(false);
  const { errors, request } = validateAgain(form);
  const quotaOffered = installmentsAllowed(wonOf(form.amount));

  const settle = (payment: PaymentView, reason: string | null, noKey = false) => {
    attemptId.current = crypto.randomUUID();
    if (payment.status === 'paid') setForm(emptyAgainForm());
    setShowErrors(false);
    setOutcome({ kind: 'done', payment, reason, noKey });
  };

  // Each outcome is said once the customer's payments (and a key PortOne lost) are shown with it.
  useResolveUnknown(outcome.kind === 'checking' ? outcome.payment.merchantUid : null, (detail: PaymentDetail) => {
    void onCharged(null).then(() => settle(detail.payment, detail.payment.failReason));
  });

  // The amount is read back before a card the customer is not holding out is charged.
  const askConfirm = (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    setShowErrors(true);
    if (request !== null) setConfirming(true);
  };

  const submit = async () => {
    setConfirming(false);
    if (inFlight.current || request === null) return;
    inFlight.current = true;
    setError(null);
    setOutcome({ kind: 'sending' });
    try {
      const res = await pos().chargeAgain({ ...request, attemptId: attemptId.current, customerUid: customer.customerUid });
      if (!res.ok) {
        setOutcome({ kind: 'none' });
        setError(errorText(res.error));
        void onCharged(null);
        return;
      }
      const { charge } = res.data;
      await onCharged(res.data);
      if (isOpenStatus(charge.payment.status)) setOutcome({ kind: 'checking', payment: charge.payment });
      else settle(charge.payment, charge.reason, charge.reasonCode === 'no_billing_key');
    } finally {
      inFlight.current = false;
    }
  };

  const set = (name: 'amount' | 'taxFree' | 'orderName') => (typed: string) =>
    setForm((f) => ({ ...f, [name]: name === 'orderName' ? typed : formatWonInput(typed) }));
  const shown = (name: 'amount' | 'taxFree' | 'orderName') => {
    const key = showErrors ? errors[name] : undefined;
    return key ? m(key) : undefined;
  };
  const busy = outcome.kind === 'sending' || outcome.kind === 'checking';
  const disabled = busy || customer.keyState !== 'active';

  return (
    <form className="again" onSubmit={askConfirm} noValidate aria-labelledby="again-title">
      <h2 id="again-title">{m('again')}</h2>
      <fieldset className="again__fields" disabled={disabled}>
        <TextField name="againAmount" label={m('again.amount')} value={form.amount} onChange={set('amount')} inputMode="numeric" error={shown('amount')} />
        <TextField name="againTaxFree" label={m('again.taxFree')} value={form.taxFree} onChange={set('taxFree')} inputMode="numeric" error={shown('taxFree')} />
        <TextField name="againOrderName" label={m('again.orderName')} value={form.orderName} onChange={set('orderName')} maxLength={ORDER_NAME_MAX_LENGTH} error={shown('orderName')} />
        <InstallmentSelect
          id="f-againQuota"
          label={m('again.quota')}
          offered={quotaOffered}
          value={form.cardQuota}
          onChange={(cardQuota) => setForm((f) => ({ ...f, cardQuota }))}
          words={{ lump: m('again.quotaLump'), months: (n) => m('again.quotaMonths', { n }), hint: m('again.quotaHint') }}
        />
        <button type="submit" className="btn btn--primary">
          {outcome.kind === 'sending' ? m('again.sending') : m('again.submit')}
        </button>
      </fieldset>
      <div role="status" className="again__outcome">
        {outcome.kind === 'checking' && <p>{m('again.checking')}</p>}
        {outcome.kind === 'done' &&
          (outcome.payment.status === 'paid' ? (
            <p className="again__paid">{m('again.paid', { amount: formatKrw(outcome.payment.amount) })}</p>
          ) : (
            <p className="again__declined">
              {m('again.notPaid', { reason: outcome.noKey ? m('noKey') : (ownReasonText(outcome.payment.reasonCode, lang) ?? outcome.reason ?? rm('result.unknownReason')) })}
            </p>
          ))}
      </div>
      <FormError error={error} />
      {confirming && request !== null && (
        <ConfirmDialog
          message={m('again.confirm', { name: customer.name, card: customer.cardNumberMasked, amount: formatKrw(request.amount) })}
          confirmLabel={m('again.confirmButton', { amount: formatKrw(request.amount) })}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </form>
  );
}
