import type { ReceiptIssue, Reconciliation } from '../../contract/close';
import type { ReceiptLookupAnswer } from '../portone/outcomes';

/** A 현금영수증 of the period as the POS holds it, or a cash sale of the period with none (`state` 'none'). */
export interface PosReceipt {
  merchantUid: string;
  cashUid: string;
  state: string;
  amount: number;
}

type Remote = 'none' | 'issued' | 'cancelled';

const LOOKUPS_AT_ONCE = 4;

/** Which difference, if any, PortOne's record makes against the POS's state (an open request is left to recovery). */
function differenceOf(pos: string, remote: Remote): ReceiptIssue['kind'] | null {
  if (pos === 'issued') return remote === 'none' ? 'receipt_missing_at_portone' : remote === 'cancelled' ? 'receipt_cancelled_at_portone' : null;
  if (pos === 'cancelled') return remote === 'issued' ? 'receipt_cancelled_here' : null;
  // No receipt here, or one PortOne was said to lack (refused, never sent): PortOne holding one is a receipt the POS does not know.
  if (pos === 'none' || pos === 'rejected' || pos === 'not_sent') return remote === 'issued' ? 'receipt_missing_here' : null;
  return null;
}

/**
 * Every cash receipt of the period (and every cash sale of it without one) against
 * `GET /receipts/external/{merchant_uid}`, each on its own (PortOne has no list of them), a few
 * at a time. Stops at the first lookup without an answer and says so.
 */
export async function reconcileReceipts(
  receipts: readonly PosReceipt[],
  lookup: (merchantUid: string) => Promise<ReceiptLookupAnswer>,
): Promise<NonNullable<Reconciliation['receipts']>> {
  const issues: ReceiptIssue[] = [];
  let checked = 0;
  // A few at a time: a busy day's cash sales are hundreds of lookups, each a round trip.
  for (let at = 0; at < receipts.length; at += LOOKUPS_AT_ONCE) {
    const batch = receipts.slice(at, at + LOOKUPS_AT_ONCE);
    const answers = await Promise.all(batch.map((r) => lookup(r.merchantUid)));
    for (const [i, answer] of answers.entries()) {
      const r = batch[i];
      if (!r) continue;
      if (answer.outcome === 'unknown' || answer.outcome === 'rejected') {
        return { checked, error: answer.outcome === 'unknown' ? answer.detail : answer.reason, issues };
      }
      checked += 1;
      const remote: Remote = answer.outcome === 'none' ? 'none' : answer.receipt.cancelled_at !== 0 ? 'cancelled' : 'issued';
      const kind = differenceOf(r.state, remote);
      if (kind) issues.push({ kind, merchantUid: r.merchantUid, cashUid: r.cashUid, pos: r.state, portone: remote, amount: answer.outcome === 'found' ? answer.receipt.amount : r.amount });
    }
  }
  return { checked, error: null, issues };
}
