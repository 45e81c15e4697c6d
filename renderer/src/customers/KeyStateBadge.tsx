import type { KeyState } from '../../../contract/customers';
import { useMessages } from '../i18n/useT';
import { customerMessages } from './messages';

export function KeyStateBadge({ state }: { state: KeyState }) {
  const m = useMessages(customerMessages);
  return <span className={`badge badge--key-${state}`}>{m(`state.${state}`)}</span>;
}
