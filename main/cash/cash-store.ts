import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CashSaleView } from '../../contract/cash';

/** A cash sale as written, the moment the cash is in the drawer. */
export interface NewCashSale {
  merchantUid: string;
  attemptId: string;
  amount: number;
  taxFree: number;
  given: number;
  orderName: string;
  actor: string;
  at: number;
}

export interface NewDrawerMovement {
  kind: 'refund' | 'drop' | 'payout';
  /** The sale a refund returns cash for. */
  merchantUid: string | null;
  amount: number;
  taxFree: number;
  reason: string;
  actor: string;
  at: number;
}

export interface Sum {
  count: number;
  amount: number;
}

export interface DrawerSums {
  cashSales: Sum;
  cashRefunds: Sum;
  drops: Sum;
  payouts: Sum;
}

const SaleRow = z.object({
  merchant_uid: z.string(),
  amount: z.number().int(),
  tax_free: z.number().int(),
  given: z.number().int(),
  order_name: z.string(),
  actor: z.string(),
  at: z.number().int(),
  refunded: z.number().int(),
  refunded_tax_free: z.number().int(),
});

const SumRow = z.object({ kind: z.enum(['sale', 'refund', 'drop', 'payout']), count: z.number().int(), amount: z.number().int() });

const SALE_SELECT = `
  SELECT s.merchant_uid, s.amount, s.tax_free, s.given, s.order_name, s.actor, s.at,
    COALESCE((SELECT SUM(r.amount) FROM cash_movements r WHERE r.kind = 'refund' AND r.merchant_uid = s.merchant_uid), 0) AS refunded,
    COALESCE((SELECT SUM(r.tax_free) FROM cash_movements r WHERE r.kind = 'refund' AND r.merchant_uid = s.merchant_uid), 0) AS refunded_tax_free
  FROM cash_movements s WHERE s.kind = 'sale'`;

function toView(raw: unknown): CashSaleView {
  const r = SaleRow.parse(raw);
  return {
    merchantUid: r.merchant_uid,
    amount: r.amount,
    taxFree: r.tax_free,
    given: r.given,
    change: r.given - r.amount,
    orderName: r.order_name,
    cashier: r.actor,
    takenAt: r.at,
    refunded: r.refunded,
    refundedTaxFree: r.refunded_tax_free,
  };
}

/** The drawer's movements in the ledger file: one row each, never updated. */
export class CashStore {
  constructor(private readonly db: Database.Database) {}

  insertSale(sale: NewCashSale): void {
    this.db
      .prepare(
        `INSERT INTO cash_movements (kind, merchant_uid, attempt_id, amount, tax_free, given, order_name, actor, at)
         VALUES ('sale', @merchantUid, @attemptId, @amount, @taxFree, @given, @orderName, @actor, @at)`,
      )
      .run(sale);
  }

  insertMovement(m: NewDrawerMovement): void {
    this.db
      .prepare(
        `INSERT INTO cash_movements (kind, merchant_uid, amount, tax_free, reason, actor, at)
         VALUES (@kind, @merchantUid, @amount, @taxFree, @reason, @actor, @at)`,
      )
      .run(m);
  }

  sale(merchantUid: string): CashSaleView | null {
    const row = this.db.prepare(`${SALE_SELECT} AND s.merchant_uid = ?`).get(merchantUid);
    return row === undefined ? null : toView(row);
  }

  saleByAttempt(attemptId: string): CashSaleView | null {
    const row = this.db.prepare(`${SALE_SELECT} AND s.attempt_id = ?`).get(attemptId);
    return row === undefined ? null : toView(row);
  }

  /** The newest cash sale (the last receipt may be one: it has no PortOne payment). */
  latestSale(): { merchantUid: string; at: number } | null {
    const row = this.db.prepare(`SELECT merchant_uid AS merchantUid, at FROM cash_movements WHERE kind = 'sale' ORDER BY at DESC, id DESC LIMIT 1`).get();
    return row === undefined ? null : z.object({ merchantUid: z.string(), at: z.number().int() }).parse(row);
  }

  /** The refunds of one sale, oldest first: the parts already paid back, for the tax-free rule. */
  refundsOf(merchantUid: string): { amount: number; taxFree: number }[] {
    return z
      .array(z.object({ amount: z.number().int(), taxFree: z.number().int() }))
      .parse(this.db.prepare(`SELECT amount, tax_free AS taxFree FROM cash_movements WHERE kind = 'refund' AND merchant_uid = ? ORDER BY id`).all(merchantUid));
  }

  /** Sums per kind of what moved in [fromMs, toMs]. */
  sums(fromMs: number, toMs: number): DrawerSums {
    const rows = z
      .array(SumRow)
      .parse(this.db.prepare(`SELECT kind, COUNT(*) AS count, SUM(amount) AS amount FROM cash_movements WHERE at >= ? AND at <= ? GROUP BY kind`).all(fromMs, toMs));
    const of = (kind: z.infer<typeof SumRow>['kind']): Sum => {
      const row = rows.find((r) => r.kind === kind);
      return { count: row?.count ?? 0, amount: row?.amount ?? 0 };
    };
    return { cashSales: of('sale'), cashRefunds: of('refund'), drops: of('drop'), payouts: of('payout') };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
