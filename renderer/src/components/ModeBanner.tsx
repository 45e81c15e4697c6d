import type { Mode } from '../../../contract/schemas';
import { useT } from '../i18n/useT';

/** Always visible outside live mode, so nobody mistakes a practice charge for a real one (or the reverse). */
export function ModeBanner({ mode }: { mode: Mode }) {
  const t = useT();
  if (mode === 'live') return null;
  return (
    <div className={`banner banner--${mode}`} role="note" aria-label={mode.toUpperCase()}>
      {t(mode === 'sandbox' ? 'banner.sandbox' : 'banner.test')}
    </div>
  );
}
