import { useCallback, useEffect, useState } from 'react';
import type { RefundQuote, RefundResult } from '../../../contract/refunds';
import type { ErrorInfo } from '../../../contract/result';
import { formatKrw, vatOf } from '../../../domain/money';
import { suggestedRefundTaxFree } from '../../../domain/refund-split';
import { useErrorText } from '../kernel/errors';
import { withApproval } from '../auth/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/TextField';
import { useApp } from '../kernel/store';
import { dateTimeText } from '../i18n/format';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { paymentsMessages } from './messages';
import { refundOutcomeText } from './refund-outcome';

const won = (text: string): number => Number(text.replace(/\D/g, '') || '0');
const wonText = (n: number): string => n.toLocaleString('ko-KR');

type Stage = 'form' | 'confirm' | 'sending';

/**
 * Refund of one payment: the refundable balance, its VAT and tax-free parts and every earlier
 * cancel are shown before anything is sent; the refund's own tax-free share is suggested from
 * the tax-free ratio. A balance changed elsewhere comes back as a mismatch to look at, never
 * retried; a refund that needs a manager opens the shared approval dialog for their PIN.
 */
export function RefundPanel({ merchantUid, onChanged }: { merchantUid: string; onChanged(): Promise<void> }) {
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((st) => st.lang);
  const m = useMessages(paymentsMessages);
  const [quote, setQuote] = useState<RefundQuote | null>(null);
  const [amount, setAmount] = useState('');
  const [taxFree, setTaxFree] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [stage, setStage] = useState<Stage>('form');
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'bad' | 'warn' } | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; text: string } | null>(null);

  const adopt = useCallback((q: RefundQuote) => {
    setQuote(q);
    setAmount(wonText(q.refundable));
    setTaxFree(null);
  }, []);

  useEffect(() => {
    let live = true;
    void pos()
      .refundQuote({ merchantUid })
      .then((res) => {
        if (!live) return;
        if (res.ok) adopt(res.data);
        else setNotice({ text: errorText(res.error), kind: 'bad' });
      });
    return () => {
      live = false;
    };
  }, [merchantUid, adopt, errorText]);

  if (quote === null) return notice ? <p className="form-error">{notice.text}</p> : <p>{t('common.loading')}</p>;

  const refundAmount = won(amount);
  const refundTaxFree = taxFree === null ? suggestedRefundTaxFree(refundAmount, quote.refundable, quote.taxFreeLeft) : won(taxFree);
  const refundVat = vatOf(refundAmount, Math.min(refundTaxFree, refundAmount));

  const finish = async (result: RefundResult) => {
    adopt(result.quote);
    // The outcome is said once the payment's status and events above show it, never over the old ones.
    await onChanged();
    setNotice(refundOutcomeText(result, refundAmount, lang));
    if (result.outcome === 'refunded') setReason('');
  };

  const failed = (error: ErrorInfo) => {
    setStage('form');
    if (error.code === 'forbidden' && error.field === 'approval') setNotice({ text: m('needsManager'), kind: 'bad' });
    else if (error.code === 'invalid_input' && error.field) setFieldError({ field: error.field, text: m('fixAmount', { message: errorText(error) }) });
    else setNotice({ text: errorText(error), kind: 'bad' });
  };

  const send = async () => {
    setStage('sending');
    setNotice(null);
    setFieldError(null);
    const request = { merchantUid, amount: refundAmount, taxFree: refundTaxFree, reason: reason.trim(), expectedRefundable: quote.refundable };
    // A cashier's refund comes back "needs approval": the manager's PIN goes with a second try.
    const res = await withApproval((approval) => pos().refund(approval ? { ...request, approval } : request));
    if (res.ok) {
      await finish(res.data);
      setStage('form');
    } else failed(res.error);
  };

  const errorFor = (field: string) => (fieldError?.field === field ? fieldError.text : undefined);
  const canRefund = quote.refundable > 0 && !quote.checking && refundAmount > 0 && reason.trim() !== '' && stage === 'form';

  return (
    <section className="refund" aria-labelledby="refund-title">
      <h2 id="refund-title">{m('refundTitle')}</h2>
      {/* What is left beside the form, so the refund button stays on a 1366×768 screen without scrolling. */}
      <div className="refund__columns">
        <div>
          <dl className="summary__list">
            {(
              [
                ['refundable', quote.refundable],
                ['vatLeft', quote.vatLeft],
                ['taxFreeLeft', quote.taxFreeLeft],
                ['cancelled', quote.payment.cancelAmount],
              ] as const
            ).map(([key, value]) => (
              <div className="summary__row" key={key}>
                <dt>{m(key)}</dt>
                <dd>{formatKrw(value)}</dd>
              </div>
            ))}
          </dl>
          <h3 id="cancels-title">{m('cancels')}</h3>
          {quote.cancels.length === 0 ? (
            <p>{m('noCancels')}</p>
          ) : (
            <ol className="cancels" aria-labelledby="cancels-title">
              {quote.cancels.map((c, i) => (
                <li key={`${c.cancelledAt}-${i}`}>
                  <time dateTime={new Date(c.cancelledAt).toISOString()}>{dateTimeText(c.cancelledAt, lang)}</time> <strong>{formatKrw(c.amount)}</strong> {c.reason}
                </li>
              ))}
            </ol>
          )}
          {quote.checking && <p className="notice notice--warn">{m('refundChecking')}</p>}
        </div>
        {quote.refundable === 0 ? (
          <p>{m('nothingLeft')}</p>
        ) : (
          <form
            className="refund__form"
            onSubmit={(e) => {
              e.preventDefault();
              if (canRefund) setStage('confirm');
            }}
          >
            <div className="field-row">
              <TextField name="refundAmount" label={m('refundAmount')} value={amount} onChange={(v) => setAmount(v === '' ? '' : wonText(won(v)))} inputMode="numeric" error={errorFor('amount')} />
              <button type="button" className="btn" onClick={() => setAmount(wonText(quote.refundable))}>
                {m('refundAll')}
              </button>
            </div>
            <TextField
              name="refundTaxFree"
              label={m('refundTaxFree')}
              value={taxFree ?? wonText(refundTaxFree)}
              onChange={(v) => setTaxFree(v === '' ? '' : wonText(won(v)))}
              inputMode="numeric"
              hint={`${m('refundTaxFreeHint')} ${m('refundVat', { vat: formatKrw(refundVat) })}`}
              error={errorFor('taxFree')}
            />
            <TextField name="refundReason" label={m('reason')} value={reason} onChange={setReason} maxLength={200} error={errorFor('reason')} />
            <button type="submit" className="btn btn--danger" disabled={!canRefund}>
              {m('refundTitle')}
            </button>
          </form>
        )}
      </div>
      {notice && (
        <p className={`notice notice--${notice.kind}`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {stage === 'confirm' && (
        <ConfirmDialog
          message={m('refundConfirm', { amount: formatKrw(refundAmount), taxFree: formatKrw(refundTaxFree), vat: formatKrw(refundVat) })}
          confirmLabel={m('refundDo')}
          onConfirm={() => void send()}
          onCancel={() => setStage('form')}
        />
      )}
    </section>
  );
}
