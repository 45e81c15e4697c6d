import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ChargeResult } from '../../../contract/channels';
import type { PaymentDetail } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { errorText } from '../app/errors';
import { FormError } from '../components/FormMessage';
import { Keypad } from '../components/Keypad';
import { emptySaveCard, SaveCardFields, type SaveCardForm } from '../customers/SaveCardFields';
import { customerMessages } from '../customers/messages';
import { useCardReplacement } from '../customers/replace-store';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../pos';
import { ResultPanel, type ChargeView } from '../result/ResultPanel';
import { ChargeFields } from './ChargeFields';
import { ChargeTotal } from './ChargeTotal';
import {
  applyKey,
  emptyForm,
  isFieldName,
  isKeypadField,
  normalize,
  validate,
  wonOf,
  type ChargeForm,
  type FieldName,
  type KeypadField,
  type KeypadKey,
} from './form';
import { SendingPanel } from './SendingPanel';
import { useFieldFocus } from './useFieldFocus';
import { useResolveUnknown } from './useResolveUnknown';

type Phase = { kind: 'form' } | { kind: 'sending'; startedAt: number; attemptId: string; amount: number; orderName: string } | { kind: 'result'; view: ChargeView };

const FIELD_ORDER: FieldName[] = ['amount', 'taxFree', 'orderName', 'buyerName', 'buyerTel', 'cardNumber', 'expiry', 'pwd2digit', 'birth'];

/**
 * One phone-order sale: form → sending → result. Card fields live only in this component's state
 * and are wiped after each attempt that reached main (all of them once approved; the password
 * digits after a decline, keeping the rest so the cashier can correct and retry).
 */
export function ChargeScreen({ active }: { active: boolean }) {
  const t = useT();
  const m = useMessages(customerMessages);
  const [form, setForm] = useState<ChargeForm>(emptyForm);
  const [saveCard, setSaveCard] = useState<SaveCardForm>(emptySaveCard);
  const replacing = useCardReplacement((s) => s.target);
  const clearReplacing = useCardReplacement((s) => s.clear);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  // Refs, not state: they must change synchronously so a second click in the same frame sees them.
  const inFlight = useRef(false);
  const attemptId = useRef(crypto.randomUUID());
  const keypadTarget = useRef<KeypadField>('amount');
  const { focusField, registerInput } = useFieldFocus();

  const { errors: localErrors } = validate(form, new Date());
  const visibleErrors: Partial<Record<FieldName, string>> = { ...serverErrors };
  if (showErrors) for (const [name, key] of Object.entries(localErrors)) visibleErrors[name as FieldName] = t(key);
  // Derived, so the summary goes away as soon as the last marked field is fixed.
  const shownFormError = Object.values(visibleErrors).some(Boolean) ? t('charge.fixErrors') : formError;

  // F3 (or coming back to this screen) puts the caret in the amount field, ready for the next sale;
  // after a decline, in the password digits, the one field that must be typed again.
  const focusOnForm = useRef<FieldName>('amount');
  useEffect(() => {
    if (active && phase.kind === 'form') focusField(focusOnForm.current);
    focusOnForm.current = 'amount';
  }, [active, phase.kind, focusField]);

  const setField = (name: FieldName, typed: string) => {
    setForm((f) => ({ ...f, [name]: normalize(name, typed, f.ownerType) }));
    setServerErrors((errors) => ({ ...errors, [name]: undefined }));
  };

  const onKey = (key: KeypadKey) => {
    const target = keypadTarget.current;
    setForm((f) => ({ ...f, [target]: applyKey(target, f[target], key, f.ownerType) }));
    focusField(target);
  };

  const resetSale = useCallback(() => {
    setForm(emptyForm());
    setSaveCard(emptySaveCard());
    setShowErrors(false);
    setServerErrors({});
    setFormError(null);
    attemptId.current = crypto.randomUUID();
    setPhase({ kind: 'form' });
  }, []);

  const newSale = useCallback(() => {
    resetSale();
    clearReplacing();
  }, [resetSale, clearReplacing]);

  // "Replace card" on the customers screen starts a sale for that customer with the save block
  // ticked; a sale still being sent or checked keeps its own fields and only gets the customer.
  const phaseRef = useRef(phase);
  useEffect(() => {
    phaseRef.current = phase;
  });
  useEffect(
    () =>
      useCardReplacement.subscribe((state, prev) => {
        if (!state.target || state.target === prev.target) return;
        const current = phaseRef.current;
        if (current.kind === 'form' || (current.kind === 'result' && current.view.kind === 'final')) resetSale();
        const { name, phone, memo } = state.target;
        setForm((f) => ({ ...f, buyerName: name, buyerTel: phone }));
        setSaveCard({ on: true, memo });
      }),
    [resetSale],
  );

  const retry = () => {
    focusOnForm.current = 'pwd2digit';
    setPhase({ kind: 'form' });
  };

  // F3 on a final result starts the next quick charge (the button says so); the app's own F3 handler keeps this screen.
  const finalShown = phase.kind === 'result' && phase.view.kind === 'final';
  useEffect(() => {
    if (!active || !finalShown) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'F3') newSale();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, finalShown, newSale]);

  // Clicks on empty parts of the screen must not take the caret out of the field being typed in.
  const keepFocus = (e: MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('input, select, button, label, a')) e.preventDefault();
  };

  /** A finished attempt: wipe card data as the rules say and start a fresh attempt id. */
  const finish = useCallback((view: ChargeView & { kind: 'final' }) => {
    attemptId.current = crypto.randomUUID();
    setForm((f) => {
      if (view.payment.status === 'paid') return emptyForm();
      return { ...f, pwd2digit: '' };
    });
    if (view.payment.status === 'paid') {
      setSaveCard(emptySaveCard());
      clearReplacing();
    }
    setShowErrors(false);
    setPhase({ kind: 'result', view });
  }, [clearReplacing]);

  const onChargeResult = (result: ChargeResult) => {
    if (result.outcome === 'unknown' || result.payment.status === 'unknown' || result.payment.status === 'pending') {
      setForm((f) => ({ ...f, pwd2digit: '' }));
      setPhase({ kind: 'result', view: { kind: 'checking', payment: result.payment } });
      return;
    }
    finish({ kind: 'final', payment: result.payment, reason: result.reason, reasonCode: result.reasonCode ?? null, viaCheck: false });
  };

  const checkingUid = phase.kind === 'result' && phase.view.kind === 'checking' ? phase.view.payment.merchantUid : null;
  useResolveUnknown(checkingUid, (detail: PaymentDetail) =>
    finish({ kind: 'final', payment: detail.payment, reason: detail.payment.failReason, reasonCode: null, viaCheck: true }),
  );

  const submit = async () => {
    if (inFlight.current || phase.kind !== 'form') return;
    const { errors, request } = validate(form, new Date());
    setShowErrors(true);
    if (request === null) {
      const first = FIELD_ORDER.find((name) => errors[name] !== undefined);
      if (first) focusField(first);
      return;
    }
    // The saved card is filed under the buyer's name: without one there is nothing to find it by.
    if (saveCard.on && request.buyerName === '') {
      setServerErrors({ buyerName: m('save.nameNeeded') });
      focusField('buyerName');
      return;
    }
    const save = saveCard.on ? { saveCard: { consent: true as const, name: request.buyerName, phone: request.buyerTel, memo: saveCard.memo.trim(), ...(replacing ? { replaces: replacing.customerUid } : {}) } } : {};
    inFlight.current = true;
    setFormError(null);
    setServerErrors({});
    setPhase({ kind: 'sending', startedAt: Date.now(), attemptId: attemptId.current, amount: request.amount, orderName: request.orderName });
    try {
      const res = await pos().chargeKeyed({ ...request, ...save, attemptId: attemptId.current });
      if (res.ok) {
        onChargeResult(res.data);
        return;
      }
      // Refused before any charge (validation, missing settings, busy): same sale, same attempt id.
      setForm((f) => ({ ...f, pwd2digit: '' }));
      setPhase({ kind: 'form' });
      if (res.error.code === 'invalid_input' && isFieldName(res.error.field)) {
        setServerErrors({ [res.error.field]: res.error.message });
      } else {
        setFormError(errorText(t, res.error));
      }
    } finally {
      inFlight.current = false;
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  // A held Enter repeats keydown; only the first press may submit.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.repeat) e.preventDefault();
  };

  // On the result the total shows what was charged (the form may already be reset for the next sale).
  const shown = phase.kind === 'result' ? phase.view.payment : null;
  const amount = shown ? shown.amount : wonOf(form.amount);
  const sending = phase.kind === 'sending';

  return (
    <form className="charge" onSubmit={onSubmit} onKeyDown={onKeyDown} onMouseDown={keepFocus} noValidate aria-label={t('charge.title')}>
      <div className="charge__main">
        {phase.kind === 'result' ? (
          <ResultPanel view={phase.view} onNewSale={newSale} onRetry={retry} />
        ) : (
          <ChargeFields
            form={form}
            errors={visibleErrors}
            disabled={sending}
            onField={setField}
            onOwnerType={(ownerType) => setForm((f) => ({ ...f, ownerType, birth: '' }))}
            onQuota={(cardQuota) => setForm((f) => ({ ...f, cardQuota }))}
            onFocusField={(name) => {
              if (isKeypadField(name)) keypadTarget.current = name;
            }}
            registerInput={registerInput}
          />
        )}
        {phase.kind !== 'result' && <SaveCardFields value={saveCard} disabled={sending} replacing={replacing} onChange={setSaveCard} />}
      </div>
      <aside className="charge__side">
        <ChargeTotal amount={amount} taxFree={shown ? shown.taxFree : wonOf(form.taxFree)} />
        <Keypad onKey={onKey} disabled={phase.kind !== 'form'} />
        {/* Right under the keypad, never pushed around by messages; hidden (not removed) on the result. */}
        <button
          type="submit"
          className={`btn btn--pay ${phase.kind === 'result' ? 'is-idle' : ''}`}
          disabled={phase.kind !== 'form'}
          aria-hidden={phase.kind === 'result' ? true : undefined}
          aria-keyshortcuts="Enter"
        >
          {amount > 0 ? t('charge.payAmount', { amount: formatKrw(amount) }) : t('charge.pay')}
        </button>
        <FormError error={shownFormError} />
        {sending && <SendingPanel startedAt={phase.startedAt} attemptId={phase.attemptId} amount={phase.amount} orderName={phase.orderName} />}
      </aside>
    </form>
  );
}
