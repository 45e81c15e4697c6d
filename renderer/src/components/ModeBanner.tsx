import type { Mode } from '../../../contract/schemas';
import { useT } from '../i18n/useT';

/** Always visible outside live mode, so nobody mistakes a practice charge for a real one (or the reverse). */
export function ModeBanner({ mode }: { mode: Mode }) {
  const t = useT();
  if (mode === 'live') return null;
  const message = t(mode === 'sandbox' ? 'banner.sandbox' : 'banner.test');
  // A note takes its accessible name from aria-label only; it carries the whole sentence.
  return (
    <div className={`banner banner--${mode}`} role="note" aria-label={message}>
      {message}
    </div>
  );
}
