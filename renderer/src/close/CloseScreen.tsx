import { useCallback, useEffect, useState } from 'react';
import type { CloseReport, DayView, Reconciliation } from '../../../contract/close';
import type { ErrorInfo } from '../../../contract/result';
import { formatKrw } from '../../../domain/money';
import { useErrorText } from '../kernel/errors';
import { withApproval } from '../auth/store';
import { formatWonInput } from '../charge/form';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError } from '../components/FormMessage';
import { TextField } from '../components/TextField';
import { useApp } from '../kernel/store';
import { dateTimeText } from '../i18n/format';
import { useMessages, useT } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { closeMessages } from './messages';
import { DrawerMoveForm } from './DrawerMoveForm';
import { ReconView } from './ReconView';
import { DaySlipButton } from '../printer/DaySlipButton';
import { ReportView } from './ReportView';
import './close.css';

const won = (text: string): number | null => {
  const digits = text.replace(/[^\d]/g, '');
  return digits === '' ? null : Number(digits);
};

type DayState = { open: DayView | null; days: DayView[]; preview: CloseReport | null } | { error: ErrorInfo };

/** The open day, the closed ones, and the open day's figures so far. */
async function fetchDayState(countedCash: number | null = null): Promise<DayState> {
  const [status, list] = await Promise.all([pos().dayStatus(undefined), pos().listDays({ limit: 20 })]);
  if (!status.ok) return { error: status.error };
  if (!list.ok) return { error: list.error };
  const days = list.data.filter((d) => d.closedAt !== null);
  if (!status.data.open) return { open: null, days, preview: null };
  const preview = await pos().previewClose({ countedCash });
  if (!preview.ok) return { error: preview.error };
  return { open: status.data.open, days, preview: preview.data };
}

/** 개점 → 마감정산: open the day with a float, take X reports (read-only), reconcile, close, print. */
export function CloseScreen() {
  const t = useT();
  const errorText = useErrorText();
  const lang = useApp((st) => st.lang);
  const m = useMessages(closeMessages);
  const [open, setOpen] = useState<DayView | null | undefined>(undefined);
  const [days, setDays] = useState<DayView[]>([]);
  const [preview, setPreview] = useState<CloseReport | null>(null);
  const [recon, setRecon] = useState<Reconciliation | null>(null);
  const [report, setReport] = useState<CloseReport | null>(null);
  const [floatText, setFloatText] = useState('');
  const [countedText, setCountedText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback(
    (state: DayState) => {
      if ('error' in state) return setError(errorText(state.error));
      setOpen(state.open);
      setDays(state.days);
      setPreview(state.preview);
    },
    [errorText],
  );
  const load = useCallback((countedCash: number | null = null) => fetchDayState(countedCash).then(apply), [apply]);

  useEffect(() => {
    let live = true;
    void fetchDayState().then((state) => live && apply(state));
    return () => {
      live = false;
    };
  }, [apply]);

  const openDay = async () => {
    setError(null);
    const floatAmount = won(floatText) ?? 0;
    const res = await withApproval((approval) => pos().openDay({ floatAmount, ...(approval ? { approval } : {}) }));
    if (!res.ok) return setError(errorText(res.error));
    setFloatText('');
    setReport(null);
    setNotice(null);
    await load();
  };

  const reconcile = async () => {
    setBusy(true);
    setError(null);
    setNotice(m('reconciling'));
    const res = await withApproval((approval) => pos().reconcileDay(approval ? { approval } : {}));
    setBusy(false);
    setNotice(null);
    if (res.ok) setRecon(res.data);
    else setError(errorText(res.error));
  };

  const closeDay = async () => {
    setConfirming(false);
    setBusy(true);
    setError(null);
    const countedCash = won(countedText);
    const res = await withApproval((approval) => pos().closeDay({ countedCash, ...(approval ? { approval } : {}) }));
    if (!res.ok) {
      setBusy(false);
      return setError(errorText(res.error));
    }
    setRecon(null);
    setCountedText('');
    // The day is read again first: "closed" and its report never show under the day still open.
    await load();
    setBusy(false);
    setReport(res.data);
    setNotice(m('closed', { id: res.data.day.id }));
  };

  const output = async (dayId: number, kind: 'print' | 'pdf', countedCash: number | null = null) => {
    setError(null);
    const res = await pos().printDayReport({ dayId, output: kind, countedCash });
    if (!res.ok) return setError(errorText(res.error));
    if (res.data.outcome === 'in_page') window.print();
    else if (res.data.outcome === 'saved') setNotice(m('pdfSaved', { path: res.data.path ?? '' }));
    else if (res.data.outcome === 'printed') setNotice(m('printed'));
  };

  const viewDay = async (dayId: number) => {
    const res = await pos().dayReport({ dayId });
    if (res.ok) setReport(res.data);
    else setError(errorText(res.error));
  };

  return (
    <section className="close-screen" aria-labelledby="close-title">
      <header className="screen-header">
        <h1 id="close-title">{m('title')}</h1>
      </header>
      <div role="status">{notice && <p className="ok-text">{notice}</p>}</div>
      <FormError error={error} />
      {open === null && (
        <form
          className="close-screen__open"
          onSubmit={(e) => {
            e.preventDefault();
            void openDay();
          }}
        >
          <p>{m('noOpenDay')}</p>
          <TextField name="float" label={m('float')} value={floatText} onChange={(typed) => setFloatText(formatWonInput(typed))} inputMode="numeric" maxLength={13} />
          <button type="submit" className="btn btn--primary">
            {m('open')}
          </button>
        </form>
      )}
      {open && (
        <div className="close-screen__day">
          <p data-testid="open-day">
            {m('opened', { id: open.id, at: dateTimeText(open.openedAt, lang), by: open.openedBy, float: formatKrw(open.floatAmount) })}
          </p>
          <p className="field__hint">{m('openDayInfo')}</p>
          <div className="actions">
            <button type="button" className="btn btn--primary" onClick={() => void load(won(countedText))}>
              {m('xReport')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => void reconcile()}>
              {m('reconcile')}
            </button>
            <DaySlipButton dayId={null} />
          </div>
          {recon && <ReconView recon={recon} />}
          <DrawerMoveForm onMoved={() => void load()} />
          {preview && (
            <section className="close-screen__x" aria-labelledby="x-report">
              <h2 id="x-report">
                {m('xReport')} · {m('xReportAt', { at: dateTimeText(preview.endsAt, lang) })}
              </h2>
              <p className="field__hint">{m('xReportNote')}</p>
              <div className="actions">
                <button type="button" className="btn" onClick={() => void output(open.id, 'print', won(countedText))}>
                  {m('print')}
                </button>
                <button type="button" className="btn" onClick={() => void output(open.id, 'pdf', won(countedText))}>
                  {m('pdf')}
                </button>
              </div>
              <ReportView report={preview} />
            </section>
          )}
          <form
            className="close-screen__close"
            onSubmit={(e) => {
              e.preventDefault();
              setConfirming(true);
            }}
          >
            <TextField
              name="countedCash"
              label={m('countedCash')}
              hint={m('countedHint')}
              value={countedText}
              onChange={(typed) => setCountedText(formatWonInput(typed))}
              inputMode="numeric"
              maxLength={13}
            />
            <button type="submit" className="btn btn--danger" disabled={busy}>
              {m('close')}
            </button>
          </form>
          {confirming && (
            <ConfirmDialog
              message={m('closeConfirm', { id: open.id })}
              confirmLabel={m('close')}
              onConfirm={() => void closeDay()}
              onCancel={() => setConfirming(false)}
            />
          )}
        </div>
      )}
      {report && (
        <div className="close-screen__report">
          <h2>
            {m('report')} · {m('day', { id: report.day.id })}
          </h2>
          <div className="actions">
            <button type="button" className="btn" onClick={() => void output(report.day.id, 'print')}>
              {m('print')}
            </button>
            <button type="button" className="btn" onClick={() => void output(report.day.id, 'pdf')}>
              {m('pdf')}
            </button>
            {report.final && <DaySlipButton dayId={report.day.id} />}
          </div>
          <ReportView report={report} />
        </div>
      )}
      {days.length > 0 && (
        <div className="close-screen__past">
          <h2 id="past-days">{m('pastDays')}</h2>
          <p className="field__hint">{m('readOnlyNote')}</p>
          <ul aria-labelledby="past-days">
            {days.map((d) => (
              <li key={d.id}>
                <button type="button" className="link-btn" onClick={() => void viewDay(d.id)}>
                  {m('day', { id: d.id })} · {dateTimeText(d.closedAt ?? d.openedAt, lang)} · {d.closedBy}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {open === undefined && <p>{t('common.loading')}</p>}
    </section>
  );
}
