import type { PaymentView } from '../../../contract/schemas';
import { maskCardNumber } from '../../../domain/card-number';
import { formatKrw, splitAmount } from '../../../domain/money';
import type { Translate } from '../i18n';
import { useT } from '../i18n/useT';

export const quotaText = (t: Translate, quota: number): string =>
  quota < 2 ? t('charge.quotaLump') : t('charge.quotaMonths', { n: quota });

/** Only http(s) receipt links are rendered; anything else from the wire is shown as text at most. */
const safeUrl = (url: string | null): string | null => (url !== null && /^https?:\/\//.test(url) ? url : null);

/** The facts of one payment, as a definition list: used by the result screen and the payment detail. */
export function PaymentSummary({ payment }: { payment: PaymentView }) {
  const t = useT();
  // VAT as PortOne derives it (1/11 of the taxable part), from the shared domain rule.
  const split = splitAmount(payment.amount, payment.taxFree);
  const receipt = safeUrl(payment.receiptUrl);
  const rows: [string, string | null][] = [
    [t('result.approvalNumber'), payment.applyNum],
    [t('result.card'), payment.cardNumberMasked === null ? null : maskCardNumber(payment.cardNumberMasked)],
    [t('result.cardName'), payment.cardName],
    [t('result.installments'), quotaText(t, payment.cardQuota)],
    [t('result.amount'), formatKrw(split.amount)],
    [t('result.supply'), formatKrw(split.supply)],
    [t('result.vat'), formatKrw(split.vat)],
    [t('result.taxFree'), formatKrw(split.taxFree)],
    [t('result.merchantUid'), payment.merchantUid],
  ];
  return (
    <div className="summary">
      <dl className="summary__list">
        {rows
          .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
          .map(([label, value]) => (
            <div className="summary__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {receipt && (
        <a className="summary__receipt" href={receipt} target="_blank" rel="noreferrer noopener">
          {t('result.receipt')}
        </a>
      )}
    </div>
  );
}
