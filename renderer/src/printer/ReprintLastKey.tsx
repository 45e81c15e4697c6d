import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../kernel/store';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { printerMessages } from './messages';
import { errorText } from '../kernel/errors';
import { usePagePrint } from './usePagePrint';
import '../receipts/receipt.css';
import './printer.css';

/** The key that reprints the latest sale's receipt from any screen. */
export const REPRINT_LAST_KEY = 'F12';

/** "Last receipt" in the top bar and on F12: prints the latest approved sale's receipt again and says how it went. */
export function ReprintLastKey() {
  const p = useMessages(printerMessages);
  const lang = useApp((s) => s.lang);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const { pageHtml, printOnPage } = usePagePrint();

  const reprint = useCallback(async () => {
    setNote(null);
    const res = await pos().reprintLast({});
    if (!res.ok) return setNote({ ok: false, text: errorText(res.error, lang) });
    if (res.data.outcome === 'in_page') printOnPage(res.data.bodyHtml);
    if (res.data.outcome !== 'cancelled') setNote({ ok: true, text: p('reprintedLast', { uid: res.data.merchantUid }) });
  }, [lang, p, printOnPage]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== REPRINT_LAST_KEY || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void reprint();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reprint]);

  return (
    <div className="reprint-last">
      <button type="button" className="nav-btn" aria-keyshortcuts={REPRINT_LAST_KEY} onClick={() => void reprint()}>
        <kbd>{REPRINT_LAST_KEY}</kbd> {p('reprintLast')}
      </button>
      {note && (
        <p role={note.ok ? 'status' : 'alert'} className={`reprint-last__note ${note.ok ? 'ok-text' : 'form-error'}`}>
          {note.text}
        </p>
      )}
      {pageHtml !== null && <div className="receipt-paper" dangerouslySetInnerHTML={{ __html: pageHtml }} />}
    </div>
  );
}
