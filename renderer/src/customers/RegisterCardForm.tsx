import { useRef, useState, type FormEvent } from 'react';
import { CardCustomerFields } from '../../../contract/card-fields';
import type { OwnerType } from '../../../domain/birth';
import { BUYER_LIMITS } from '../../../domain/buyer-fields';
import { useErrorText } from '../kernel/errors';
import { CardInputs } from '../card-entry/CardInputs';
import { CARD_FIELDS, normalize, validateCardForm, type CardFieldName, type CardForm } from '../charge/form';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { resultMessages } from '../result/messages';
import { pos } from '../kernel/pos';
import { customerMessages } from './messages';

interface Customer {
  name: string;
  phone: string;
  memo: string;
  consent: boolean;
}

type CustomerError = 'err.name' | 'err.phone' | 'err.consent';

const emptyCard = (): CardForm => ({ cardNumber: '', expiry: '', ownerType: 'personal', birth: '', pwd2digit: '' });
const isCardField = (name: string | undefined): name is CardFieldName => (CARD_FIELDS as readonly (string | undefined)[]).includes(name);

interface Props {
  /** Registered, or pending at PortOne: the list shows it either way. */
  onRegistered(notice: string): void;
  onCancel(): void;
}

/**
 * A billing key without a charge (Hecto's separate contract): the customer and the same card
 * inputs and checks as the keyed charge. Card fields are cleared after every answer from main.
 */
export function RegisterCardForm({ onRegistered, onCancel }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  const rm = useMessages(resultMessages);
  const [customer, setCustomer] = useState<Customer>({ name: '', phone: '', memo: '', consent: false });
  const [card, setCard] = useState<CardForm>(emptyCard);
  const [showErrors, setShowErrors] = useState(false);
  const [mainErrors, setMainErrors] = useState<Partial<Record<CardFieldName, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);

  const checked = validateCardForm(card, new Date());
  const customerErrors: Partial<Record<'name' | 'phone' | 'consent', CustomerError>> = {};
  if (!CardCustomerFields.shape.name.safeParse(customer.name).success) customerErrors.name = 'err.name';
  if (!CardCustomerFields.shape.phone.safeParse(customer.phone.trim()).success) customerErrors.phone = 'err.phone';
  if (!customer.consent) customerErrors.consent = 'err.consent';

  const shownCustomer = (name: 'name' | 'phone' | 'consent') => {
    const key = showErrors ? customerErrors[name] : undefined;
    return key ? m(key) : undefined;
  };
  const cardField = (name: CardFieldName) => {
    const key = showErrors ? checked.errors[name] : undefined;
    return {
      name: `register-${name}`,
      value: card[name],
      error: key ? t(key) : mainErrors[name],
      onChange: (typed: string) => {
        setMainErrors((e) => ({ ...e, [name]: undefined }));
        setCard((c) => ({ ...c, [name]: normalize(name, typed, c.ownerType) }));
      },
    };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return;
    setShowErrors(true);
    if (!checked.card || Object.keys(customerErrors).length > 0) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const res = await pos().registerCard({
        consent: true,
        name: customer.name.trim(),
        phone: customer.phone.trim(),
        memo: customer.memo.trim(),
        ...checked.card,
      });
      // Main has seen the card fields: they go, whatever the answer.
      setCard((c) => ({ ...emptyCard(), ownerType: c.ownerType }));
      setShowErrors(false);
      if (!res.ok) {
        if (isCardField(res.error.field)) setMainErrors({ [res.error.field]: errorText(res.error) });
        setError(errorText(res.error));
        return;
      }
      const { outcome, message } = res.data;
      if (outcome === 'registered') onRegistered(m('register.done', { name: customer.name.trim() }));
      else if (outcome === 'pending') onRegistered(m('register.pending'));
      else setError(m('register.rejected', { reason: message ?? rm('result.unknownReason') }));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return (
    <form className="register-card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="register-title">
      <h2 id="register-title">{m('register.title')}</h2>
      <fieldset className="charge-fields__group" disabled={sending}>
        <legend>{m('register.customer')}</legend>
        <TextField
          name="registerName"
          label={m('register.name')}
          value={customer.name}
          maxLength={BUYER_LIMITS.name}
          error={shownCustomer('name')}
          onChange={(name) => setCustomer((c) => ({ ...c, name }))}
        />
        <TextField
          name="registerPhone"
          label={m('register.phone')}
          type="tel"
          inputMode="tel"
          placeholder="010-1234-5678"
          value={customer.phone}
          error={shownCustomer('phone')}
          onChange={(phone) => setCustomer((c) => ({ ...c, phone: normalize('buyerTel', phone, 'personal') }))}
        />
        <TextField name="registerMemo" label={m('save.memo')} value={customer.memo} maxLength={200} onChange={(memo) => setCustomer((c) => ({ ...c, memo }))} />
      </fieldset>
      <fieldset className="charge-fields__group" disabled={sending}>
        <legend>{t('charge.cardSection')}</legend>
        <CardInputs ownerType={card.ownerType} field={cardField} onOwnerType={(ownerType: OwnerType) => setCard((c) => ({ ...c, ownerType, birth: '' }))} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={customer.consent}
            aria-invalid={shownCustomer('consent') ? true : undefined}
            aria-describedby={shownCustomer('consent') ? 'register-consent-error' : undefined}
            onChange={(e) => setCustomer((c) => ({ ...c, consent: e.target.checked }))}
          />
          {m('register.consent')}
        </label>
        {shownCustomer('consent') && (
          <p id="register-consent-error" className="field__error" role="alert">
            {shownCustomer('consent')}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={sending}>
          {sending ? m('register.sending') : m('register.submit')}
        </button>
        <button type="button" className="btn" onClick={onCancel} disabled={sending}>
          {m('register.cancel')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
