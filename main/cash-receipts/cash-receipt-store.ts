import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CashReceiptBuyer, CashReceiptState, type CashReceiptSettings, type CashReceiptView } from '../../contract/cash-receipts';
import { Role } from '../../contract/schemas';
import type { Actor } from '../auth/access';
import type { Sum } from '../cash/cash-store';

/** A receipt's intent, written before PortOne is asked. Never the identifier itself. */
export interface CashReceiptIntent {
  merchantUid: string;
  cashUid: string;
  amount: number;
  taxFree: number;
  type: 'person' | 'company';
  identifierType: 'phone' | 'business' | 'taxcard';
  identifierMasked: string;
  selfIssued: boolean;
  apiEnv: string;
  createdBy: string;
  at: number;
}

export interface CashReceiptChange {
  state: CashReceiptState;
  applyNum?: string;
  receiptUrl?: string;
  appliedAt?: number;
  cancelledAt?: number;
  failReason?: string | null;
}

export interface StoredCashReceipt {
  view: CashReceiptView;
  apiEnv: string;
}

const Row = z.object({
  merchant_uid: z.string(),
  cash_uid: z.string(),
  amount: z.number().int(),
  tax_free: z.number().int(),
  type: z.enum(['person', 'company']),
  identifier_type: z.enum(['phone', 'business', 'taxcard']),
  identifier_masked: z.string(),
  self_issued: z.union([z.literal(0), z.literal(1)]),
  state: CashReceiptState,
  apply_num: z.string().nullable(),
  receipt_url: z.string().nullable(),
  applied_at: z.number().int().nullable(),
  cancelled_at: z.number().int().nullable(),
  fail_reason: z.string().nullable(),
  api_env: z.string(),
  created_at: z.number().int(),
});

function toStored(raw: unknown): StoredCashReceipt {
  const r = Row.parse(raw);
  return {
    apiEnv: r.api_env,
    view: {
      merchantUid: r.merchant_uid,
      cashUid: r.cash_uid,
      amount: r.amount,
      taxFree: r.tax_free,
      type: r.type,
      identifierType: r.identifier_type,
      identifierMasked: r.identifier_masked,
      selfIssued: r.self_issued === 1,
      state: r.state,
      applyNum: r.apply_num,
      receiptUrl: r.receipt_url,
      appliedAt: r.applied_at,
      cancelledAt: r.cancelled_at,
      failReason: r.fail_reason,
      createdAt: r.created_at,
    },
  };
}

/** A cash part's receipt as asked for before its cash was taken (the buyer's number in clear, briefly). */
export interface CashReceiptRequest {
  attemptId: string;
  saleAmount: number;
  buyer: CashReceiptBuyer | null;
  actor: Actor;
}

const RequestRow = z.object({
  attempt_id: z.string(),
  sale_amount: z.number().int(),
  identifier_type: z.enum(['phone', 'business', 'taxcard']).nullable(),
  identifier: z.string().nullable(),
  type: z.enum(['person', 'company']).nullable(),
  actor_id: z.string(),
  actor_name: z.string(),
  actor_role: Role,
});

function toRequest(raw: unknown): CashReceiptRequest {
  const r = RequestRow.parse(raw);
  const buyer = r.identifier === null ? null : CashReceiptBuyer.parse({ identifierType: r.identifier_type, identifier: r.identifier, type: r.type });
  return { attemptId: r.attempt_id, saleAmount: r.sale_amount, buyer, actor: { id: r.actor_id, name: r.actor_name, role: r.actor_role } };
}

const SettingsRow = z.object({ mandatory_sector: z.union([z.literal(0), z.literal(1)]), channel_key: z.string() });

/** Cash receipts in the ledger file: one row per merchant_uid sent to PortOne. */
export class CashReceiptStore {
  constructor(private readonly db: Database.Database) {}

  /** Writes the intent as `sending`; a row that PortOne surely lacks (rejected, not_sent) is reused under its id. */
  writeIntent(i: CashReceiptIntent): void {
    this.db
      .prepare(
        `INSERT INTO cash_receipts (merchant_uid, cash_uid, amount, tax_free, type, identifier_type, identifier_masked, self_issued,
           state, api_env, created_by, created_at, updated_at)
         VALUES (@merchantUid, @cashUid, @amount, @taxFree, @type, @identifierType, @identifierMasked, @selfIssued,
           'sending', @apiEnv, @createdBy, @at, @at)
         ON CONFLICT (merchant_uid) DO UPDATE SET amount = excluded.amount, tax_free = excluded.tax_free, type = excluded.type,
           identifier_type = excluded.identifier_type, identifier_masked = excluded.identifier_masked, self_issued = excluded.self_issued,
           state = 'sending', fail_reason = NULL, api_env = excluded.api_env, created_by = excluded.created_by, updated_at = excluded.updated_at
         WHERE cash_receipts.state IN ('rejected', 'not_sent')`,
      )
      .run({ ...i, selfIssued: i.selfIssued ? 1 : 0 });
  }

  update(merchantUid: string, change: CashReceiptChange, at: number): void {
    this.db
      .prepare(
        `UPDATE cash_receipts SET state = @state, apply_num = COALESCE(@applyNum, apply_num), receipt_url = COALESCE(@receiptUrl, receipt_url),
           applied_at = COALESCE(@appliedAt, applied_at), cancelled_at = COALESCE(cancelled_at, @cancelledAt),
           fail_reason = @failReason, updated_at = @at
         WHERE merchant_uid = @merchantUid`,
      )
      .run({
        merchantUid,
        state: change.state,
        applyNum: change.applyNum ?? null,
        receiptUrl: change.receiptUrl ?? null,
        appliedAt: change.appliedAt ?? null,
        cancelledAt: change.cancelledAt ?? null,
        failReason: change.failReason ?? null,
        at,
      });
  }

  get(merchantUid: string): StoredCashReceipt | null {
    const row = this.db.prepare('SELECT * FROM cash_receipts WHERE merchant_uid = ?').get(merchantUid);
    return row === undefined ? null : toStored(row);
  }

  /** Every receipt of one cash sale, oldest first. */
  forCash(cashUid: string): StoredCashReceipt[] {
    return this.db.prepare('SELECT * FROM cash_receipts WHERE cash_uid = ? ORDER BY created_at, merchant_uid').all(cashUid).map(toStored);
  }

  /** Receipts whose last request got no answer (or a crash cut it off): to be looked up. */
  open(): StoredCashReceipt[] {
    // The states of `receiptOpen` (contract/cash-receipts.ts), as the partial index has them.
    return this.db.prepare(`SELECT * FROM cash_receipts WHERE state IN ('sending', 'unknown', 'cancelling') ORDER BY created_at`).all().map(toStored);
  }

  /**
   * Issued in [fromMs, toMs] (cancelled later or not) and cancelled in it, by the till's clock: when
   * it asked for the receipt, and when it first learned of the cancel. PortOne's own times are
   * whole seconds on another clock and could put a receipt before the day that took its cash.
   */
  sums(fromMs: number, toMs: number): { issued: Sum; cancelled: Sum } {
    const sum = (where: string): Sum =>
      z
        .object({ count: z.number().int(), amount: z.number().int() })
        .parse(this.db.prepare(`SELECT COUNT(*) AS count, COALESCE(SUM(amount), 0) AS amount FROM cash_receipts WHERE ${where}`).get(fromMs, toMs));
    return {
      issued: sum('applied_at IS NOT NULL AND created_at >= ? AND created_at <= ?'),
      cancelled: sum(`state = 'cancelled' AND cancelled_at >= ? AND cancelled_at <= ?`),
    };
  }

  /**
   * What the day's reconciliation asks PortOne about (main/close): the receipts of the cash sales
   * taken in (fromMs, toMs] or asked for in it, in the environment `apiEnv`, and those cash sales
   * without any receipt (under their own merchant_uid, the first receipt's id).
   */
  ofPeriod(fromMs: number, toMs: number, apiEnv: string): { merchantUid: string; cashUid: string; state: string; amount: number }[] {
    return z
      .array(z.object({ merchantUid: z.string(), cashUid: z.string(), state: z.string(), amount: z.number().int() }))
      .parse(
        this.db
          .prepare(
            `SELECT r.merchant_uid AS merchantUid, r.cash_uid AS cashUid, r.state, r.amount FROM cash_receipts r
               WHERE r.api_env = @apiEnv AND ((r.created_at > @from AND r.created_at <= @to)
                 OR r.cash_uid IN (SELECT merchant_uid FROM cash_movements WHERE kind = 'sale' AND at > @from AND at <= @to))
             UNION ALL
             SELECT c.merchant_uid, c.merchant_uid, 'none', c.amount FROM cash_movements c
               WHERE c.kind = 'sale' AND c.at > @from AND c.at <= @to
                 AND NOT EXISTS (SELECT 1 FROM cash_receipts r WHERE r.cash_uid = c.merchant_uid)
             ORDER BY 1`,
          )
          .all({ from: fromMs, to: toMs, apiEnv }),
      );
  }

  /** Written before the cash part is taken; a repeat of the part (same attempt id) writes it again. */
  writeRequest(r: CashReceiptRequest, at: number): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO cash_receipt_requests (attempt_id, sale_amount, identifier_type, identifier, type, actor_id, actor_name, actor_role, created_at)
         VALUES (@attemptId, @saleAmount, @identifierType, @identifier, @type, @actorId, @actorName, @actorRole, @at)`,
      )
      .run({
        attemptId: r.attemptId,
        saleAmount: r.saleAmount,
        identifierType: r.buyer?.identifierType ?? null,
        identifier: r.buyer?.identifier ?? null,
        type: r.buyer?.type ?? null,
        actorId: r.actor.id,
        actorName: r.actor.name,
        actorRole: r.actor.role,
        at,
      });
  }

  dropRequest(attemptId: string): void {
    this.db.prepare('DELETE FROM cash_receipt_requests WHERE attempt_id = ?').run(attemptId);
  }

  /** Requests a crash left behind, oldest first. */
  requests(): CashReceiptRequest[] {
    return this.db.prepare('SELECT * FROM cash_receipt_requests ORDER BY created_at').all().map(toRequest);
  }

  settings(): CashReceiptSettings {
    const row = this.db.prepare('SELECT mandatory_sector, channel_key FROM cash_receipt_settings WHERE id = 1').get();
    if (row === undefined) return { mandatorySector: false, channelKey: '' };
    const r = SettingsRow.parse(row);
    return { mandatorySector: r.mandatory_sector === 1, channelKey: r.channel_key };
  }

  saveSettings(s: CashReceiptSettings): void {
    this.db
      .prepare(
        `INSERT INTO cash_receipt_settings (id, mandatory_sector, channel_key) VALUES (1, @m, @k)
         ON CONFLICT (id) DO UPDATE SET mandatory_sector = excluded.mandatory_sector, channel_key = excluded.channel_key`,
      )
      .run({ m: s.mandatorySector ? 1 : 0, k: s.channelKey });
  }
}
