import type { CloseReport, DayView } from '../../contract/close';
import type { LedgerRecord } from '../../main/ledger/ledger';
import { KILLED, type CoreProcess } from './core-process';
import type { SandboxPayment } from './sandbox-view';

/**
 * Day opens and closes in the fault campaign, taken while payments are still being checked, and
 * the rule they must keep: every payment PortOne charged lands in exactly one Z report — in its
 * own day, or as a late approval of a later one — and every cancel likewise.
 *
 * The reports telescope: a close's "through close" sums minus the previous close's are exactly
 * what that close counted (its day plus what came late), so summed over every close after the
 * first they equal the last close's sums minus the first's. The last close is taken with the clock
 * past every step the campaign made, so its sums must equal what PortOne holds.
 */

const EVER_PAID = new Set<SandboxPayment['status']>(['paid', 'cancelled']);

/** Opens the day when none is open, closes it otherwise (the cash count left out). */
export async function toggleDay(core: CoreProcess, floatAmount: number): Promise<void> {
  const status = await core.call('dayStatus', {});
  if (status === KILLED || !status.ok) return;
  const open = (status.data as { open: DayView | null }).open;
  await (open ? core.call('closeDay', { countedCash: null }) : core.call('openDay', { floatAmount }));
}

/** Closes the books once more (opening a day if needed) and reads every closed day's frozen report. */
export async function closeAndReadReports(core: CoreProcess): Promise<CloseReport[]> {
  const status = await core.call('dayStatus', {});
  if (status === KILLED || !status.ok) throw new Error('day status unavailable');
  if ((status.data as { open: DayView | null }).open === null) await must(core.call('openDay', { floatAmount: 0 }));
  await must(core.call('closeDay', { countedCash: null }));
  const days = (await must(core.call('listDays', { limit: 100 }))) as DayView[];
  const closed = days.filter((d) => d.closedAt !== null).sort((a, b) => a.id - b.id);
  const reports: CloseReport[] = [];
  for (const day of closed) reports.push((await must(core.call('dayReport', { dayId: day.id }))) as CloseReport);
  return reports;
}

/** Broken rules, as lines for the campaign's mismatches. */
export function dayBookProblems(reports: readonly CloseReport[], ledger: readonly LedgerRecord[], atPortOne: readonly SandboxPayment[]): string[] {
  const first = reports[0];
  const last = reports[reports.length - 1];
  if (!first || !last) return ['no closed day to check'];
  const problems: string[] = [];
  const later = reports.slice(1);
  const counted = later.reduce((s, r) => s + r.totals.all.approved.amount + r.totals.lateApprovals, 0);
  const refunded = later.reduce((s, r) => s + r.totals.all.refunded.amount + r.totals.lateRefunds, 0);
  const through = (r: CloseReport) => r.approvedThroughClose ?? 0;
  if (counted !== through(last) - through(first)) {
    problems.push(`Z reports counted ₩${counted} of approvals, their through-close sums grew by ₩${through(last) - through(first)}`);
  }
  if (refunded !== last.refundedThroughClose - first.refundedThroughClose) {
    problems.push(`Z reports counted ₩${refunded} of refunds, their through-close sums grew by ₩${last.refundedThroughClose - first.refundedThroughClose}`);
  }
  const known = new Set(ledger.map((r) => r.payment.merchantUid));
  const paid = atPortOne.filter((p) => known.has(p.merchant_uid) && EVER_PAID.has(p.status));
  const paidAmount = paid.reduce((s, p) => s + p.amount, 0);
  const cancelAmount = paid.reduce((s, p) => s + p.cancel_amount, 0);
  if (through(last) !== paidAmount) problems.push(`last close counts ₩${through(last)} approved through it, PortOne charged ₩${paidAmount}`);
  if (last.refundedThroughClose !== cancelAmount) problems.push(`last close counts ₩${last.refundedThroughClose} refunded through it, PortOne cancelled ₩${cancelAmount}`);
  return problems;
}

async function must(call: ReturnType<CoreProcess['call']>): Promise<unknown> {
  const outcome = await call;
  if (outcome === KILLED || !outcome.ok) throw new Error(`day books: ${outcome === KILLED ? 'core died' : outcome.error.message}`);
  return outcome.data;
}
