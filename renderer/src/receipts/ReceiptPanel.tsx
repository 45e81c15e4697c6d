import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReceiptKind } from '../../../contract/receipts';
import { useErrorText } from '../kernel/errors';
import { FormError } from '../components/FormMessage';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { receiptsMessages } from './messages';
import './receipt.css';

/**
 * A receipt (sale or refund) as main builds it: previewed here, printed through the system
 * dialog (or this page's own print in the browser host) and saved as PDF. The markup comes from
 * main with every value escaped and no scripts.
 */
export function ReceiptPanel({ merchantUid, kind }: { merchantUid: string; kind: ReceiptKind }) {
  const errorText = useErrorText();
  const r = useMessages(receiptsMessages);
  const [body, setBody] = useState<{ html: string; reprint: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void pos()
      .receiptPreview({ merchantUid, kind })
      .then((res) => {
        if (!live) return;
        if (res.ok) setBody({ html: res.data.bodyHtml, reprint: res.data.reprint });
        else setError(errorText(res.error));
      });
    return () => {
      live = false;
    };
  }, [merchantUid, kind, errorText, version]);

  const print = async () => {
    setBusy(true);
    setNotice(null);
    const res = await pos().printReceipt({ merchantUid, kind });
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    if (res.data.outcome === 'in_page') {
      // The page prints the markup that was issued, so it must be on screen first.
      const { bodyHtml, reprint } = res.data;
      flushSync(() => setBody({ html: bodyHtml, reprint }));
      window.print();
    } else if (res.data.outcome === 'cancelled') setNotice(r('printCancelled'));
    // Whatever was issued, the next preview shows it as a reprint.
    setVersion((v) => v + 1);
  };

  const savePdf = async () => {
    setBusy(true);
    setNotice(null);
    const res = await pos().saveReceiptPdf({ merchantUid, kind });
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    if (res.data.path !== null) setNotice(r('saved', { path: res.data.path }));
    setVersion((v) => v + 1);
  };

  return (
    <section className="receipt-panel" aria-labelledby={`receipt-${kind}-title`}>
      <h2 id={`receipt-${kind}-title`}>{r(kind)}</h2>
      <FormError error={error} />
      {body && (
        <>
          {body.reprint && <p>{r('reprint')}</p>}
          <div className="receipt-paper" role="document" aria-label={r('preview')} dangerouslySetInnerHTML={{ __html: body.html }} />
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="btn btn--primary" disabled={busy || !body} onClick={() => void print()}>
          {r('print')}
        </button>
        <button type="button" className="btn" disabled={busy || !body} onClick={() => void savePdf()}>
          {r('savePdf')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
