import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrinterSettings } from '../../../contract/printer';
import type { PaymentView } from '../../../contract/schemas';
import { useApp } from '../kernel/store';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { printerMessages } from './messages';
import { errorText } from '../kernel/errors';
import { usePagePrint } from './usePagePrint';
import '../receipts/receipt.css';
import './printer.css';

type State = { kind: 'idle' } | { kind: 'printing' } | { kind: 'printed' } | { kind: 'failed'; reason: string } | { kind: 'saved'; path: string };

const KEYS = { print: '1', none: '2', pdf: '3' } as const;

/** A key press meant for this screen (not typed into a field, no dialog open, no modifier). */
const isScreenKey = (e: KeyboardEvent): boolean =>
  !e.ctrlKey && !e.altKey && !e.metaKey && !document.querySelector('dialog[open]') && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement);

/**
 * The end of an approved sale: print the receipt, no receipt (next sale), or PDF, one key each
 * (1 · 2 · 3). "Always print" prints by itself. A receipt that did not print says why — the sale
 * is complete either way — and 1 prints it again; once printed, 1 is the reprint (재출력).
 */
export function ReceiptChoice({ payment, onNoReceipt }: { payment: PaymentView; onNoReceipt(): void }) {
  const p = useMessages(printerMessages);
  const lang = useApp((s) => s.lang);
  const [settings, setSettings] = useState<PrinterSettings | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [issued, setIssued] = useState(false);
  const { pageHtml, printOnPage } = usePagePrint();
  const auto = useRef(false);
  const section = useRef<HTMLElement>(null);
  const merchantUid = payment.merchantUid;

  const print = useCallback(async () => {
    setState({ kind: 'printing' });
    const res = await pos().printReceipt({ merchantUid, kind: 'sale' });
    if (!res.ok) return setState({ kind: 'failed', reason: errorText(res.error, lang) });
    if (res.data.outcome === 'cancelled') return setState({ kind: 'idle' });
    if (res.data.outcome === 'in_page') printOnPage(res.data.bodyHtml);
    setIssued(true);
    setState({ kind: 'printed' });
  }, [merchantUid, lang, printOnPage]);

  const savePdf = useCallback(async () => {
    const res = await pos().saveReceiptPdf({ merchantUid, kind: 'sale' });
    if (!res.ok) return setState({ kind: 'failed', reason: errorText(res.error, lang) });
    if (res.data.path !== null) {
      setIssued(true);
      setState({ kind: 'saved', path: res.data.path });
    }
  }, [merchantUid, lang]);

  useEffect(() => {
    void pos()
      .getPrinterSettings({})
      .then((res) => res.ok && setSettings(res.data));
  }, []);

  useEffect(() => {
    if (settings?.printReceipt !== 'always' || settings.output === 'none' || auto.current) return;
    auto.current = true;
    void print();
  }, [settings, print]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The charge screen stays mounted while another screen is shown: keys count only while this is on screen.
      if (!isScreenKey(e) || section.current?.offsetParent == null) return;
      if (e.key === KEYS.print) void print();
      else if (e.key === KEYS.none) onNoReceipt();
      else if (e.key === KEYS.pdf) void savePdf();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [print, savePdf, onNoReceipt]);

  const printing = state.kind === 'printing';
  return (
    <section ref={section} className="receipt-choice" aria-label={p('receipt')}>
      <div className="receipt-choice__actions">
        <button type="button" className={`btn ${settings?.printReceipt === 'never' ? '' : 'btn--primary'}`} disabled={printing} onClick={() => void print()}>
          <kbd>{KEYS.print}</kbd>
          {issued ? p('receiptReprint') : p('receiptPrint')}
        </button>
        <button type="button" className="btn" onClick={onNoReceipt}>
          <kbd>{KEYS.none}</kbd>
          {p('receiptNone')}
        </button>
        <button type="button" className="btn" disabled={printing} onClick={() => void savePdf()}>
          <kbd>{KEYS.pdf}</kbd>
          {p('receiptPdf')}
        </button>
      </div>
      <p className="receipt-choice__hint">{p('keyHint')}</p>
      {printing && <p role="status">{p('printing')}</p>}
      {state.kind === 'printed' && <p role="status" className="ok-text">{p('printed')}</p>}
      {state.kind === 'saved' && <p role="status" className="ok-text">{p('pdfSaved', { path: state.path })}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="form-error">
          {p('notPrinted', { reason: state.reason })}
        </p>
      )}
      {pageHtml !== null && <div className="receipt-paper" dangerouslySetInnerHTML={{ __html: pageHtml }} />}
    </section>
  );
}
