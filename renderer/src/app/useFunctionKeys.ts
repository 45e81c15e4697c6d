import { useEffect } from 'react';
import { useApp, type Screen } from '../kernel/store';

/** Function keys of the till, as on most Korean POS terminals; the same on every screen. */
export const F_KEYS: Record<string, Screen> = { F2: 'sale', F3: 'charge', F4: 'catalog', F6: 'windowPay', F7: 'customers', F8: 'payments', F9: 'close', F10: 'settings', F11: 'staff' };

export function useFunctionKeys(): void {
  const go = useApp((s) => s.go);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const screen = F_KEYS[e.key];
      if (screen === undefined) return;
      // A modal dialog owns the keyboard until it is answered.
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      go(screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}
