import { useState } from 'react';
import type { Taxation } from '../../../contract/catalog';
import { wonOf } from '../charge/form';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { ChoiceSwitch } from './ChoiceSwitch';
import { FormDialog } from './FormDialog';
import { saleMessages } from './messages';
import { WonEntry } from './WonEntry';

interface Props {
  onDone(line: { name: string; taxation: Taxation; unitPrice: number }): void;
  onCancel(): void;
}

/** 금액 입력: an amount without a product, 과세 or 면세 as the cashier chooses. */
export function AmountLineDialog({ onDone, onCancel }: Props) {
  const s = useMessages(saleMessages);
  const [value, setValue] = useState('');
  const [name, setName] = useState('');
  const [taxation, setTaxation] = useState<Taxation>('taxable');
  const price = wonOf(value);
  return (
    <FormDialog
      id="amount-line-title"
      title={s('amountLineTitle')}
      submitLabel={s('add')}
      canSubmit={price > 0}
      onSubmit={() => onDone({ name: name.trim() || s('amountLineDefault'), taxation, unitPrice: price })}
      onCancel={onCancel}
    >
      <WonEntry name="amountLine" label={s('amountLineAmount')} value={value} onChange={setValue} />
      <ChoiceSwitch
        name="amountTaxation"
        label={s('amountLineTitle')}
        options={[
          { value: 'taxable', label: s('taxable') },
          { value: 'tax_free', label: s('taxFree') },
        ]}
        value={taxation}
        onChange={setTaxation}
      />
      <TextField name="amountLineName" label={s('amountLineName')} value={name} onChange={setName} maxLength={40} placeholder={s('amountLineDefault')} />
    </FormDialog>
  );
}
