import { useState } from 'react';
import { wonOf } from '../charge/form';
import { useMessages } from '../i18n/useT';
import { FormDialog } from './FormDialog';
import { saleMessages } from './messages';
import { WonEntry } from './WonEntry';

/** The price of an open-price (시가) line, typed at the sale. Enter applies, Esc cancels. */
export function PriceDialog({ name, onDone, onCancel }: { name: string; onDone(price: number): void; onCancel(): void }) {
  const s = useMessages(saleMessages);
  const [value, setValue] = useState('');
  const price = wonOf(value);
  return (
    <FormDialog id="price-title" title={s('priceTitle', { name })} submitLabel={s('apply')} canSubmit={price > 0} onSubmit={() => onDone(price)} onCancel={onCancel}>
      <WonEntry name="openPrice" label={s('price')} value={value} onChange={setValue} />
    </FormDialog>
  );
}
