import type { Lang } from '../../../contract/schemas';
import { formatKrw } from '../../../domain/money';
import { dateTimeText } from '../i18n/format';
import { fieldLabel } from '../kernel/errors';
import { auditDetailLabels } from './messages';

/** Detail keys holding won amounts (₩ with separators). */
const MONEY = new Set(['amount', 'taxFree', 'float', 'given', 'change', 'discount', 'gross', 'floatAmount', 'countedCash']);
/** Detail keys holding an instant (epoch ms), shown as the shop's date and time. */
const TIMES = new Set(['at', 'from', 'to', 'printedAt', 'scheduleAt']);

type Value = string | number | boolean | null;

function keyLabel(key: string, value: unknown, lang: Lang): string {
  // `change` is the cash given back (a number) on cash entries, what changed (a word) on catalog ones.
  const name = key === 'change' && typeof value === 'string' ? 'changeKind' : key;
  const own = (auditDetailLabels[lang] as Record<string, string | undefined>)[name];
  return own ?? fieldLabel(key, lang);
}

function valueText(key: string, value: Value, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return auditDetailLabels[lang][value ? 'yes' : 'no'];
  if (typeof value === 'number') {
    if (MONEY.has(key)) return formatKrw(value);
    if (TIMES.has(key)) return dateTimeText(value, lang, true);
    return String(value);
  }
  // settings_changed names the settings (keys only): shown by their labels.
  if (key === 'changed') return value.split(',').filter(Boolean).map((name) => fieldLabel(name, lang)).join(', ');
  return value;
}

/**
 * An audit entry's detail (stored as canonical JSON) as the owner reads it: `label: value` pairs,
 * money as ₩ with separators, instants in the shop's time. Anything that is not a flat JSON object
 * is shown as stored.
 */
export function auditDetailText(detail: string, lang: Lang): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return detail;
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => `${keyLabel(key, value, lang)}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : valueText(key, value as Value, lang)}`)
    .join(', ');
}
