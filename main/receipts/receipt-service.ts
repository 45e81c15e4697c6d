import type Database from 'better-sqlite3';
import type { PdfResult, PrintResult, ReceiptKind, ReceiptPreview } from '../../contract/receipts';
import { AppError } from '../../contract/result';
import type { Lang } from '../../contract/schemas';
import type { AccessControl } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Ledger } from '../ledger/ledger';
import type { DocumentPrinter } from '../print/document-printer';
import type { RefundStore } from '../refunds/refund-store';
import { receiptBody, receiptDocument, type ReceiptModel } from './receipt-document';

export interface ReceiptServiceDeps {
  ledger: Ledger;
  refunds: RefundStore;
  printer: DocumentPrinter;
  store: () => { storeName: string; businessNumber: string; lang: Lang };
  access: AccessControl;
  audit: AuditLog;
  now: () => number;
  /** The lines and totals of the sale a payment paid; null for a quick charge. */
  saleOf?: (merchantUid: string) => ReceiptModel['sale'];
}

const ISSUED_STATUSES = new Set(['paid', 'partially_cancelled', 'cancelled']);

/**
 * Sales and refund receipts: previewed, printed and saved as PDF. Every issue after the first of
 * the same receipt is a reprint, says so on the paper and is audited as `receipt_reprinted`.
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
    return { bodyHtml: await receiptBody(model), reprint: model.reprint };
  }

  async print(merchantUid: string, kind: ReceiptKind): Promise<PrintResult> {
    const model = this.model(merchantUid, kind);
    const outcome = await this.deps.printer.print(await receiptDocument(model));
    // A cancelled print dialog issued nothing; the page's own print is taken as issued.
    if (outcome !== 'cancelled') this.issued(model, 'paper');
    return { outcome, bodyHtml: await receiptBody(model), reprint: model.reprint };
  }

  async savePdf(merchantUid: string, kind: ReceiptKind): Promise<PdfResult> {
    const model = this.model(merchantUid, kind);
    const path = await this.deps.printer.savePdf(await receiptDocument(model));
    if (path !== null) this.issued(model, 'pdf');
    return { path, reprint: model.reprint };
  }

  private model(merchantUid: string, kind: ReceiptKind): ReceiptModel {
    const record = this.deps.ledger.get(merchantUid);
    if (!record) throw new AppError('not_found', 'No payment with this order number.');
    const { payment } = record;
    if (!ISSUED_STATUSES.has(payment.status)) throw new AppError('conflict', 'Only an approved payment has a receipt.');
    const cancels = this.deps.refunds.cancels(merchantUid);
    if (kind === 'refund' && cancels.length === 0) throw new AppError('conflict', 'This payment has no refund to print.');
    const store = this.deps.store();
    return {
      kind,
      lang: store.lang,
      reprint: Number(this.stmt.count.get(merchantUid, kind)) > 0,
      storeName: store.storeName,
      businessNumber: store.businessNumber,
      payment,
      cancels,
      printedAt: this.deps.now(),
      sale: this.deps.saleOf?.(merchantUid) ?? null,
    };
  }

  private issued(model: ReceiptModel, output: 'paper' | 'pdf'): void {
    const actor = this.deps.access.current();
    const uid = model.payment.merchantUid;
    this.stmt.add.run(uid, model.kind, output, model.reprint ? 1 : 0, actor.name, model.printedAt);
    this.deps.audit.record(actor, model.reprint ? 'receipt_reprinted' : 'receipt_printed', uid, { kind: model.kind, output });
  }
}
