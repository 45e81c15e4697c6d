import { useEffect, useState } from 'react';
import { isOpenStatus } from '../../../domain/payment-status';
import { useT } from '../i18n/useT';
import { pos } from '../kernel/pos';

interface Props {
  startedAt: number;
  attemptId: string;
  amount: number;
  orderName: string;
}

/**
 * Main names the merchant_uid only when the charge returns, but a cashier on a slow line needs it
 * now (to quote it to the card company). Main runs one keyed charge at a time, so the in-flight
 * keyed intent of this amount and order name, written since we pressed Pay, is this sale's.
 */
function useInFlightUid({ startedAt, amount, orderName }: Omit<Props, 'attemptId'>): string | null {
  const [uid, setUid] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = (delayMs: number) => {
      timer = setTimeout(async () => {
        const res = await pos().recentPayments({ limit: 5 });
        if (stopped) return;
        const mine = res.ok
          ? res.data.find(
              (p) => p.kind === 'keyed' && isOpenStatus(p.status) && p.amount === amount && p.orderName === orderName && p.createdAt >= startedAt - 5_000,
            )
          : undefined;
        if (mine) setUid(mine.merchantUid);
        else look(1_500);
      }, delayMs);
    };
    look(600);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [startedAt, amount, orderName]);
  return uid;
}

/** Spinner with elapsed seconds, so a slow card company is visibly "still working", not frozen. */
export function SendingPanel({ startedAt, attemptId, amount, orderName }: Props) {
  const t = useT();
  const [now, setNow] = useState(startedAt);
  const uid = useInFlightUid({ startedAt, amount, orderName });
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
        <div className="sending__uid">{uid ? t('charge.merchantUid', { uid }) : t('charge.attempt', { id: attemptId })}</div>
      </div>
    </div>
  );
}
