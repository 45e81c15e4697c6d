import type { PaymentView } from '../../../contract/schemas';
import { maskCardNumber } from '../../../domain/card-number';
import { formatKrw, splitAmount } from '../../../domain/money';
import { windowMethodOf } from '../../../domain/pay-method';
import type { Lang } from '../../../contract/schemas';
import type { Params, Translate } from '../i18n';
import { dateTimeText } from '../i18n/format';
import { useApp } from '../kernel/store';
import { useMessages, useT } from '../i18n/useT';
import { resultMessages, type ResultKey } from './messages';

export const quotaText = (t: Translate, quota: number): string =>
  quota < 2 ? t('charge.quotaLump') : t('charge.quotaMonths', { n: quota });

/** Only http(s) receipt links are rendered; anything else from the wire is shown as text at most. */
const safeUrl = (url: string | null): string | null => (url !== null && /^https?:\/\//.test(url) ? url : null);

type R = (key: ResultKey, params?: Params) => string;

/** A payment-window payment's method with its card company or bank: `카드 (BC카드)`, `가상계좌 (신한은행)`. */
export function windowMethodText(r: R, payment: PaymentView): string | null {
  const paid = windowMethodOf(payment);
  if (!paid) return null;
  return paid.company ? `${r(`result.method.${paid.method}`)} (${paid.company})` : r(`result.method.${paid.method}`);
}

/** An issued virtual account's rows: where and by when the customer deposits. */
function vbankRows(r: R, payment: PaymentView, lang: Lang): [string, string | null][] {
  const vbank = payment.window?.vbank;
  if (!vbank) return [];
  return [
    [r('result.vbankBank'), vbank.bank],
    [r('result.vbankNumber'), vbank.number],
    [r('result.vbankHolder'), vbank.holder],
    [r('result.vbankDue'), vbank.dueAt === null ? null : dateTimeText(vbank.dueAt, lang)],
  ];
}

/** The facts of one payment, as a definition list: used by the result screen and the payment detail. */
export function PaymentSummary({ payment }: { payment: PaymentView }) {
  const t = useT();
  const r = useMessages(resultMessages);
  const lang = useApp((s) => s.lang);
  // VAT as PortOne derives it (1/11 of the taxable part), from the shared domain rule.
  const split = splitAmount(payment.amount, payment.taxFree);
  const receipt = safeUrl(payment.receiptUrl);
  const rows: [string, string | null][] = [
    [r('result.method'), windowMethodText(r, payment)],
    ...vbankRows(r, payment, lang),
    [r('result.cashReceipt'), payment.window?.cashReceiptIssued ? r('result.cashReceiptIssued') : null],
    [r('result.approvalNumber'), payment.applyNum],
    [r('result.card'), payment.cardNumberMasked === null ? null : maskCardNumber(payment.cardNumberMasked)],
    [r('result.cardName'), payment.cardName],
    [r('result.installments'), quotaText(t, payment.cardQuota)],
    [r('result.amount'), formatKrw(split.amount)],
    [r('result.supply'), formatKrw(split.supply)],
    [r('result.vat'), formatKrw(split.vat)],
    [r('result.taxFree'), formatKrw(split.taxFree)],
    [r('result.merchantUid'), payment.merchantUid],
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
          {r('result.receipt')}
        </a>
      )}
    </div>
  );
}
