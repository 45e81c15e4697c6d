import type { DrawerFigures } from '../../contract/cash';
import type { CloseReport, DayView, Reconciliation } from '../../contract/close';
import { AppError } from '../../contract/result';
import { isOpenStatus } from '../../domain/payment-status';
import type { Lang, ManagerApproval } from '../../contract/schemas';
import type { AccessControl } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Backend } from '../payments/backend';
import { safeFileName, type DocumentPrinter } from '../print/document-printer';
import { closeReportHtml } from './close-report-html';
import { closeTotals } from './close-totals';
import type { DayStore, StoredDay } from './day-store';
import { fetchPortOnePeriod, reconciliation } from './reconcile';
import { reconcileReceipts, type PosReceipt } from './reconcile-receipts';

export interface DayCloseDeps {
  days: DayStore;
  access: AccessControl;
  audit: AuditLog;
  /** Null while no PortOne is configured: the close then has no reconciliation. */
  backend: () => Backend | null;
  now: () => number;
  printer: DocumentPrinter;
  /** Language, store name and business number printed on the report. */
  letterhead: () => { lang: Lang; storeName: string; businessNumber: string };
  /** The audit log's newest entry, stored with the closed report as an anchor. */
  auditHead: () => { seq: number; hash: string } | null;
  /** Sales paid in (from, to]: by category and product, discounts, counts. */
  salesSummary?: (fromMs: number, toMs: number) => NonNullable<CloseReport['sales']>;
  /** The cash drawer's figures for a period opened with this float (main/cash); none = a card-only till. */
  drawer?: (fromMs: number, toMs: number, float: number) => DrawerFigures;
  /** The period's cash receipts (and cash sales without one) in an environment, checked one by one with PortOne. */
  receiptsOfPeriod?: (fromMs: number, toMs: number, apiEnv: string) => PosReceipt[];
}

/**
 * 개점 → 마감정산. A day is opened with a cash float and closed with a report that is computed
 * once and stored: a closed day never changes. Payments belong to the day by the time they were
 * taken; anything taken after a close (even before the next opening) belongs to the next day.
 */
export class DayCloseService {
  constructor(private readonly deps: DayCloseDeps) {}

  status(): { open: DayView | null; lastClosed: DayView | null } {
    return { open: this.deps.days.open()?.view ?? null, lastClosed: this.deps.days.lastClosed()?.view ?? null };
  }

  async openDay(floatAmount: number): Promise<DayView> {
    const actor = this.deps.access.caller();
    if (this.deps.days.open()) throw new AppError('conflict', 'A business day is already open: close it first.', { reason: 'close.day_already_open' });
    const day = this.deps.days.insert(this.deps.now(), actor.name, floatAmount);
    this.deps.audit.record(actor, 'day_opened', String(day.view.id), { float: floatAmount });
    return day.view;
  }

  /** The X report (중간정산): the open day's figures now, with a count if one was made; nothing is stored. */
  async preview(countedCash: number | null = null): Promise<CloseReport> {
    const day = this.openOr409();
    return this.report(day, Math.max(this.deps.now(), day.view.startsAt), countedCash, null, false);
  }

  /** Reconciles first (network), then computes and stores the report in one transaction. */
  async closeDay(countedCash: number | null, approval?: ManagerApproval): Promise<CloseReport> {
    const actor = await this.deps.access.authorize('manager', approval);
    const day = this.openOr409();
    const recon = await this.reconcilePeriod(day.view.startsAt, this.deps.now());
    // One transaction: the day_closed entry is written first, so the anchor stored with the
    // report (and printed on it) covers the close itself.
    const report = this.deps.days.transaction(() => {
      // The day ends one millisecond before now: a payment taken in this very millisecond (before
      // or after the close) belongs to the next day, never to both or neither. Never before the
      // day began (a wall clock stepped back since the last close): the books must telescope, and
      // what was taken under the stepped-back clock is then counted as a late approval.
      const endsAt = Math.max(this.deps.now() - 1, day.view.startsAt);
      const built = this.report(day, endsAt, countedCash, recon, true);
      this.deps.audit.record(actor, 'day_closed', String(day.view.id), {
        approved: built.totals.all.approved.amount,
        refunded: built.totals.all.refunded.amount,
        net: built.totals.all.net.amount,
        payments: built.totals.all.approved.count,
        reconIssues: recon.error === null ? recon.issues.length : null,
      });
      const closedDay = { ...built, day: { ...built.day, closedAt: endsAt, closedBy: actor.name }, auditHead: this.deps.auditHead() };
      if (!this.deps.days.close(day.view.id, endsAt, actor.name, closedDay)) {
        throw new AppError('conflict', 'This day was closed meanwhile.', { reason: 'close.day_closed_meanwhile' });
      }
      return closedDay;
    });
    return report;
  }

  async dayReport(dayId: number): Promise<CloseReport> {
    const day = this.deps.days.get(dayId);
    if (!day) throw new AppError('not_found', 'No business day with this number.', { reason: 'close.day_not_found', field: 'dayId' });
    if (!day.report) throw new AppError('conflict', 'This day is still open: preview its figures or close it.', { reason: 'close.day_still_open', field: 'dayId' });
    return day.report;
  }

  async list(limit: number): Promise<DayView[]> {
    return this.deps.days.list(limit);
  }

  /** The open day (or a closed one's period) against PortOne's list, now. */
  async reconcile(dayId?: number, approval?: ManagerApproval): Promise<Reconciliation> {
    await this.deps.access.authorize('manager', approval);
    const day = dayId === undefined ? this.openOr409() : this.deps.days.get(dayId);
    if (!day) throw new AppError('not_found', 'No business day with this number.', { reason: 'close.day_not_found', field: 'dayId' });
    return this.reconcilePeriod(day.view.startsAt, day.view.closedAt ?? this.deps.now());
  }

  /**
   * A closed day's stored Z report on paper or as a PDF; the open day's is its X report (중간정산):
   * the figures now, titled as such and never as final, and nothing stored.
   */
  async print(dayId: number, output: 'print' | 'pdf', countedCash: number | null = null): Promise<{ outcome: 'printed' | 'cancelled' | 'in_page' | 'saved'; path: string | null; html: string }> {
    const open = this.deps.days.open();
    const report = open?.view.id === dayId ? await this.preview(countedCash) : await this.dayReport(dayId);
    const html = closeReportHtml(report, this.deps.letterhead());
    const document = { html, fileName: safeFileName(`day-${report.final ? 'close' : 'x-report'}-${dayId}`), paper: 'a4' as const };
    if (output === 'print') return { outcome: await this.deps.printer.print(document), path: null, html };
    const path = await this.deps.printer.savePdf(document);
    return { outcome: path === null ? 'cancelled' : 'saved', path, html };
  }

  private openOr409(): StoredDay {
    const day = this.deps.days.open();
    if (!day) throw new AppError('conflict', 'No business day is open: open the day first.', { reason: 'close.no_day_open' });
    return day;
  }

  private report(day: StoredDay, endsAt: number, countedCash: number | null, recon: Reconciliation | null, final: boolean): CloseReport {
    const { days } = this.deps;
    const previous = days.lastClosed();
    // What changed since the last close on sales it counted: refunds, and approvals of payments open then.
    const closedAt = previous?.view.closedAt ?? null;
    const base = closedAt !== null ? previous?.report : undefined;
    const late = {
      refunds: base && closedAt !== null ? days.refundedThrough(closedAt) - base.refundedThroughClose : 0,
      approvals: base?.approvedThroughClose !== undefined && closedAt !== null ? days.approvedThrough(closedAt) - base.approvedThroughClose : 0,
    };
    const openPayments: CloseReport['openPayments'] = [];
    function* noting(payments: ReturnType<DayStore['payments']>) {
      for (const p of payments) {
        if (isOpenStatus(p.status)) openPayments.push({ merchantUid: p.merchantUid, kind: p.kind, status: p.status, amount: p.amount });
        yield p;
      }
    }
    const totals = closeTotals(noting(days.payments(day.view.startsAt, endsAt)), late);
    const drawer = this.deps.drawer?.(day.view.startsAt, endsAt, day.view.floatAmount);
    // 현금과부족 against what the drawer should hold; with no cash movements that is the float.
    const expected = drawer?.expected ?? day.view.floatAmount;
    return {
      day: day.view,
      endsAt,
      final,
      totals,
      cash: { float: day.view.floatAmount, counted: countedCash, difference: countedCash === null ? null : countedCash - expected },
      ...(drawer ? { drawer } : {}),
      reconciliation: recon,
      openPayments,
      refundedThroughClose: days.refundedThrough(endsAt),
      approvedThroughClose: days.approvedThrough(endsAt),
      ...(this.deps.salesSummary ? { sales: this.deps.salesSummary(day.view.startsAt, endsAt) } : {}),
    };
  }

  private async reconcilePeriod(fromMs: number, toMs: number): Promise<Reconciliation> {
    const backend = this.deps.backend();
    const ledger = [...this.deps.days.payments(fromMs, toMs)].filter((p) => backend === null || p.apiEnv === backend.apiEnv);
    const fetched = backend
      ? await fetchPortOnePeriod(backend.client, fromMs, toMs)
      : { ok: false as const, error: 'PortOne is not configured yet.' };
    const recon = reconciliation(this.deps.now(), ledger, fetched, { fromMs, toMs }, (uid) => this.deps.days.knows(uid));
    const ofPeriod = this.deps.receiptsOfPeriod;
    if (!backend || !ofPeriod) return recon;
    const receipts = await reconcileReceipts(ofPeriod(fromMs, toMs, backend.apiEnv), (uid) => backend.client.getExternalReceipt(uid));
    return { ...recon, receipts };
  }
}
