import { useEffect, useState } from 'react';
import type { HeldSaleView } from '../../../contract/sales';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { FormError } from '../components/FormMessage';
import { ModalDialog } from '../components/ModalDialog';
import { timeText } from '../i18n/format';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { saleMessages } from './messages';
import { errorText } from '../kernel/errors';

interface Props {
  onRecall(saleId: string): void;
  onCancel(): void;
}

/** Held sales (kept by main across restarts): recall one into the cart, or delete it. */
export function HeldSalesDialog({ onRecall, onCancel }: Props) {
  const t = useT();
  const s = useMessages(saleMessages);
  const lang = useApp((st) => st.lang);
  const [held, setHeld] = useState<HeldSaleView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void pos()
      .listHeldSales(undefined)
      .then((res) => {
        if (!live) return;
        if (res.ok) setHeld(res.data);
        else setError(errorText(res.error, lang));
      });
    return () => {
      live = false;
    };
  }, [t, lang, version]);

  const remove = async (saleId: string) => {
    const res = await pos().deleteHeldSale({ saleId });
    if (!res.ok) setError(errorText(res.error, lang));
    setVersion((v) => v + 1);
  };

  return (
    <ModalDialog className="dialog sale-dialog held-dialog" labelledBy="held-title" onCancel={onCancel}>
      <h2 id="held-title">{s('heldTitle')}</h2>
      <FormError error={error} />
      {held === null ? (
        <p>{t('common.loading')}</p>
      ) : held.length === 0 ? (
        <p className="empty">{s('heldNone')}</p>
      ) : (
        <ul className="held-list" aria-labelledby="held-title">
          {held.map((h, i) => (
            <li key={h.saleId}>
              <div>
                <strong>{h.label || h.orderName}</strong> <span>{formatKrw(h.amount)}</span>
                <div className="muted">{s('heldAt', { time: timeText(h.heldAt, lang), cashier: h.cashier })}</div>
              </div>
              <button type="button" className="btn btn--primary" autoFocus={i === 0} onClick={() => onRecall(h.saleId)}>
                {s('recall')}
              </button>
              <button type="button" className="btn btn--danger" onClick={() => void remove(h.saleId)}>
                {s('heldDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn" onClick={onCancel} autoFocus={held?.length === 0}>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
