import { useRef, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { formatKrw } from '../../../domain/money';
import { FormError } from '../components/FormMessage';
import { Keypad } from '../components/Keypad';
import { SaveCardFields } from '../customers/SaveCardFields';
import { useT } from '../i18n/useT';
import { ResultPanel } from '../result/ResultPanel';
import { ChargeFields } from './ChargeFields';
import { ChargeTotal } from './ChargeTotal';
import { applyKey, isKeypadField, wonOf, type KeypadField, type KeypadKey } from './form';
import { SendingPanel } from './SendingPanel';
import { useChargeSale } from './useChargeSale';
import { useFieldFocus } from './useFieldFocus';
import './charge.css';

/**
 * One phone-order sale laid out: the fields, the keypad, the total and the result. Its state and
 * what happens to the card fields after each attempt live in useChargeSale.
 */
export function ChargeScreen({ active }: { active: boolean }) {
  const t = useT();
  const keypadTarget = useRef<KeypadField>('amount');
  const { focusField, registerInput } = useFieldFocus();
  const { form, setForm, saveCard, setSaveCard, replacing, phase, visibleErrors, shownFormError, setField, newSale, retry, submit, clearForm } =
    useChargeSale(active, focusField);

  const onKey = (key: KeypadKey) => {
    const target = keypadTarget.current;
    setForm((f) => ({ ...f, [target]: applyKey(target, f[target], key, f.ownerType) }));
    focusField(target);
  };

  // Clicks on empty parts of the screen must not take the caret out of the field being typed in.
  const keepFocus = (e: MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('input, select, button, label, a')) e.preventDefault();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  // A held Enter repeats keydown; only the first press may submit. Esc starts the form over.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.repeat) e.preventDefault();
    if (e.key === 'Escape' && !(e.target instanceof Element && e.target.closest('dialog'))) {
      e.preventDefault();
      clearForm();
    }
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
