import { windowCompany } from '../../domain/pay-method';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CloseReport, type DayView } from '../../contract/close';
import { CHARGED_STATUSES_SQL } from '../../domain/payment-status';
import { PaymentRow as LedgerPaymentRow } from '../ledger/ledger';
import type { DayPayment } from './close-totals';
import type { LedgerSide } from './reconcile';

const DayRow = z.object({
  id: z.number().int(),
  opened_at: z.number().int(),
  opened_by: z.string(),
  float_amount: z.number().int(),
  closed_at: z.number().int().nullable(),
  closed_by: z.string().nullable(),
  report: z.string().nullable(),
  prev_closed_at: z.number().int().nullable(),
});
type DayRow = z.infer<typeof DayRow>;

/** The ledger's own payment columns, plus what the query sums from the POS's refunds. */
const PaymentRow = LedgerPaymentRow.pick({
  merchant_uid: true,
  imp_uid: true,
  kind: true,
  status: true,
  amount: true,
  tax_free: true,
  cancel_amount: true,
  cashier: true,
  card_name: true,
  api_env: true,
  pay_method: true,
  bank_name: true,
  vbank_name: true,
}).extend({
  refunded_by_pos: z.number().int().nullable(),
  refunded_tax_free: z.number().int().nullable(),
});

export interface StoredDay {
  view: DayView;
  report: CloseReport | null;
}

const toDay = (raw: unknown): StoredDay => {
  const r: DayRow = DayRow.parse(raw);
  return {
    view: {
      id: r.id,
      // A day counts what was taken since the previous close (nothing falls between days); the first from its opening.
      startsAt: r.prev_closed_at ?? r.opened_at,
      openedAt: r.opened_at,
      openedBy: r.opened_by,
      floatAmount: r.float_amount,
      closedAt: r.closed_at,
      closedBy: r.closed_by,
    },
    report: r.report === null ? null : CloseReport.parse(JSON.parse(r.report)),
  };
};

/**
 * The payments taken in (from, to], with what the POS's own refunds say about each cancel's
 * tax-free share (main/refunds records it). Exported for the bench's same-query baseline.
 */
export const DAY_PAYMENTS_SQL = `SELECT p.merchant_uid, p.imp_uid, p.kind, p.status, COALESCE(p.portone_amount, p.amount) AS amount, p.tax_free, p.cancel_amount, p.cashier,
    p.api_env, p.pay_method, p.card_name, p.bank_name, p.vbank_name, r.amount AS refunded_by_pos, r.tax_free AS refunded_tax_free
  FROM payments p
  LEFT JOIN (SELECT merchant_uid, SUM(amount) AS amount, SUM(tax_free) AS tax_free FROM refunds
             WHERE status = 'refunded' GROUP BY merchant_uid) r ON r.merchant_uid = p.merchant_uid
  WHERE p.created_at > ? AND p.created_at <= ?`;

const DAY_SELECT = `SELECT d.*, (SELECT MAX(p.closed_at) FROM business_days p WHERE p.id < d.id) AS prev_closed_at FROM business_days d`;

/** Business days and the payment queries of the close, on the ledger's database. */
export class DayStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      open: db.prepare(`${DAY_SELECT} WHERE d.closed_at IS NULL`),
      get: db.prepare(`${DAY_SELECT} WHERE d.id = ?`),
      lastClosed: db.prepare(`${DAY_SELECT} WHERE d.closed_at IS NOT NULL ORDER BY d.id DESC LIMIT 1`),
      list: db.prepare(`${DAY_SELECT} ORDER BY d.id DESC LIMIT ?`),
      closedReports: db.prepare(`${DAY_SELECT} WHERE d.closed_at IS NOT NULL ORDER BY d.id`),
      insert: db.prepare('INSERT INTO business_days (opened_at, opened_by, float_amount) VALUES (?, ?, ?)'),
      close: db.prepare('UPDATE business_days SET closed_at = ?, closed_by = ?, report = ? WHERE id = ? AND closed_at IS NULL'),
      payments: db.prepare(DAY_PAYMENTS_SQL),
      refundedThrough: db.prepare('SELECT COALESCE(SUM(cancel_amount), 0) FROM payments WHERE cancel_amount > 0 AND created_at <= ?').pluck(),
      approvedThrough: db
        .prepare(`SELECT COALESCE(SUM(amount), 0) FROM payments WHERE status IN (${CHARGED_STATUSES_SQL}) AND created_at <= ?`)
        .pluck(),
      known: db.prepare('SELECT 1 FROM payments WHERE merchant_uid = ?').pluck(),
    };
  }

  open(): StoredDay | null {
    const row = this.stmt.open.get();
    return row === undefined ? null : toDay(row);
  }

  get(id: number): StoredDay | null {
    const row = this.stmt.get.get(id);
    return row === undefined ? null : toDay(row);
  }

  lastClosed(): StoredDay | null {
    const row = this.stmt.lastClosed.get();
    return row === undefined ? null : toDay(row);
  }

  list(limit: number): DayView[] {
    return this.stmt.list.all(limit).map((row) => toDay(row).view);
  }

  insert(openedAt: number, openedBy: string, floatAmount: number): StoredDay {
    const id = Number(this.stmt.insert.run(openedAt, openedBy, floatAmount).lastInsertRowid);
    return this.get(id) as StoredDay;
  }

  /** False when the day was closed meanwhile (the trigger keeps a closed day as it is anyway). */
  close(id: number, closedAt: number, closedBy: string, report: CloseReport): boolean {
    return this.stmt.close.run(closedAt, closedBy, JSON.stringify(report), id).changes === 1;
  }

  /** Payments taken in (from, to], for the close (streamed) and the reconciliation. */
  *payments(fromMs: number, toMs: number): Generator<DayPayment & LedgerSide & { apiEnv: string }> {
    for (const raw of this.stmt.payments.iterate(fromMs, toMs)) {
      const r = PaymentRow.parse(raw);
      yield {
        merchantUid: r.merchant_uid,
        impUid: r.imp_uid,
        kind: r.kind,
        status: r.status,
        amount: r.amount,
        taxFree: r.tax_free,
        cancelAmount: r.cancel_amount,
        cashier: r.cashier,
        cardName: r.card_name,
        payMethod: r.pay_method,
        company: r.pay_method === null ? null : windowCompany({ method: r.pay_method, cardName: r.card_name, bank: r.bank_name, vbankBank: r.vbank_name }),
        apiEnv: r.api_env,
        // Only when every won refunded went through the POS; a cancel made elsewhere leaves the split to estimate.
        refundedTaxFree: r.refunded_by_pos !== null && r.refunded_by_pos === r.cancel_amount ? r.refunded_tax_free : null,
      };
    }
  }

  /** Σ cancel_amount of everything taken up to `at`: the difference between two closes is refunds of older sales. */
  refundedThrough(at: number): number {
    return z.number().int().parse(this.stmt.refundedThrough.get(at));
  }

  /** Σ amount of every charged payment taken up to `at`: its growth between two closes is late approvals of older sales. */
  approvedThrough(at: number): number {
    return z.number().int().parse(this.stmt.approvedThrough.get(at));
  }

  /** The audit heads closed days recorded, oldest first. */
  auditAnchors(): { seq: number; hash: string }[] {
    return this.stmt.closedReports
      .all()
      .map((row) => toDay(row).report?.auditHead ?? null)
      .filter((head): head is { seq: number; hash: string } => head !== null);
  }

  knows(merchantUid: string): boolean {
    return this.stmt.known.get(merchantUid) !== undefined;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
