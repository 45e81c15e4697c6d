import type { OwnerType } from '../../../domain/birth';
import { BUYER_LIMITS } from '../../../domain/buyer-fields';
import { installmentsAllowed } from '../../../domain/money';
import { ORDER_NAME_MAX_LENGTH } from '../../../domain/order-name';
import { TextField } from '../components/TextField';
import { CardInputs } from '../card-entry/CardInputs';
import { InstallmentSelect } from '../card-entry/InstallmentSelect';
import { useT } from '../i18n/useT';
import { wonOf, type ChargeForm, type FieldName } from './form';

interface Props {
  form: ChargeForm;
  errors: Partial<Record<FieldName, string>>;
  disabled: boolean;
  onField(name: FieldName, typed: string): void;
  onOwnerType(owner: OwnerType): void;
  onQuota(quota: number): void;
  onFocusField(name: FieldName): void;
  registerInput(name: FieldName): (el: HTMLInputElement | null) => void;
}

/** The inputs of the keyed-charge form; all state lives in the screen that owns the sale. */
export function ChargeFields({ form, errors, disabled, onField, onOwnerType, onQuota, onFocusField, registerInput }: Props) {
  const t = useT();
  const field = (name: FieldName) => ({
    name,
    value: form[name] as string,
    error: errors[name],
    disabled,
    bindInput: registerInput(name),
    onChange: (typed: string) => onField(name, typed),
    onFocus: () => onFocusField(name),
  });
  const quotaOffered = installmentsAllowed(wonOf(form.amount));

  return (
    <div className="charge-fields">
      <fieldset className="charge-fields__group" disabled={disabled}>
        <legend>{t('charge.title')}</legend>
        <TextField {...field('amount')} label={t('charge.amount')} inputMode="numeric" className="field--amount" />
        <TextField {...field('taxFree')} label={t('charge.taxFree')} inputMode="numeric" />
        <TextField {...field('orderName')} label={t('charge.orderName')} maxLength={ORDER_NAME_MAX_LENGTH} />
        <TextField {...field('buyerName')} label={t('charge.buyerName')} maxLength={BUYER_LIMITS.name} />
        <TextField {...field('buyerTel')} label={t('charge.buyerTel')} type="tel" inputMode="tel" placeholder="010-1234-5678" />
      </fieldset>

      <fieldset className="charge-fields__group" disabled={disabled}>
        <legend>{t('charge.cardSection')}</legend>
        <CardInputs ownerType={form.ownerType} field={field} onOwnerType={onOwnerType} />
        <InstallmentSelect
          id="f-cardQuota"
          name="cardQuota"
          label={t('charge.quota')}
          offered={quotaOffered}
          value={form.cardQuota}
          disabled={disabled}
          onChange={onQuota}
          words={{ lump: t('charge.quotaLump'), months: (n) => t('charge.quotaMonths', { n }), hint: t('charge.quotaHint') }}
        />
      </fieldset>
    </div>
  );
}
