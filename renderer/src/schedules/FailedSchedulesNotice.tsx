import { useEffect, useState } from 'react';
import type { PollView } from '../../../contract/schedules';
import { useApp } from '../kernel/store';
import { dateTimeText } from '../i18n/format';
import { useMessages } from '../i18n/useT';
import { pos } from '../kernel/pos';
import { scheduleMessages } from './messages';
import './schedules.css';

/** Re-read this often: main polls PortOne every few minutes; this only reads what main learnt. */
const REFRESH_MS = 60_000;

/** Flags failed scheduled charges for the cashier (home and customers screens) until handled. */
export function FailedSchedulesNotice() {
  const m = useMessages(scheduleMessages);
  const lang = useApp((s) => s.lang);
  const go = useApp((s) => s.go);
  const screen = useApp((s) => s.screen);
  const [view, setView] = useState<PollView | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      void pos()
        .failedSchedules({})
        .then((res) => {
          if (live && res.ok) setView(res.data);
        });
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [screen]);

  if (!view || view.failed.length === 0) return null;
  const names = [...new Set(view.failed.map((f) => f.customerName))].join(', ');
  return (
    <div className="failed-schedules" role="alert">
      <span>{m('failedNotice', { count: view.failed.length, names })}</span>
      <span className="failed-schedules__poll">
        {view.lastPollAt === null ? m('lastPoll.never') : m('lastPoll', { at: dateTimeText(view.lastPollAt, lang) })}
      </span>
      {screen !== 'customers' && (
        <button type="button" className="btn btn--small" onClick={() => go('customers')}>
          {m('failedNotice.open')}
        </button>
      )}
    </div>
  );
}
