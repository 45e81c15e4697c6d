import { formatKrw, splitAmount } from '../../../domain/money';
import { useT } from '../i18n/useT';

/** The big total over the keypad, with the VAT split PortOne will derive (domain/money). */
export function ChargeTotal({ amount, taxFree }: { amount: number; taxFree: number }) {
  const t = useT();
  const split = splitAmount(amount, Math.min(taxFree, amount));
  return (
    <div className="total">
      <div className="total__amount">{formatKrw(amount)}</div>
      <div className="total__vat">
        {t('charge.vatLine', { supply: formatKrw(split.supply), vat: formatKrw(split.vat), taxFree: formatKrw(split.taxFree) })}
      </div>
    </div>
  );
}
