import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

/** Spinner with elapsed seconds, so a slow card company is visibly "still working", not frozen. */
export function SendingPanel({ startedAt, attemptId }: { startedAt: number; attemptId: string }) {
  const t = useT();
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className="sending" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <div>
        <div className="sending__text">{t('charge.sending', { s: seconds })}</div>
        <div className="sending__uid">{t('charge.attempt', { id: attemptId })}</div>
      </div>
    </div>
  );
}
