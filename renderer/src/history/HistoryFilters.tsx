import { PaymentKind, PaymentStatus } from '../../../contract/schemas';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { useApp } from '../kernel/store';
import { useMessages, useT } from '../i18n/useT';
import type { FilterForm } from './history-filter';
import { paymentsMessages } from './messages';

/** The history's search form: Enter or "Search" runs it. */
export function HistoryFilters({ form, onChange, onSearch, onClear }: { form: FilterForm; onChange(form: FilterForm): void; onSearch(): void; onClear(): void }) {
  const t = useT();
  const m = useMessages(paymentsMessages);
  const lang = useApp((s) => s.lang);
  const set = (key: keyof FilterForm) => (value: string) => onChange({ ...form, [key]: value });
  return (
    <form
      className="history-filters"
      aria-label={m('filters')}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch();
      }}
    >
      <div className="field-row">
        <DateField name="historyFrom" label={m('from')} value={form.from} onChange={set('from')} lang={lang} />
        <DateField name="historyTo" label={m('to')} value={form.to} onChange={set('to')} lang={lang} />
        <div className="field">
          <label htmlFor="f-historyStatus">{m('status')}</label>
          <select id="f-historyStatus" value={form.status} onChange={(e) => set('status')(e.target.value)}>
            <option value="">{m('anyStatus')}</option>
            {PaymentStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-historyKind">{m('method')}</label>
          <select id="f-historyKind" value={form.kind} onChange={(e) => set('kind')(e.target.value)}>
            <option value="">{m('anyMethod')}</option>
            {PaymentKind.options.map((k) => (
              <option key={k} value={k}>
                {m(`method.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField name="historyAmountMin" label={m('amountMin')} value={form.amountMin} onChange={set('amountMin')} inputMode="numeric" maxLength={13} />
        <TextField name="historyAmountMax" label={m('amountMax')} value={form.amountMax} onChange={set('amountMax')} inputMode="numeric" maxLength={13} />
      </div>
      <div className="field-row">
        <TextField name="historyLast4" label={m('last4')} value={form.last4} onChange={(v) => set('last4')(v.replace(/\D/g, ''))} inputMode="numeric" maxLength={4} />
        <TextField name="historyId" label={m('id')} value={form.id} onChange={set('id')} maxLength={40} />
        <TextField name="historyCustomer" label={m('customer')} value={form.customer} onChange={set('customer')} maxLength={40} />
        <TextField name="historyCashier" label={m('cashier')} value={form.cashier} onChange={set('cashier')} maxLength={64} />
      </div>
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onClear}>
          {m('clear')}
        </button>
        <button type="submit" className="btn btn--primary">
          {m('search')}
        </button>
      </div>
    </form>
  );
}
