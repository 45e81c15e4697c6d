import type Database from 'better-sqlite3';
import type { PrinterSettings } from '../../contract/printer';
import type { PdfResult, PrintResult, ReceiptKind, ReceiptPreview } from '../../contract/receipts';
import { AppError } from '../../contract/result';
import type { Lang, PaymentView } from '../../contract/schemas';
import { isCharged } from '../../domain/payment-status';
import type { AccessControl } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Ledger } from '../ledger/ledger';
import type { DocumentPrinter } from '../print/document-printer';
import { slipHtml } from '../printer/layout/slip-html';
import type { Slip } from '../printer/layout/slip';
import type { RefundStore } from '../refunds/refund-store';
import { receiptDocument } from './receipt-document';
import { receiptSlip } from './receipt-layout';
import type { ReceiptModel, SaleSections, StoreHeader } from './receipt-model';

/** The thermal printer as the receipts see it (the PrinterService). */
export interface SlipPrinter {
  settings(): PrinterSettings;
  isEscPos(settings?: PrinterSettings): boolean;
  printSlip(slip: Slip, options: { drawer: boolean }): Promise<unknown>;
}

export interface ReceiptServiceDeps {
  ledger: Ledger;
  refunds: RefundStore;
  printer: DocumentPrinter;
  thermal: SlipPrinter;
  store: () => { storeName: string; businessNumber: string; lang: Lang };
  /** The cart's sections of a sale (lines, tenders, cash receipt) when there are any. */
  sale?: (merchantUid: string) => SaleSections | undefined;
  /** A sale's cash part has no PortOne payment: what its receipt shows in its place (the sale, under the cash part's number). */
  cashFace?: (merchantUid: string) => PaymentView | null;
  /** The newest cash sale, for "the last receipt" when no card payment came after it. */
  lastCash?: () => { merchantUid: string; at: number } | null;
  access: AccessControl;
  audit: AuditLog;
  now: () => number;
}

/** How far back "the last receipt" looks past declined attempts. */
const RECENT_LOOKBACK = 50;

const isCashSale = (sale: SaleSections | undefined): boolean => (sale?.tenders ?? []).some((t) => t.method === 'cash');

/**
 * Sales and refund receipts: previewed, printed (ESC/POS printer or the system dialog) and saved
 * as PDF, all from one laid-out slip. Every issue after the first of the same receipt is a
 * reprint, says 재출력 on the paper and is audited as `receipt_reprinted`. A print that fails
 * (printer offline, out of paper) issued nothing: the next try is still the original.
 */
export class ReceiptService {
  private readonly stmt;

  constructor(private readonly deps: ReceiptServiceDeps) {
    const db: Database.Database = deps.ledger.database;
    this.stmt = {
      count: db.prepare('SELECT count(*) AS n FROM receipt_prints WHERE merchant_uid = ? AND kind = ?').pluck(),
      add: db.prepare('INSERT INTO receipt_prints (merchant_uid, kind, output, reprint, actor, at) VALUES (?, ?, ?, ?, ?, ?)'),
    };
  }

  async preview(merchantUid: string, kind: ReceiptKind): Promise<ReceiptPreview> {
    const model = this.model(merchantUid, kind);
    return { bodyHtml: await slipHtml(receiptSlip(model), model.lang), reprint: model.reprint };
  }

  async print(merchantUid: string, kind: ReceiptKind): Promise<PrintResult> {
    const model = this.model(merchantUid, kind);
    const slip = receiptSlip(model);
    const bodyHtml = await slipHtml(slip, model.lang);
    const settings = this.deps.thermal.settings();
    if (settings.output === 'none') throw new AppError('unavailable', 'No receipt printer is set up.', { reason: 'printer.not_configured' });
    if (this.deps.thermal.isEscPos(settings)) {
      // The drawer opens with the first receipt of a cash sale, not with a reprint.
      await this.deps.thermal.printSlip(slip, { drawer: kind === 'sale' && !model.reprint && settings.openDrawerOnCash && isCashSale(model.sale) });
      this.issued(model, 'paper');
      return { outcome: 'printed', bodyHtml, reprint: model.reprint };
    }
    const outcome = await this.deps.printer.print(await receiptDocument(model, slip));
    // A cancelled print dialog issued nothing; the page's own print is taken as issued.
    if (outcome !== 'cancelled') this.issued(model, 'paper');
    return { outcome, bodyHtml, reprint: model.reprint };
  }

  /** The latest approved sale's receipt, printed again: a card payment's or a cash sale's, whichever was taken last. */
  async printLast(): Promise<PrintResult & { merchantUid: string }> {
    const card = this.deps.ledger.recent(RECENT_LOOKBACK).find((p) => isCharged(p.status));
    const cash = this.deps.lastCash?.() ?? null;
    const last = cash && (!card || cash.at >= card.createdAt) ? cash.merchantUid : card?.merchantUid;
    if (!last) throw new AppError('not_found', 'No approved sale to print a receipt for.', { reason: 'printer.no_sale' });
    return { ...(await this.print(last, 'sale')), merchantUid: last };
  }

  async savePdf(merchantUid: string, kind: ReceiptKind): Promise<PdfResult> {
    const model = this.model(merchantUid, kind);
    const path = await this.deps.printer.savePdf(await receiptDocument(model, receiptSlip(model)));
    if (path !== null) this.issued(model, 'pdf');
    return { path, reprint: model.reprint };
  }

  /** The store's letterhead: name and business number from the general settings, the rest from the printer's. */
  storeHeader(): StoreHeader {
    const store = this.deps.store();
    const { owner, address, phone } = this.deps.thermal.settings();
    return { name: store.storeName, businessNumber: store.businessNumber, owner, address, phone };
  }

  private model(merchantUid: string, kind: ReceiptKind): ReceiptModel {
    const payment = this.deps.ledger.get(merchantUid)?.payment ?? this.deps.cashFace?.(merchantUid) ?? null;
    if (!payment) throw new AppError('not_found', 'No payment with this order number.', { reason: 'history.payment_not_found' });
    if (!isCharged(payment.status)) throw new AppError('conflict', 'Only an approved payment has a receipt.', { reason: 'receipts.not_issued' });
    const cancels = this.deps.refunds.cancels(merchantUid);
    if (kind === 'refund' && cancels.length === 0) throw new AppError('conflict', 'This payment has no refund to print.', { reason: 'receipts.no_refund' });
    const sale = this.deps.sale?.(merchantUid);
    return {
      kind,
      lang: this.deps.store().lang,
      reprint: Number(this.stmt.count.get(merchantUid, kind)) > 0,
      paper: this.deps.thermal.settings().paper,
      store: this.storeHeader(),
      payment,
      cancels,
      printedAt: this.deps.now(),
      ...(sale ? { sale } : {}),
    };
  }

  private issued(model: ReceiptModel, output: 'paper' | 'pdf'): void {
    const actor = this.deps.access.current();
    const uid = model.payment.merchantUid;
    this.stmt.add.run(uid, model.kind, output, model.reprint ? 1 : 0, actor.name, model.printedAt);
    this.deps.audit.record(actor, model.reprint ? 'receipt_reprinted' : 'receipt_printed', uid, { kind: model.kind, output });
  }
}
