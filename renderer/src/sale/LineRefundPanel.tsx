import { useCallback, useEffect, useState } from 'react';
import type { SaleRefundQuote } from '../../../contract/sales';
import { lineRefund } from '../../../domain/cart';
import { formatKrw, vatOf } from '../../../domain/money';
import { refundsAsWhole } from '../../../domain/tender-split';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, FormNotice } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { saleMessages } from './messages';
import { refundOutcomeText } from '../history/refund-outcome';
import { VoidSalePanel } from './VoidSalePanel';
import { errorText } from '../kernel/errors';

/**
 * Refund by line: the cashier picks quantities per line; what goes back is those lines' net and
 * tax-free share (domain/cart `lineRefund`, the rule main sends to PortOne), shown before sending.
 * A quantity already returned cannot be chosen again.
 */
export function LineRefundPanel({ saleId, onChanged }: { saleId: string; onChanged(): void }) {
  const t = useT();
  const s = useMessages(saleMessages);
  const lang = useApp((st) => st.lang);
  const [quote, setQuote] = useState<SaleRefundQuote | null>(null);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(
    () =>
      void pos()
        .quoteSaleRefund({ saleId })
        .then((res) => (res.ok ? setQuote(res.data) : setError(errorText(res.error, lang)))),
    [saleId, lang],
  );
  useEffect(load, [load]);

  if (quote === null) return error ? <FormError error={error} /> : <p>{t('common.loading')}</p>;
  // A sale paid in several parts (or by cash), or still being paid in parts, goes back as a whole: main refuses a line refund of it.
  if (refundsAsWhole(quote.sale.parts.filter((p) => p.state === 'paid'), quote.sale.sale.remaining)) return <VoidSalePanel detail={quote.sale} onVoided={onChanged} />;

  const returnable = new Map(quote.returnable.map((r) => [r.lineId, r.qty]));
  const chosen = quote.sale.lines.filter((l) => (qty[l.lineId] ?? 0) > 0);
  const sum = chosen.reduce(
    (acc, l) => {
      const part = lineRefund(l, l.returnedQty, qty[l.lineId] ?? 0);
      return { amount: acc.amount + part.amount, taxFree: acc.taxFree + part.taxFree };
    },
    { amount: 0, taxFree: 0 },
  );
  const vat = vatOf(sum.amount, sum.taxFree);
  const words = { amount: formatKrw(sum.amount), taxFree: formatKrw(sum.taxFree), vat: formatKrw(vat) };
  const canSend = chosen.length > 0 && reason.trim() !== '' && !busy;

  const send = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    setDone(null);
    const request = { saleId, lines: chosen.map((l) => ({ lineId: l.lineId, qty: qty[l.lineId] ?? 0 })), reason: reason.trim() };
    const res = await withApproval((approval) => pos().refundSaleLines(approval ? { ...request, approval } : request));
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error, lang));
    // Refused, unknown or a changed balance is said as such: only a refund PortOne made is "refunded".
    const outcome = refundOutcomeText(res.data.refund, res.data.asked.amount, lang);
    if (res.data.refund.outcome !== 'refunded') setError(outcome.text);
    else {
      setDone(s('lineRefunded', { amount: formatKrw(res.data.asked.amount) }));
      setQty({});
      setReason('');
    }
    load();
    onChanged();
  };

  const open = quote.sale.lines.filter((l) => (returnable.get(l.lineId) ?? 0) > 0);
  return (
    <section className="refund" aria-labelledby="line-refund-title">
      <h2 id="line-refund-title">{s('lineRefundTitle')}</h2>
      {open.length === 0 ? (
        <p>{s('lineRefundNone')}</p>
      ) : (
        <form
          className="refund__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (canSend) setConfirming(true);
          }}
        >
          {open.map((l) => {
            const max = returnable.get(l.lineId) ?? 0;
            return (
              <TextField
                key={l.lineId}
                name={`refundQty-${l.lineId}`}
                label={s('lineRefundQty', { name: l.name, max })}
                inputMode="numeric"
                value={qty[l.lineId] ? String(qty[l.lineId]) : ''}
                onChange={(typed) => setQty((q) => ({ ...q, [l.lineId]: Math.min(max, Number(typed.replace(/\D/g, '') || '0')) }))}
              />
            );
          })}
          <TextField name="lineRefundReason" label={s('lineRefundReason')} value={reason} onChange={setReason} maxLength={200} />
          <p>{s('lineRefundSum', words)}</p>
          <button type="submit" className="btn btn--danger" disabled={!canSend}>
            {s('lineRefundDo')}
          </button>
        </form>
      )}
      <FormError error={error} />
      <FormNotice notice={done} />
      {confirming && <ConfirmDialog message={s('lineRefundConfirm', words)} confirmLabel={s('lineRefundDo')} onConfirm={() => void send()} onCancel={() => setConfirming(false)} />}
    </section>
  );
}
