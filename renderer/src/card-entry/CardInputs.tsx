import type { OwnerType } from '../../../domain/birth';
import { TextField } from '../components/TextField';
import { useT } from '../i18n/useT';
import type { CardFieldName } from '../charge/form';

type FieldProps = Omit<Parameters<typeof TextField>[0], 'label'>;

interface Props {
  ownerType: OwnerType;
  /** Value, error and handlers of one card input, from the form that owns the state. */
  field(name: CardFieldName): FieldProps;
  onOwnerType(owner: OwnerType): void;
}

/** Card number, expiry, password digits, personal/corporate and birth: for a keyed charge and for a card registered without one. */
export function CardInputs({ ownerType, field, onOwnerType }: Props) {
  const t = useT();
  return (
    <>
      <TextField {...field('cardNumber')} label={t('charge.cardNumber')} inputMode="numeric" placeholder="0000 0000 0000 0000" />
      <div className="field-row">
        <TextField {...field('expiry')} label={t('charge.expiry')} inputMode="numeric" placeholder="MM/YY" />
        <TextField {...field('pwd2digit')} label={t('charge.pwd2')} type="password" inputMode="numeric" maxLength={2} />
      </div>
      <div className="owner-switch" role="radiogroup" aria-label={t('charge.ownerType')}>
        {(['personal', 'corporate'] as const).map((owner) => (
          <label key={owner} className={`owner-switch__option ${ownerType === owner ? 'is-on' : ''}`}>
            <input type="radio" name="ownerType" value={owner} checked={ownerType === owner} onChange={() => onOwnerType(owner)} />
            {t(owner === 'personal' ? 'charge.personal' : 'charge.corporate')}
          </label>
        ))}
      </div>
      <TextField
        {...field('birth')}
        label={t(ownerType === 'personal' ? 'charge.birth' : 'charge.businessNumber')}
        inputMode="numeric"
        placeholder={ownerType === 'personal' ? 'YYMMDD' : '0000000000'}
      />
    </>
  );
}
