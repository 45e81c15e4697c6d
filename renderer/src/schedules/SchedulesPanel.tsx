import { useCallback, useEffect, useState } from 'react';
import type { CustomerView } from '../../../contract/customers';
import type { ScheduleView } from '../../../contract/schedules';
import { formatKrw } from '../../../domain/money';
import { useApp } from '../kernel/store';
import { withApproval } from '../auth/store';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DataTable } from '../components/DataTable';
import { FormError, OutcomeMessage, type Outcome } from '../components/FormMessage';
import { dateTimeText } from '../i18n/format';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { errorText } from '../kernel/errors';
import { scheduleMessages } from './messages';
import { ScheduleForm } from './ScheduleForm';
import { TimeEditor } from './TimeEditor';
import './schedules.css';

type Confirm = { kind: 'one'; schedule: ScheduleView } | { kind: 'all' } | null;
type Editing = { kind: 'changeTime' | 'reschedule'; merchantUid: string } | null;

const UPCOMING = new Set(['planned', 'sending', 'scheduled']);

/** A customer's schedules: schedule more, see upcoming/paid/failed/cancelled ones, cancel, move, retry. */
export function SchedulesPanel({ customer }: { customer: CustomerView }) {
  const m = useMessages(scheduleMessages);
  const lang = useApp((s) => s.lang);
  const [list, setList] = useState<ScheduleView[]>([]);
  const [formOpen, setFormOpen] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = useCallback(async () => {
    const res = await pos().customerSchedules({ customerUid: customer.customerUid });
    if (res.ok) setList(res.data);
    else setError(errorText(res.error, lang));
  }, [customer.customerUid, lang]);

  useEffect(() => {
    let live = true;
    void pos()
      .customerSchedules({ customerUid: customer.customerUid })
      .then((res) => {
        if (!live) return;
        if (res.ok) setList(res.data);
        else setError(errorText(res.error, lang));
      });
    return () => {
      live = false;
    };
  }, [customer.customerUid, lang]);

  /** Every action: one at a time, its error shown, the list reloaded after. */
  const act = async (run: () => Promise<{ ok: true } | { ok: false; error: Parameters<typeof errorText>[0] }>) => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    const res = await run();
    setBusy(false);
    if (!res.ok) setError(errorText(res.error, lang));
    await load();
  };

  // The message speaks of the listed schedules: it is shown once the list has them, never before.
  const scheduled = async (count: number) => {
    setFormOpen(false);
    await load();
    setOutcome({ ok: true, text: m('scheduled', { count }) });
  };

  const cancelOne = (s: ScheduleView) =>
    act(() => withApproval((approval) => pos().cancelSchedule({ merchantUid: s.merchantUid, ...(approval ? { approval } : {}) })));
  const cancelAll = () =>
    act(() => withApproval((approval) => pos().cancelCustomerSchedules({ customerUid: customer.customerUid, ...(approval ? { approval } : {}) })));

  const when = (s: ScheduleView) => dateTimeText(s.scheduleAt, lang);
  const actions = (s: ScheduleView) => {
    if (UPCOMING.has(s.state) && s.state !== 'sending') {
      return (
        <>
          <button type="button" className="btn btn--small" disabled={busy} onClick={() => setEditing({ kind: 'changeTime', merchantUid: s.merchantUid })}>
            {m('changeTime')}
          </button>
          <button type="button" className="btn btn--small btn--danger" disabled={busy} onClick={() => setConfirm({ kind: 'one', schedule: s })}>
            {m('cancel')}
          </button>
        </>
      );
    }
    if (s.state === 'failed') {
      return (
        <>
          <button type="button" className="btn btn--small btn--primary" disabled={busy} onClick={() => void act(() => pos().retrySchedule({ merchantUid: s.merchantUid }))}>
            {m('retry')}
          </button>
          <button type="button" className="btn btn--small" disabled={busy} onClick={() => setEditing({ kind: 'reschedule', merchantUid: s.merchantUid })}>
            {m('reschedule')}
          </button>
          <button type="button" className="btn btn--small" disabled={busy} onClick={() => void act(() => pos().stopSchedule({ merchantUid: s.merchantUid }))}>
            {m('stop')}
          </button>
        </>
      );
    }
    return null;
  };

  return (
    <section className="schedules" aria-labelledby="schedules-title">
      <header className="schedules__header">
        <h2 id="schedules-title">{m('title')}</h2>
        <button type="button" className="btn" disabled={customer.keyState !== 'active'} aria-expanded={formOpen} onClick={() => setFormOpen((o) => !o)}>
          {formOpen ? m('close') : m('open')}
        </button>
        {list.some((s) => UPCOMING.has(s.state)) && (
          <button type="button" className="btn btn--danger" disabled={busy} onClick={() => setConfirm({ kind: 'all' })}>
            {m('cancelAll')}
          </button>
        )}
      </header>
      {formOpen && (
        <ScheduleForm
          customer={customer}
          onScheduled={(made) => void scheduled(made.length)}
        />
      )}
      <OutcomeMessage outcome={outcome} />
      <FormError error={error} />
      <h3 id="schedules-list">{m('list')}</h3>
      {list.length === 0 ? (
        <p className="empty">{m('none')}</p>
      ) : (
        <DataTable
          aria-labelledby="schedules-list"
          columns={[{ label: m('col.when') }, { label: m('col.order') }, { label: m('col.amount'), numeric: true }, { label: m('col.state') }, { label: m('col.actions') }]}
        >
          {list.map((s) => (
            <tr key={s.merchantUid} data-state={s.state}>
              <td>
                {when(s)}
                {s.moved && <span className="schedules__moved"> ({m('moved')})</span>}
              </td>
              <td>{s.orderName}</td>
              <td className="num">{formatKrw(s.amount)}</td>
              <td>
                <span className={`badge badge--schedule-${s.state}`}>{m(`state.${s.state}`)}</span>
                {s.failReason && <span className="schedules__reason">{s.failReason}</span>}
              </td>
              <td className="schedules__actions">
                {editing?.merchantUid === s.merchantUid ? (
                  <TimeEditor
                    initialAt={s.scheduleAt}
                    saveLabel={editing.kind === 'changeTime' ? m('changeTime.save') : m('reschedule')}
                    cancelLabel={m('close')}
                    disabled={busy}
                    onCancel={() => setEditing(null)}
                    onSave={(date, time) => {
                      const kind = editing.kind;
                      setEditing(null);
                      void act(() =>
                        kind === 'changeTime'
                          ? pos().changeScheduleTime({ merchantUid: s.merchantUid, date, time })
                          : pos().rescheduleFailed({ merchantUid: s.merchantUid, date, time }),
                      );
                    }}
                  />
                ) : (
                  actions(s)
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {confirm && (
        <ConfirmDialog
          message={
            confirm.kind === 'one'
              ? m('cancel.confirm', { when: when(confirm.schedule), amount: formatKrw(confirm.schedule.amount) })
              : m('cancelAll.confirm', { name: customer.name })
          }
          confirmLabel={m('cancel.confirmButton')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const c = confirm;
            setConfirm(null);
            void (c.kind === 'one' ? cancelOne(c.schedule) : cancelAll());
          }}
        />
      )}
    </section>
  );
}
