import { useState } from 'react';
import type { Discount } from '../../../contract/sales';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { parseDiscount } from './cart';
import { ChoiceSwitch } from './ChoiceSwitch';
import { FormDialog } from './FormDialog';
import { saleMessages } from './messages';

interface Props {
  title: string;
  current: Discount | null;
  onDone(discount: Discount | null): void;
  onCancel(): void;
}

/** A discount in % or ₩ for one line or the whole sale; an approval, if needed, is asked at payment. */
export function DiscountDialog({ title, current, onDone, onCancel }: Props) {
  const s = useMessages(saleMessages);
  const [kind, setKind] = useState<Discount['kind']>(current?.kind ?? 'percent');
  const [value, setValue] = useState(current === null ? '' : String(current.kind === 'percent' ? current.percent : current.won));
  const parsed = parseDiscount(value, kind);
  return (
    <FormDialog
      id="discount-title"
      title={title}
      submitLabel={s('apply')}
      canSubmit={parsed !== null}
      onSubmit={() => onDone(parsed)}
      onCancel={onCancel}
      extra={
        current !== null && (
          <button type="button" className="btn btn--danger" onClick={() => onDone(null)}>
            {s('discountRemove')}
          </button>
        )
      }
    >
      <ChoiceSwitch
        name="discountKind"
        label={s('discountKind')}
        options={[
          { value: 'percent', label: s('discountPercent') },
          { value: 'won', label: s('discountWon') },
        ]}
        value={kind}
        onChange={setKind}
      />
      <TextField
        name="discountValue"
        label={s('discountValue')}
        value={value}
        inputMode="numeric"
        className="field--amount"
        autoFocus
        onChange={(typed) => setValue(typed.replace(/[^\d]/g, '').slice(0, 10))}
      />
    </FormDialog>
  );
}
