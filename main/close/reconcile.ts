import type { ReconIssue, Reconciliation } from '../../contract/close';
import type { PaymentStatus } from '../../contract/schemas';
import { isCharged, portoneStatusOf } from '../../domain/payment-status';
import type { PortOneClient } from '../portone/client';
import type { PortOnePayment } from '../portone/schemas';

/** A ledger payment as the reconciliation compares it. */
export interface LedgerSide {
  merchantUid: string;
  impUid: string | null;
  status: PaymentStatus;
  amount: number;
  cancelAmount: number;
}

/** Paid (or cancelled) beats failed/ready when PortOne holds several attempts for one merchant_uid. */
const weight = (p: PortOnePayment): number => (p.status === 'paid' || p.status === 'cancelled' ? 2 : p.status === 'ready' ? 1 : 0);

/**
 * Every difference between the ledger's payments of a period and PortOne's list for it: PortOne
 * has it and the ledger does not, the other way round, or both have it with another status or
 * amount. `known(merchantUid)` tells whether the ledger holds a PortOne payment outside the
 * period (taken just before it), which is then not "missing".
 */
export function compareWithPortOne(
  ledger: readonly LedgerSide[],
  portone: readonly PortOnePayment[],
  inPeriod: (p: PortOnePayment) => boolean,
  known: (merchantUid: string) => boolean,
): ReconIssue[] {
  const remote = new Map<string, PortOnePayment>();
  for (const p of portone) {
    const seen = remote.get(p.merchant_uid);
    if (!seen || weight(p) > weight(seen)) remote.set(p.merchant_uid, p);
  }
  const issues: ReconIssue[] = [];
  const local = new Set<string>();
  for (const l of ledger) {
    local.add(l.merchantUid);
    const r = remote.get(l.merchantUid);
    const ledgerSide = { status: l.status, amount: l.amount, cancelAmount: l.cancelAmount };
    if (!r) {
      if (isCharged(l.status)) issues.push({ kind: 'missing_at_portone', merchantUid: l.merchantUid, impUid: l.impUid, ledger: ledgerSide, portone: null });
      continue;
    }
    const portoneSide = { status: r.status, amount: r.amount, cancelAmount: r.cancel_amount };
    if (portoneStatusOf(l.status) !== r.status) {
      issues.push({ kind: 'status_differs', merchantUid: l.merchantUid, impUid: r.imp_uid, ledger: ledgerSide, portone: portoneSide });
    } else if (r.amount !== l.amount || r.cancel_amount !== l.cancelAmount) {
      issues.push({ kind: 'amount_differs', merchantUid: l.merchantUid, impUid: r.imp_uid, ledger: ledgerSide, portone: portoneSide });
    }
  }
  for (const r of remote.values()) {
    if (local.has(r.merchant_uid) || !inPeriod(r) || known(r.merchant_uid)) continue;
    issues.push({
      kind: 'missing_in_ledger',
      merchantUid: r.merchant_uid,
      impUid: r.imp_uid,
      ledger: null,
      portone: { status: r.status, amount: r.amount, cancelAmount: r.cancel_amount },
    });
  }
  return issues;
}

const PAGE_LIMIT = 100;
/** 200 pages of 100: far beyond a shop's day; a longer list is reported as truncated. */
const MAX_PAGES = 200;
/** PortOne's and our clocks differ and a request takes a while: fetch a little around the period. */
export const MARGIN_S = 600;

export type FetchResult = { ok: true; payments: PortOnePayment[]; truncated: boolean } | { ok: false; error: string };

/** `GET /payments/status/all?from&to` page by page (window by start time, in PortOne's seconds). */
export async function fetchPortOnePeriod(client: PortOneClient, fromMs: number, toMs: number): Promise<FetchResult> {
  const from = Math.floor(fromMs / 1000) - MARGIN_S;
  const to = Math.ceil(toMs / 1000) + MARGIN_S;
  const payments: PortOnePayment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await client.paymentsByStatus('all', { page, limit: PAGE_LIMIT, from, to });
    if (result.kind !== 'ok') return { ok: false, error: describe(result) };
    payments.push(...result.value.list);
    if (result.value.next === 0 || result.value.list.length === 0) return { ok: true, payments, truncated: false };
  }
  return { ok: true, payments, truncated: true };
}

function describe(failure: { kind: string; message?: string | null; cause?: string }): string {
  if (failure.kind === 'unreachable') return `PortOne could not be reached (${failure.cause ?? 'network'}).`;
  if (failure.kind === 'unauthorized') return 'PortOne did not accept the API key or secret.';
  return failure.message ?? 'PortOne refused the list request.';
}

export function reconciliation(
  checkedAt: number,
  ledger: readonly LedgerSide[],
  fetched: FetchResult,
  period: { fromMs: number; toMs: number },
  known: (merchantUid: string) => boolean,
): Reconciliation {
  if (!fetched.ok) return { checkedAt, error: fetched.error, ledgerCount: ledger.length, portoneCount: 0, truncated: false, issues: [] };
  const inPeriod = (p: PortOnePayment) => p.started_at * 1000 > period.fromMs - 1000 && p.started_at * 1000 <= period.toMs + 1000;
  return {
    checkedAt,
    error: null,
    ledgerCount: ledger.length,
    portoneCount: fetched.payments.filter(inPeriod).length,
    truncated: fetched.truncated,
    issues: compareWithPortOne(ledger, fetched.payments, inPeriod, known),
  };
}
