import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChargeResult } from '../../../contract/channels';
import type { ManagerApproval, PaymentDetail } from '../../../contract/schemas';
import { isOpenStatus } from '../../../domain/payment-status';
import { withApproval } from '../auth/store';
import { nextCardField } from '../card-entry/next-field';
import { emptySaveCard, type SaveCardForm } from '../customers/SaveCardFields';
import { customerMessages } from '../customers/messages';
import { useCardReplacement } from '../customers/replace-store';
import { useMessages, useT } from '../i18n/useT';
import { useErrorText } from '../kernel/errors';
import { pos } from '../kernel/pos';
import type { ChargeView } from '../result/ResultPanel';
import { emptyForm, isFieldName, normalize, validate, type ChargeForm, type FieldName } from './form';
import { useResolveUnknown } from './useResolveUnknown';

export type Phase = { kind: 'form' } | { kind: 'sending'; startedAt: number; attemptId: string; amount: number; orderName: string } | { kind: 'result'; view: ChargeView };

const FIELD_ORDER: FieldName[] = ['amount', 'taxFree', 'orderName', 'buyerName', 'buyerTel', 'cardNumber', 'expiry', 'pwd2digit', 'birth'];

/**
 * The state of one phone-order sale (form → sending → result) and what the cashier can do with
 * it; ChargeScreen only lays it out. Card fields live only here and are wiped after each attempt
 * that reached main (all of them once approved; the password digits after a decline).
 */
export function useChargeSale(active: boolean, focusField: (name: FieldName) => void) {
  const t = useT();
  const errorText = useErrorText();
  const m = useMessages(customerMessages);
  // A quick charge is a phone order nearly always: its name is there to keep or type over.
  const orderNameDefault = t('charge.orderNameDefault');
  const freshForm = useCallback(() => emptyForm(orderNameDefault), [orderNameDefault]);
  const [form, setForm] = useState<ChargeForm>(freshForm);
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
  // One per sale, across its attempts: a retry after "not charged" goes out under the same merchant_uid.
  const saleId = useRef(crypto.randomUUID());

  const { errors: localErrors } = validate(form, new Date());
  const visibleErrors: Partial<Record<FieldName, string>> = { ...serverErrors };
  if (showErrors) for (const [name, key] of Object.entries(localErrors)) visibleErrors[name as FieldName] = t(key);
  // Derived, so the summary goes away as soon as the last marked field is fixed. Main's refusal
  // (e.g. another payment in flight) wins: the emptied password field must not hide why.
  const shownFormError = formError ?? (Object.values(visibleErrors).some(Boolean) ? t('charge.fixErrors') : null);

  // F3 (or coming back to this screen) puts the caret in the amount field, ready for the next sale;
  // after a decline, in the password digits, the one field that must be typed again.
  const focusOnForm = useRef<FieldName>('amount');
  useEffect(() => {
    if (active && phase.kind === 'form') focusField(focusOnForm.current);
    focusOnForm.current = 'amount';
  }, [active, phase.kind, focusField]);

  const setField = (name: FieldName, typed: string) => {
    const value = normalize(name, typed, form.ownerType);
    setForm((f) => ({ ...f, [name]: value }));
    setServerErrors((errors) => ({ ...errors, [name]: undefined }));
    const next = nextCardField(name, String(form[name]), value);
    if (next) focusField(next);
  };

  const resetSale = useCallback(() => {
    setForm(freshForm());
    setSaveCard(emptySaveCard());
    setShowErrors(false);
    setServerErrors({});
    setFormError(null);
    attemptId.current = crypto.randomUUID();
    saleId.current = crypto.randomUUID();
    setPhase({ kind: 'form' });
  }, [freshForm]);

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

  // On the form, F3 (this screen's key) brings the caret back to the amount from wherever it is.
  const onForm = phase.kind === 'form';
  useEffect(() => {
    if (!active || !onForm) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'F3' && !document.querySelector('dialog[open]')) focusField('amount');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, onForm, focusField]);

  /** Esc on the form: the sale starts over (as "new sale" does), caret in the amount. */
  const clearForm = () => {
    if (phase.kind !== 'form' || inFlight.current) return;
    newSale();
    focusField('amount');
  };

  /** A finished attempt: wipe card data as the rules say and start a fresh attempt id. */
  const finish = useCallback((view: ChargeView & { kind: 'final' }) => {
    attemptId.current = crypto.randomUUID();
    // A paid sale is over; the next one is a new sale even without pressing "new sale".
    if (view.payment.status === 'paid') saleId.current = crypto.randomUUID();
    setForm((f) => {
      if (view.payment.status === 'paid') return freshForm();
      return { ...f, pwd2digit: '' };
    });
    if (view.payment.status === 'paid') {
      setSaveCard(emptySaveCard());
      clearReplacing();
    }
    setShowErrors(false);
    setPhase({ kind: 'result', view });
  }, [clearReplacing, freshForm]);

  const onChargeResult = (result: ChargeResult) => {
    if (result.outcome === 'unknown' || isOpenStatus(result.payment.status)) {
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
    const saving = { consent: true as const, name: request.buyerName, phone: request.buyerTel, memo: saveCard.memo.trim(), ...(replacing ? { replaces: replacing.customerUid } : {}) };
    // Replacing deletes the old card: a cashier's sale asks for a manager's PIN, as removing does.
    const save = (approval?: ManagerApproval) => (saveCard.on ? { saveCard: { ...saving, ...(approval ? { approval } : {}) } } : {});
    inFlight.current = true;
    setFormError(null);
    setServerErrors({});
    setPhase({ kind: 'sending', startedAt: Date.now(), attemptId: attemptId.current, amount: request.amount, orderName: request.orderName });
    try {
      const res = await withApproval((approval) => pos().chargeKeyed({ ...request, ...save(approval), attemptId: attemptId.current, saleId: saleId.current }));
      if (res.ok) {
        onChargeResult(res.data);
        return;
      }
      // Refused before any charge (validation, missing settings, busy): same sale, same attempt id.
      setForm((f) => ({ ...f, pwd2digit: '' }));
      setPhase({ kind: 'form' });
      if (res.error.code === 'invalid_input' && isFieldName(res.error.field)) {
        setServerErrors({ [res.error.field]: errorText(res.error) });
      } else {
        setFormError(errorText(res.error));
      }
    } finally {
      inFlight.current = false;
    }
  };

  return { form, setForm, saveCard, setSaveCard, replacing, phase, visibleErrors, shownFormError, setField, newSale, retry, submit, clearForm };
}
