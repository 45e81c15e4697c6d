import type { PaymentStatus } from '../../contract/schemas';
import type { LedgerRecord } from '../../main/ledger/ledger';
import type { SandboxPayment } from './sandbox-view';

/** The POS's refunds of one payment: answered as refunded, and still being checked. */
export interface RefundTally {
  refunded: number;
  open: number;
}

/** What the screen was told about a sale, the last time the app answered for it. */
export type Told = 'paid' | 'failed' | 'rejected' | 'unknown';

export interface Findings {
  /** merchant_uids checked (ledger ∪ sandbox). */
  checked: number;
  /** Ledger and PortOne disagree on status or amounts, or the app told the cashier something PortOne contradicts. */
  mismatches: string[];
  /** More than one paid payment for one merchant_uid, or for one sale (attemptId). */
  doubleCharges: string[];
  /** Paid at PortOne but missing from the ledger, or not paid there. */
  lostPayments: string[];
  /** Intents still pending/unknown. */
  unresolved: string[];
}

const EVER_PAID = new Set<SandboxPayment['status']>(['paid', 'cancelled']);
const LEDGER_PAID = new Set<PaymentStatus>(['paid', 'partially_cancelled', 'cancelled']);

/** The ledger status that matches PortOne's record of a paid payment. */
function expectedStatus(p: SandboxPayment): PaymentStatus {
  if (p.status === 'cancelled') return 'cancelled';
  return p.cancel_amount > 0 ? 'partially_cancelled' : 'paid';
}

/**
 * Every merchant_uid, ledger against PortOne (the sandbox): the money rules the campaign proves.
 * `told` maps each sale (attemptId) to the last outcome the app answered for it.
 */
export function reconcile(
  ledger: readonly LedgerRecord[],
  sandbox: readonly SandboxPayment[],
  told: ReadonlyMap<string, Told>,
  refunds: ReadonlyMap<string, RefundTally> = new Map(),
): Findings {
  const paidAt = new Map<string, SandboxPayment[]>();
  for (const p of sandbox) if (EVER_PAID.has(p.status)) paidAt.set(p.merchant_uid, [...(paidAt.get(p.merchant_uid) ?? []), p]);
  const byUid = new Map(ledger.map((r) => [r.payment.merchantUid, r]));
  const findings: Findings = { checked: 0, mismatches: [], doubleCharges: [], lostPayments: [], unresolved: [] };
  const paidPerSale = new Map<string, number>();

  for (const uid of new Set([...byUid.keys(), ...sandbox.map((p) => p.merchant_uid)])) {
    findings.checked += 1;
    const record = byUid.get(uid);
    const paid = paidAt.get(uid) ?? [];
    if (paid.length > 1) findings.doubleCharges.push(`${uid}: ${paid.length} paid payments at PortOne`);
    if (!record) {
      if (paid.length > 0) findings.lostPayments.push(`${uid}: paid at PortOne, not in the ledger`);
      continue;
    }
    const { payment } = record;
    if (record.attemptId !== null && paid.length > 0) paidPerSale.set(record.attemptId, (paidPerSale.get(record.attemptId) ?? 0) + paid.length);
    if (payment.status === 'pending' || payment.status === 'unknown') {
      findings.unresolved.push(`${uid}: ${payment.status}`);
      continue;
    }
    const tally = refunds.get(uid) ?? { refunded: 0, open: 0 };
    if (tally.open > 0) findings.unresolved.push(`${uid}: ${tally.open} refund(s) still being checked`);
    const cancels = paid[0]?.cancel_history.length ?? 0;
    // Every cancel PortOne made is a refund the POS knows it made, and none it thinks it made is missing.
    if (tally.open === 0 && cancels !== tally.refunded) findings.mismatches.push(`${uid}: PortOne has ${cancels} cancels, the POS recorded ${tally.refunded} refunds`);
    const at = paid[0];
    if (!at) {
      if (LEDGER_PAID.has(payment.status)) findings.mismatches.push(`${uid}: ledger ${payment.status}, PortOne has no paid payment`);
      continue;
    }
    if (!LEDGER_PAID.has(payment.status)) {
      findings.lostPayments.push(`${uid}: paid at PortOne, ledger says ${payment.status}`);
      continue;
    }
    const problems = [
      payment.status !== expectedStatus(at) && `status ${payment.status} vs ${at.status} (cancelled ₩${at.cancel_amount})`,
      payment.impUid !== at.imp_uid && `imp_uid ${payment.impUid} vs ${at.imp_uid}`,
      payment.amount !== at.amount && `amount ₩${payment.amount} vs ₩${at.amount}`,
      payment.cancelAmount !== at.cancel_amount && `cancelled ₩${payment.cancelAmount} vs ₩${at.cancel_amount}`,
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) findings.mismatches.push(`${uid}: ${problems.join(', ')}`);
  }

  for (const [attemptId, count] of paidPerSale) {
    if (count > 1) findings.doubleCharges.push(`sale ${attemptId}: charged ${count} times`);
  }
  // What the cashier saw must stand: "paid" stays paid, a definite "not paid" never took money.
  const saleUid = new Map(ledger.flatMap((r) => (r.attemptId === null ? [] : [[r.attemptId, r] as const])));
  for (const [attemptId, outcome] of told) {
    // Keyed and card-on-file sales are told by attemptId; a window sale by its merchant_uid.
    const record = saleUid.get(attemptId) ?? byUid.get(attemptId);
    const charged = record ? (paidAt.get(record.payment.merchantUid)?.length ?? 0) > 0 : false;
    if (outcome === 'paid' && !charged) findings.mismatches.push(`sale ${attemptId}: told paid, PortOne has no payment`);
    if ((outcome === 'failed' || outcome === 'rejected') && charged) findings.mismatches.push(`sale ${attemptId}: told ${outcome}, but PortOne charged it`);
  }
  return findings;
}
