import { useId, useState } from 'react';
import type { SaleDetail } from '../../../contract/sales';
import { formatKrw } from '../../../domain/money';
import { withApproval } from '../auth/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, FormNotice } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useMessages } from '../i18n/useT';
import { errorText } from '../kernel/errors';
import { pos } from '../kernel/pos';
import { useApp } from '../kernel/store';
import { saleMessages } from './messages';

/**
 * Voids a sale: every paid part back (cards cancelled at PortOne, cash from the drawer with its
 * 현금영수증 cancelled). A cashier's void asks one manager approval, for this sale and the amount
 * the confirmation showed; every part is given back under it.
 */
export function VoidSalePanel({ detail, onVoided }: { detail: SaleDetail; onVoided(detail: SaleDetail): void }) {
  const s = useMessages(saleMessages);
  const lang = useApp((st) => st.lang);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The panel can be on two screens at once (the kept-mounted sale screen and history): ids must not clash.
  const uid = useId().replace(/[^A-Za-z0-9]/g, '');
  const open = detail.parts.filter((p) => p.state === 'paid').reduce((n, p) => n + p.amount - p.refunded, 0);
  if (open === 0 && done === null) return null;

  const send = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    const request = { saleId: detail.sale.saleId, reason: reason.trim(), amount: open };
    const res = await withApproval((approval) => pos().voidSale(approval ? { ...request, approval } : request));
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error, lang));
    // The sale's own count of what came back, before and after: the same figure the history shows.
    const back = res.data.sale.sale.refunded - detail.sale.refunded;
    const failed = res.data.refunds.filter((r) => r.outcome !== 'refunded').reduce((n, r) => n + r.amount, 0);
    setDone(s('voided', { amount: formatKrw(back) }));
    if (failed > 0) setError(s('voidPartFailed', { amount: formatKrw(failed) }));
    onVoided(res.data.sale);
  };

  return (
    <section className="refund" aria-labelledby={`void-sale-title-${uid}`}>
      <h2 id={`void-sale-title-${uid}`}>{s('voidTitle')}</h2>
      {open > 0 && (
        <form
          className="refund__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim() !== '' && !busy) setConfirming(true);
          }}
        >
          <TextField name={`voidReason-${uid}`} label={s('voidReason')} value={reason} onChange={setReason} maxLength={100} />
          <button type="submit" className="btn btn--danger" disabled={busy || reason.trim() === ''}>
            {s('voidDo')}
          </button>
        </form>
      )}
      <FormError error={error} />
      <FormNotice notice={done} />
      {confirming && <ConfirmDialog message={s('voidConfirm', { amount: formatKrw(open) })} confirmLabel={s('voidDo')} onConfirm={() => void send()} onCancel={() => setConfirming(false)} />}
    </section>
  );
}
