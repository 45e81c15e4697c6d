import type { PaymentStatus } from '../../../contract/schemas';
import { useT } from '../i18n/useT';

export function StatusBadge({ status }: { status: PaymentStatus }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
