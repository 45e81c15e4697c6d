import { useState, type FormEvent } from 'react';
import type { CustomerView } from '../../../contract/customers';
import type { ScheduleView } from '../../../contract/schedules';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { formatWonInput } from '../charge/form';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { errorText } from '../kernel/errors';
import { scheduleMessages } from './messages';
import { emptyScheduleForm, validateSchedule, type ScheduleForm as Form } from './schedule-form';

interface Props {
  customer: CustomerView;
  onScheduled(made: ScheduleView[]): void;
}

/** "Schedule charges": one date or a repeat, with the dates previewed before anything is sent. */
export function ScheduleForm({ customer, onScheduled }: Props) {
  const m = useMessages(scheduleMessages);
  const lang = useApp((s) => s.lang);
  const [form, setForm] = useState<Form>(emptyScheduleForm);
  const [showErrors, setShowErrors] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { dates, errors, request } = validateSchedule(form, Date.now());

  const set = (name: keyof Form) => (value: string) =>
    setForm((f) => ({ ...f, [name]: name === 'amount' || name === 'taxFree' ? formatWonInput(value) : value }));
  const shown = (name: keyof Form) => {
    const key = showErrors ? errors[name] : undefined;
    return key ? m(key) : undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    setShowErrors(true);
    if (request === null) return;
    setSending(true);
    setError(null);
    const res = await pos().scheduleCharges({ ...request, customerUid: customer.customerUid });
    setSending(false);
    if (!res.ok) {
      setError(errorText(res.error, lang));
      return;
    }
    setForm(emptyScheduleForm());
    setShowErrors(false);
    onScheduled(res.data);
  };

  const select = (name: 'repeat' | 'endBy', options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`f-sch-${name}`}>{m(name)}</label>
      <select id={`f-sch-${name}`} value={form[name]} disabled={sending} onChange={(e) => set(name)(e.target.value)}>
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="schedule-form" aria-label={m('form')} onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="schedule-form__fields" disabled={sending}>
        <div className="field-row">
          <TextField name="schStart" label={m('start')} value={form.start} onChange={set('start')} placeholder="2027-01-05" error={shown('start')} />
          <TextField name="schTime" label={m('time')} value={form.time} onChange={set('time')} placeholder="10:00" error={shown('time')} />
        </div>
        <div className="field-row">
          {select('repeat', [
            ['once', m('repeat.once')],
            ['monthly', m('repeat.monthly')],
            ['weekly', m('repeat.weekly')],
          ])}
          {form.repeat === 'monthly' && (
            <TextField name="schDay" label={m('dayOfMonth')} value={form.dayOfMonth} onChange={set('dayOfMonth')} inputMode="numeric" maxLength={2} error={shown('dayOfMonth')} />
          )}
        </div>
        {form.repeat !== 'once' && (
          <div className="field-row">
            {select('endBy', [
              ['times', m('endBy.times')],
              ['until', m('endBy.until')],
            ])}
            {form.endBy === 'times' ? (
              <TextField name="schTimes" label={m('times')} value={form.times} onChange={set('times')} inputMode="numeric" maxLength={2} error={shown('times')} />
            ) : (
              <TextField name="schUntil" label={m('until')} value={form.until} onChange={set('until')} placeholder="2027-06-30" error={shown('until')} />
            )}
          </div>
        )}
        <div className="field-row">
          <TextField name="schAmount" label={m('amount')} value={form.amount} onChange={set('amount')} inputMode="numeric" error={shown('amount')} />
          <TextField name="schTaxFree" label={m('taxFree')} value={form.taxFree} onChange={set('taxFree')} inputMode="numeric" error={shown('taxFree')} />
        </div>
        <TextField name="schOrderName" label={m('orderName')} value={form.orderName} onChange={set('orderName')} maxLength={40} error={shown('orderName')} />
      </fieldset>
      <section className="schedule-preview" aria-labelledby="schedule-preview-title">
        <h3 id="schedule-preview-title">{m('preview')}</h3>
        {dates.length === 0 ? (
          <p className="field__hint">{m('previewEmpty')}</p>
        ) : (
          <ol className="schedule-preview__dates">
            {dates.map((d) => (
              <li key={d.at} className={d.moved ? 'is-moved' : undefined}>
                {d.date} {form.time}
                {d.moved ? ` (${m('moved')})` : ''}
                {request ? ` · ${formatKrw(request.amount)}` : ''}
              </li>
            ))}
          </ol>
        )}
        {dates.some((d) => d.moved) && <p className="field__hint">{m('movedNote')}</p>}
      </section>
      <FormError error={error} />
      <button type="submit" className="btn btn--primary" disabled={sending}>
        {sending ? m('sending') : m('submit')}
      </button>
    </form>
  );
}
