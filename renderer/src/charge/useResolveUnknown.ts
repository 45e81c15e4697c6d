import { useEffect, useRef } from 'react';
import type { PaymentDetail } from '../../../contract/schemas';
import { isOpenStatus } from '../../../domain/payment-status';
import { pos } from '../kernel/pos';


/** Backoff between lookups: quick at first (most drops resolve in seconds), then steady. */
const DELAYS_MS = [500, 1000, 2000, 3000, 5000];

/**
 * While `merchantUid` is set, asks main to look the payment up by merchant_uid (never to charge
 * again) until the ledger has a final status, then calls `onFinal` once.
 */
export function useResolveUnknown(merchantUid: string | null, onFinal: (detail: PaymentDetail) => void): void {
  const onFinalRef = useRef(onFinal);
  useEffect(() => {
    onFinalRef.current = onFinal;
  });

  useEffect(() => {
    if (merchantUid === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = (attempt: number) => {
      timer = setTimeout(async () => {
        const res = await pos().refreshPayment({ merchantUid });
        if (stopped) return;
        if (res.ok && !isOpenStatus(res.data.payment.status)) onFinalRef.current(res.data);
        else poll(attempt + 1);
      }, DELAYS_MS[Math.min(attempt, DELAYS_MS.length - 1)]);
    };
    poll(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [merchantUid]);
}
