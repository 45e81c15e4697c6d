import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../../contract/catalog';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { FormError, OutcomeMessage, type Outcome } from '../components/FormMessage';
import { fill } from '../i18n';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { errorText } from '../kernel/errors';
import { catalogMessages, catalogReasonMessages } from './messages';

/** The file's bytes as base64: main detects UTF-8 (with or without BOM) or CP949 from the bytes themselves. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * CSV import in two steps (preview with every row's problems by line, column and reason; then a
 * confirmed write, refused while any problem is left), and export as a file to download.
 */
export function CsvPanel({ onImported }: { onImported(): void }) {
  const c = useMessages(catalogMessages);
  const lang = useApp((s) => s.lang);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<{ url: string; fileName: string } | null>(null);

  useEffect(() => () => {
    if (download) URL.revokeObjectURL(download.url);
  }, [download]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    setPreview(null);
    setFileName(file.name);
    const res = await pos().previewCatalogImport({ fileName: file.name, contentBase64: await base64Of(file) });
    setBusy(false);
    if (res.ok) setPreview(res.data);
    else setError(errorText(res.error, lang));
  };

  const confirm = async () => {
    if (!preview) return;
    setConfirming(false);
    setBusy(true);
    const previewId = preview.previewId;
    const res = await withApproval((approval) => pos().confirmCatalogImport(approval ? { previewId, approval } : { previewId }));
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error, lang));
    setPreview(null);
    setOutcome({ ok: true, text: c('imported', { ...res.data }) });
    onImported();
  };

  const exportCsv = async () => {
    const res = await pos().exportCatalog(undefined);
    if (!res.ok) return setError(errorText(res.error, lang));
    const blob = new Blob([res.data.csv], { type: 'text/csv;charset=utf-8' });
    setDownload({ url: URL.createObjectURL(blob), fileName: res.data.fileName });
  };

  const reasonOf = (reason: string, params: Record<string, string | number>) => {
    const sentence = (catalogReasonMessages[lang] as Record<string, string>)[reason];
    return sentence === undefined ? reason : fill(sentence, params);
  };

  return (
    <div className="catalog__csv">
      <div className="field">
        <label htmlFor="f-catalogCsv">{c('csvFile')}</label>
        <input id="f-catalogCsv" type="file" accept=".csv,text/csv" autoFocus disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        <p className="field__hint">{c('csvHint')}</p>
      </div>
      <FormError error={error} />
      <OutcomeMessage outcome={outcome} />
      {preview && (
        <section aria-labelledby="csv-preview-title">
          <h2 id="csv-preview-title">{c('preview')}</h2>
          <p>{c('previewOf', { file: fileName, rows: preview.rows, encoding: preview.encoding })}</p>
          <p>{c('counts', { added: preview.added, updated: preview.updated, unchanged: preview.unchanged })}</p>
          {preview.problems.length > 0 ? (
            <>
              <p className="form-error" role="alert">
                {c('problems', { count: preview.problems.length })}
              </p>
              <DataTable aria-label={c('problems', { count: preview.problems.length })} columns={[{ label: c('col.line'), numeric: true }, { label: c('col.column') }, { label: c('col.reason') }]}>
                {preview.problems.map((p, i) => (
                  <tr key={`${p.line}-${i}`}>
                    <td className="num">{p.line}</td>
                    <td>{p.column ?? ''}</td>
                    <td>{reasonOf(p.reason, p.params)}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          ) : (
            <p className="ok-text">{c('noProblems')}</p>
          )}
          {preview.sample.length > 0 && (
            <DataTable aria-label={c('preview')} columns={[{ label: c('col.line'), numeric: true }, { label: c('col.action') }, { label: c('col.name') }, { label: c('col.price'), numeric: true }, { label: c('col.taxation') }]}>
              {preview.sample.map((r) => (
                <tr key={r.line}>
                  <td className="num">{r.line}</td>
                  <td>{c(`action.${r.action}`)}</td>
                  <td>{r.name}</td>
                  <td className="num">{formatKrw(r.price)}</td>
                  <td>{c(r.taxation === 'tax_free' ? 'taxFree' : 'taxable')}</td>
                </tr>
              ))}
            </DataTable>
          )}
          <button type="button" className="btn btn--primary" disabled={busy || preview.problems.length > 0} onClick={() => setConfirming(true)}>
            {c('confirmImport')}
          </button>
        </section>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={() => void exportCsv()}>
          {c('export')}
        </button>
        {download && (
          <a className="btn" href={download.url} download={download.fileName}>
            {c('download', { file: download.fileName })}
          </a>
        )}
      </div>
      {confirming && preview && (
        <ConfirmDialog message={c('confirmText', { added: preview.added, updated: preview.updated })} confirmLabel={c('confirmImport')} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)} />
      )}
    </div>
  );
}
