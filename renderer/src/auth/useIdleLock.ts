import { useEffect } from 'react';
import { pos } from '../kernel/pos';
import { useAuth } from './store';

/** Tell main about activity at most this often (it keeps the session from locking on its clock). */
const TOUCH_EVERY_MS = 15_000;
const ACTIVITY = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * The renderer's half of the idle lock: after `idleLockSeconds` without a key or a click the till
 * locks itself (and tells main); while the cashier works, main hears about it now and then.
 * Main enforces the same limit on its own clock, so a stalled renderer cannot keep a till open.
 */
export function useIdleLock(): void {
  const status = useAuth((s) => s.status);
  const setStatus = useAuth((s) => s.set);
  const armed = status?.mode === 'accounts' && status.actor !== null && !status.locked && status.idleLockSeconds > 0;
  const idleMs = (status?.idleLockSeconds ?? 0) * 1000;

  useEffect(() => {
    if (!armed) return undefined;
    let lastTouch = Date.now();
    let timer = window.setTimeout(lock, idleMs);
    function lock() {
      void pos()
        .lockTill(undefined)
        .then((res) => res.ok && setStatus(res.data));
    }
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, idleMs);
      if (Date.now() - lastTouch < TOUCH_EVERY_MS) return;
      lastTouch = Date.now();
      void pos()
        .touchSession(undefined)
        .then((res) => res.ok && res.data.locked && setStatus(res.data));
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [armed, idleMs, setStatus]);
}
