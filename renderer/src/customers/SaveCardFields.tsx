import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { customerMessages } from './messages';
import type { ReplaceTarget } from './replace-store';

export interface SaveCardForm {
  on: boolean;
  memo: string;
}

export const emptySaveCard = (): SaveCardForm => ({ on: false, memo: '' });

interface Props {
  value: SaveCardForm;
  disabled: boolean;
  /** Set when this sale replaces a customer's card. */
  replacing: ReplaceTarget | null;
  onChange(next: SaveCardForm): void;
}

/** "Save this card for next time" on the keyed charge screen: ticking it is the customer's consent. */
export function SaveCardFields({ value, disabled, replacing, onChange }: Props) {
  const m = useMessages(customerMessages);
  return (
    <fieldset className="charge-fields__group save-card" disabled={disabled}>
      <legend>{m('save.title')}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={value.on} onChange={(e) => onChange({ ...value, on: e.target.checked })} />
        {m('save.consent')}
      </label>
      {value.on && (
        <>
          <TextField name="saveMemo" label={m('save.memo')} value={value.memo} maxLength={200} onChange={(memo) => onChange({ ...value, memo })} />
          <p className="field__hint">{m('save.note')}</p>
          {replacing && <p className="save-card__replacing">{m('save.replacing', { name: replacing.name, card: replacing.cardNumberMasked })}</p>}
        </>
      )}
    </fieldset>
  );
}
