import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CancelView } from '../../contract/refunds';
import { OPEN_STATUSES_SQL } from '../../domain/payment-status';
import type { PortOneCancel } from '../portone/schemas';

export type RefundStatus = 'pending' | 'unknown' | 'refunded' | 'refused' | 'not_refunded';

const RefundRow = z.object({
  id: z.number().int(),
  merchant_uid: z.string(),
  amount: z.number().int(),
  tax_free: z.number().int(),
  checksum: z.number().int(),
  reason: z.string(),
  status: z.enum(['pending', 'unknown', 'refunded', 'refused', 'not_refunded']),
  requested_at: z.number().int(),
});
export type RefundRow = z.infer<typeof RefundRow>;

const CancelRow = z.object({
  amount: z.number().int(),
  reason: z.string(),
  cancelled_at: z.number().int(),
  receipt_url: z.string().nullable(),
});

/**
 * The refunds the POS asked for and PortOne's cancel history, in the ledger file. A refund row
 * is written (synced) before its cancel request goes out, like a charge's intent.
 */
export class RefundStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insert: db.prepare(`INSERT INTO refunds (merchant_uid, amount, tax_free, checksum, reason, status, actor, requested_at)
        VALUES (@merchantUid, @amount, @taxFree, @checksum, @reason, 'pending', @actor, @at)`),
      setStatus: db.prepare('UPDATE refunds SET status = @status, fail_reason = @failReason, resolved_at = @at WHERE id = @id'),
      forPayment: db.prepare('SELECT * FROM refunds WHERE merchant_uid = ? ORDER BY id'),
      open: db.prepare(`SELECT * FROM refunds WHERE status IN (${OPEN_STATUSES_SQL}) ORDER BY id`),
      clearCancels: db.prepare('DELETE FROM payment_cancels WHERE merchant_uid = ?'),
      addCancel: db.prepare(`INSERT INTO payment_cancels (merchant_uid, seq, pg_tid, cancellation_id, amount, reason, cancelled_at, receipt_url)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      cancels: db.prepare('SELECT amount, reason, cancelled_at, receipt_url FROM payment_cancels WHERE merchant_uid = ? ORDER BY seq'),
    };
  }

  /** On disk before it returns (the ledger runs `synchronous=FULL` outside its own relaxed writes). */
  insert(refund: { merchantUid: string; amount: number; taxFree: number; checksum: number; reason: string; actor: string; at: number }): number {
    return Number(this.stmt.insert.run(refund).lastInsertRowid);
  }

  setStatus(id: number, status: RefundStatus, failReason: string | null, at: number): void {
    this.stmt.setStatus.run({ id, status, failReason, at });
  }

  forPayment(merchantUid: string): RefundRow[] {
    return this.stmt.forPayment.all(merchantUid).map((row) => RefundRow.parse(row));
  }

  /** Refunds sent (or about to be) whose outcome is not known. */
  open(): RefundRow[] {
    return this.stmt.open.all().map((row) => RefundRow.parse(row));
  }

  /** PortOne's `cancel_history` replaces what we had: it is the truth about what was cancelled. */
  replaceCancels(merchantUid: string, history: readonly PortOneCancel[]): void {
    this.db.transaction(() => {
      this.stmt.clearCancels.run(merchantUid);
      history.forEach((c, seq) =>
        this.stmt.addCancel.run(merchantUid, seq, c.pg_tid, c.cancellation_id, Math.round(c.amount), c.reason ?? '', c.cancelled_at * 1000, c.receipt_url),
      );
    })();
  }

  cancels(merchantUid: string): CancelView[] {
    return this.stmt.cancels.all(merchantUid).map((row) => {
      const r = CancelRow.parse(row);
      return { amount: r.amount, reason: r.reason, cancelledAt: r.cancelled_at, receiptUrl: r.receipt_url };
    });
  }
}
