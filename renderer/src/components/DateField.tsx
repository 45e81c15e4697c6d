import { useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, ko } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { shopDayStart } from '../../../domain/datetime';
import type { Lang } from '../../../contract/schemas';
import './date-field.css';

const LOCALES = { ko, en: enGB } as const;
const CALENDAR = { ko: '달력', en: 'Calendar' } as const;

/** `YYYY-MM-DD` from what was typed: digits only, hyphens put in as the cashier types. */
function asDate(typed: string): string {
  const d = typed.replace(/\D/g, '').slice(0, 8);
  return [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)].filter((part) => part !== '').join('-');
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The picker's day (a local midnight in the browser) as the calendar date it shows. */
const dayText = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/**
 * A date typed as `YYYY-MM-DD` or picked from a calendar in the app's language: a native
 * <input type=date> follows the browser's locale (mm/dd/yyyy in an English Chromium), not the till's.
 */
export function DateField({ name, label, value, onChange, lang }: { name: string; label: string; value: string; onChange(value: string): void; lang: Lang }) {
  const [open, setOpen] = useState(false);
  const id = `f-${name}`;
  const invalid = value.length === 10 && shopDayStart(value) === undefined;
  const [y, m, d] = value.split('-').map(Number);
  const selected = shopDayStart(value) === undefined || y === undefined || m === undefined || d === undefined ? undefined : new Date(y, m - 1, d);
  return (
    <div className={`field date-field ${invalid ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="date-field__row">
        <input
          id={id}
          name={name}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          maxLength={10}
          value={value}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(asDate(e.target.value))}
        />
        <button type="button" className="date-field__toggle" aria-expanded={open} aria-controls={`${id}-calendar`} onClick={() => setOpen(!open)}>
          {CALENDAR[lang]}
        </button>
      </div>
      {open && (
        <div
          id={`${id}-calendar`}
          className="date-field__calendar"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <DayPicker
            mode="single"
            locale={LOCALES[lang]}
            selected={selected}
            defaultMonth={selected}
            onSelect={(day) => {
              if (day) onChange(dayText(day));
              setOpen(false);
            }}
          />
        </div>
      )}
    </div>
  );
}
