import type { HistoryFilter } from '../../../contract/history';
import { shopDayStart } from '../../../domain/datetime';
import { PaymentKind, PaymentStatus } from '../../../contract/schemas';

/** The filter form as typed: every field a string, empty = not filtered. */
export interface FilterForm {
  from: string;
  to: string;
  status: string;
  kind: string;
  amountMin: string;
  amountMax: string;
  last4: string;
  id: string;
  customer: string;
  cashier: string;
}

export const EMPTY_FORM: FilterForm = { from: '', to: '', status: '', kind: '', amountMin: '', amountMax: '', last4: '', id: '', customer: '', cashier: '' };

const DAY_MS = 86_400_000;
const digits = (s: string): number | undefined => (s.replace(/\D/g, '') === '' ? undefined : Number(s.replace(/\D/g, '')));
/** A day of the shop's calendar (Korea), whatever zone the machine is set to. */
const localDay = (s: string): number | undefined => (s === '' ? undefined : shopDayStart(s));

/** Form → the contract's filter; the `to` day is included whole. Main validates it again. */
export function toFilter(form: FilterForm): HistoryFilter {
  const to = localDay(form.to);
  const status = PaymentStatus.safeParse(form.status);
  const kind = PaymentKind.safeParse(form.kind);
  const entries: [keyof HistoryFilter, unknown][] = [
    ['from', localDay(form.from)],
    ['to', to === undefined ? undefined : to + DAY_MS],
    ['status', status.success ? status.data : undefined],
    ['kind', kind.success ? kind.data : undefined],
    ['amountMin', digits(form.amountMin)],
    ['amountMax', digits(form.amountMax)],
    ['last4', form.last4.trim() || undefined],
    ['id', form.id.trim() || undefined],
    ['customer', form.customer.trim() || undefined],
    ['cashier', form.cashier.trim() || undefined],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as HistoryFilter;
}
