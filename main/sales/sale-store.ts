import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Cart, Discount, SaleLineView, SalesSummary as SummaryOut, type PricedCart, type SalesSettings, type SalesSummary } from '../../contract/sales';
import { splitAmount } from '../../domain/money';
import { CHARGED_STATUSES_SQL } from '../../domain/payment-status';

export interface SaleRow {
  saleId: string;
  status: 'held' | 'open';
  label: string;
  cart: Cart;
  priced: Omit<PricedCart, 'approvalNeeded' | 'lines'>;
  saleDiscount: Discount | null;
  cashier: string;
  createdAt: number;
  updatedAt: number;
  paidAt: number | null;
}

const Row = z.object({
  sale_id: z.string(),
  status: z.enum(['held', 'open']),
  label: z.string(),
  cart_json: z.string(),
  order_name: z.string(),
  gross: z.number().int(),
  line_discounts: z.number().int(),
  sale_discount: z.number().int(),
  amount: z.number().int(),
  tax_free: z.number().int(),
  item_count: z.number().int(),
  discount_json: z.string().nullable(),
  cashier: z.string(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  paid_at: z.number().int().nullable(),
});

const LineRow = z.object({
  line_id: z.string(),
  kind: z.enum(['product', 'amount']),
  product_id: z.string().nullable(),
  category_id: z.string().nullable(),
  name: z.string(),
  taxation: z.enum(['taxable', 'tax_free']),
  qty: z.number().int(),
  unit_price: z.number().int(),
  discount_json: z.string().nullable(),
  line_discount: z.number().int(),
  sale_discount_share: z.number().int(),
  net: z.number().int(),
  tax_free: z.number().int(),
  returned_qty: z.number().int(),
});

const RefundRow = z.object({ id: z.number().int(), lines_json: z.string(), state: z.enum(['sent', 'refunded', 'not_refunded']) });
export const RefundedLines = z.array(z.object({ lineId: z.string(), qty: z.number().int() }));
export type RefundedLines = z.infer<typeof RefundedLines>;

const CountRow = z.object({ n: z.number().int() });
const AttemptRow = z.object({ attempt: z.number().int(), attempt_id: z.string().nullable(), merchant_uid: z.string().nullable(), lines_json: z.string().nullable() });
const PartLines = z.array(z.string());
const SaleIdRow = z.object({ sale_id: z.string() });
const ValueRow = z.object({ value: z.string() });
const SummaryHead = z.object({ sales: z.number().int(), items: z.number().int(), discounts: z.number().int() });
const CategoryRow = z.object({ category_id: z.string().nullable(), name: z.string(), items: z.number().int(), amount: z.number().int() });
const ProductRow = z.object({ product_id: z.string().nullable(), name: z.string(), qty: z.number().int(), amount: z.number().int() });

const discountOf = (json: string | null): Discount | null => (json === null ? null : Discount.parse(JSON.parse(json)));

function toSale(raw: unknown): SaleRow {
  const r = Row.parse(raw);
  const { supply, vat } = splitAmount(r.amount, r.tax_free);
  return {
    saleId: r.sale_id,
    status: r.status,
    label: r.label,
    cart: Cart.parse(JSON.parse(r.cart_json)),
    priced: {
      orderName: r.order_name,
      totals: {
        gross: r.gross,
        lineDiscounts: r.line_discounts,
        saleDiscount: r.sale_discount,
        discountTotal: r.line_discounts + r.sale_discount,
        amount: r.amount,
        taxFree: r.tax_free,
        supply,
        vat,
        itemCount: r.item_count,
      },
    },
    saleDiscount: discountOf(r.discount_json),
    cashier: r.cashier,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    paidAt: r.paid_at,
  };
}

function toLine(raw: unknown): SaleLineView {
  const r = LineRow.parse(raw);
  return SaleLineView.parse({
    lineId: r.line_id,
    kind: r.kind,
    productId: r.product_id,
    categoryId: r.category_id,
    name: r.name,
    taxation: r.taxation,
    qty: r.qty,
    unitPrice: r.unit_price,
    gross: r.qty * r.unit_price,
    discount: discountOf(r.discount_json),
    lineDiscount: r.line_discount,
    saleDiscountShare: r.sale_discount_share,
    net: r.net,
    taxFree: r.tax_free,
    returnedQty: r.returned_qty,
  });
}

/** Sales, their lines, payment attempts and line refunds in the ledger file. */
export class SaleStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      upsert: db.prepare(
        `INSERT INTO sales (sale_id, status, label, cart_json, order_name, gross, line_discounts, sale_discount, amount, tax_free, item_count,
           discount_json, cashier, created_at, updated_at)
         VALUES (@saleId, @status, @label, @cart, @orderName, @gross, @lineDiscounts, @saleDiscount, @amount, @taxFree, @itemCount,
           @discount, @cashier, @now, @now)
         ON CONFLICT (sale_id) DO UPDATE SET status = excluded.status, label = excluded.label, cart_json = excluded.cart_json,
           order_name = excluded.order_name, gross = excluded.gross, line_discounts = excluded.line_discounts,
           sale_discount = excluded.sale_discount, amount = excluded.amount, tax_free = excluded.tax_free,
           item_count = excluded.item_count, discount_json = excluded.discount_json, updated_at = excluded.updated_at`,
      ),
      sale: db.prepare('SELECT * FROM sales WHERE sale_id = ?'),
      held: db.prepare("SELECT * FROM sales WHERE status = 'held' ORDER BY updated_at"),
      recent: db.prepare("SELECT * FROM sales WHERE status = 'open' ORDER BY created_at DESC LIMIT ?"),
      setStatus: db.prepare('UPDATE sales SET status = ?, updated_at = ? WHERE sale_id = ?'),
      setPaidAt: db.prepare('UPDATE sales SET paid_at = ? WHERE sale_id = ? AND paid_at IS NULL'),
      deleteSale: db.prepare('DELETE FROM sales WHERE sale_id = ?'),
      clearLines: db.prepare('DELETE FROM sale_lines WHERE sale_id = ?'),
      addLine: db.prepare(
        `INSERT INTO sale_lines (sale_id, position, line_id, kind, product_id, category_id, name, taxation, qty, unit_price, discount_json,
           line_discount, sale_discount_share, net, tax_free)
         VALUES (@saleId, @position, @lineId, @kind, @productId, @categoryId, @name, @taxation, @qty, @unitPrice, @discount,
           @lineDiscount, @saleDiscountShare, @net, @taxFree)`,
      ),
      lines: db.prepare('SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY position'),
      addReturned: db.prepare('UPDATE sale_lines SET returned_qty = returned_qty + ? WHERE sale_id = ? AND line_id = ?'),
      // A part not linked yet (a crash between the intent and the link) is found by its attempt_id: a card's intent or the cash row carries it.
      attempts: db.prepare(
        `SELECT s.attempt, s.attempt_id, s.lines_json, coalesce(s.merchant_uid, p.merchant_uid, c.merchant_uid) AS merchant_uid FROM sale_payments s
         LEFT JOIN payments p ON s.merchant_uid IS NULL AND p.attempt_id = s.attempt_id
         LEFT JOIN cash_movements c ON s.merchant_uid IS NULL AND c.kind = 'sale' AND c.attempt_id = s.attempt_id
         WHERE s.sale_id = ? ORDER BY s.attempt DESC`,
      ),
      nextAttempt: db.prepare('SELECT coalesce(max(attempt), 0) + 1 AS n FROM sale_payments WHERE sale_id = ?'),
      addAttempt: db.prepare('INSERT INTO sale_payments (sale_id, attempt, attempt_id, merchant_uid, lines_json, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      setAttemptLines: db.prepare('UPDATE sale_payments SET lines_json = ? WHERE sale_id = ? AND attempt = ?'),
      linkAttempt: db.prepare('UPDATE sale_payments SET merchant_uid = ? WHERE sale_id = ? AND attempt = ?'),
      saleOfPayment: db.prepare(
        `SELECT s.sale_id FROM sale_payments s LEFT JOIN payments p ON p.attempt_id = s.attempt_id
         LEFT JOIN cash_movements c ON c.kind = 'sale' AND c.attempt_id = s.attempt_id
         WHERE s.merchant_uid = @uid OR p.merchant_uid = @uid OR c.merchant_uid = @uid LIMIT 1`,
      ),
      addRefund: db.prepare(
        "INSERT INTO sale_refunds (sale_id, merchant_uid, lines_json, amount, tax_free, state, created_at) VALUES (?, ?, ?, ?, ?, 'sent', ?)",
      ),
      setRefund: db.prepare('UPDATE sale_refunds SET state = ? WHERE id = ?'),
      refunds: db.prepare('SELECT id, lines_json, state FROM sale_refunds WHERE sale_id = ?'),
      // Sales whose payment was taken in (from, to] and paid (refunded later or not).
      paidSales: db.prepare(
        `SELECT s.sale_id FROM sales s JOIN sale_payments a ON a.sale_id = s.sale_id
         JOIN payments p ON p.merchant_uid = a.merchant_uid OR (a.merchant_uid IS NULL AND p.attempt_id = a.attempt_id)
         WHERE p.created_at > @from AND p.created_at <= @to AND p.status IN (${CHARGED_STATUSES_SQL})
         UNION
         SELECT a.sale_id FROM sale_payments a
         JOIN cash_movements c ON c.kind = 'sale' AND (c.merchant_uid = a.merchant_uid OR (a.merchant_uid IS NULL AND c.attempt_id = a.attempt_id))
         WHERE c.at > @from AND c.at <= @to`,
      ),
      summaryHead: db.prepare(`SELECT count(*) AS sales, coalesce(sum(item_count), 0) AS items, coalesce(sum(line_discounts + sale_discount), 0) AS discounts
         FROM sales WHERE sale_id IN (SELECT value FROM json_each(?))`),
      // Of those sales, the ones with more than one part paid (a card part charged, or cash taken).
      splitSales: db
        .prepare(
          `SELECT count(*) FROM (SELECT a.sale_id FROM sale_payments a
             LEFT JOIN payments p ON p.merchant_uid = a.merchant_uid AND p.status IN (${CHARGED_STATUSES_SQL})
             LEFT JOIN cash_movements c ON c.kind = 'sale' AND c.merchant_uid = a.merchant_uid
             WHERE a.sale_id IN (SELECT value FROM json_each(?)) AND (p.merchant_uid IS NOT NULL OR c.id IS NOT NULL)
             GROUP BY a.sale_id HAVING count(*) > 1)`,
        )
        .pluck(),
      byCategory: db.prepare(`SELECT l.category_id, coalesce(c.name, '') AS name, sum(l.qty) AS items, sum(l.net) AS amount
         FROM sale_lines l LEFT JOIN catalog_categories c ON c.category_id = l.category_id
         WHERE l.sale_id IN (SELECT value FROM json_each(?)) GROUP BY l.category_id ORDER BY amount DESC`),
      topProducts: db.prepare(`SELECT l.product_id, min(l.name) AS name, sum(l.qty) AS qty, sum(l.net) AS amount
         FROM sale_lines l WHERE l.sale_id IN (SELECT value FROM json_each(?))
         GROUP BY coalesce(l.product_id, 'amount:' || l.name) ORDER BY amount DESC, qty DESC LIMIT 10`),
      setting: db.prepare('SELECT value FROM sales_settings WHERE key = ?'),
      setSetting: db.prepare('INSERT INTO sales_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** The sale and its lines as priced now, in one transaction (a held cart or one about to be paid). */
  save(sale: { saleId: string; status: 'held' | 'open'; label: string; cart: Cart; cashier: string; now: number }, priced: PricedCart): void {
    const { totals } = priced;
    this.db.transaction(() => {
      this.stmt.upsert.run({
        saleId: sale.saleId,
        status: sale.status,
        label: sale.label,
        cart: JSON.stringify(sale.cart),
        orderName: priced.orderName,
        gross: totals.gross,
        lineDiscounts: totals.lineDiscounts,
        saleDiscount: totals.saleDiscount,
        amount: totals.amount,
        taxFree: totals.taxFree,
        itemCount: totals.itemCount,
        discount: sale.cart.saleDiscount === null ? null : JSON.stringify(sale.cart.saleDiscount),
        cashier: sale.cashier,
        now: sale.now,
      });
      this.stmt.clearLines.run(sale.saleId);
      priced.lines.forEach((l, position) =>
        this.stmt.addLine.run({
          saleId: sale.saleId,
          position,
          lineId: l.lineId,
          kind: l.kind,
          productId: l.productId,
          categoryId: l.categoryId,
          name: l.name,
          taxation: l.taxation,
          qty: l.qty,
          unitPrice: l.unitPrice,
          discount: l.discount === null ? null : JSON.stringify(l.discount),
          lineDiscount: l.lineDiscount,
          saleDiscountShare: l.saleDiscountShare,
          net: l.net,
          taxFree: l.taxFree,
        }),
      );
    })();
  }

  sale(saleId: string): SaleRow | null {
    const row = this.stmt.sale.get(saleId);
    return row === undefined ? null : toSale(row);
  }

  held(): SaleRow[] {
    return this.stmt.held.all().map(toSale);
  }

  recent(limit: number): SaleRow[] {
    return this.stmt.recent.all(limit).map(toSale);
  }

  setStatus(saleId: string, status: 'held' | 'open', now: number): void {
    this.stmt.setStatus.run(status, now, saleId);
  }

  markPaid(saleId: string, at: number): void {
    this.stmt.setPaidAt.run(at, saleId);
  }

  /** A held sale that never had a payment attempt leaves no trace. */
  delete(saleId: string): void {
    this.db.transaction(() => {
      this.stmt.clearLines.run(saleId);
      this.stmt.deleteSale.run(saleId);
    })();
  }

  lines(saleId: string): SaleLineView[] {
    return this.stmt.lines.all(saleId).map(toLine);
  }

  /**
   * Payment attempts (tender parts), newest first; merchant_uid null while no intent or cash row
   * was written; lines: the line ids a part paid by lines, null for a part paid by amount.
   */
  attempts(saleId: string): { attempt: number; attemptId: string | null; merchantUid: string | null; lines: string[] | null }[] {
    return this.stmt.attempts
      .all(saleId)
      .map((raw) => AttemptRow.parse(raw))
      .map((r) => ({ attempt: r.attempt, attemptId: r.attempt_id, merchantUid: r.merchant_uid, lines: r.lines_json === null ? null : PartLines.parse(JSON.parse(r.lines_json)) }));
  }

  /**
   * Reserves the next attempt number with the lines it pays (null: by amount): written before the
   * payment request leaves. An attempt id this sale already has (a retry of the same part, which
   * sent nothing yet, or the caller would have answered it as a repeat) keeps its row, with the
   * lines of this try.
   */
  addAttempt(saleId: string, attemptIdOf: (attempt: number) => string | null, lines: readonly string[] | null, now: number): { attempt: number; attemptId: string | null } {
    const linesJson = lines === null ? null : JSON.stringify(lines);
    return this.db.transaction(() => {
      const next = CountRow.parse(this.stmt.nextAttempt.get(saleId)).n;
      const attemptId = attemptIdOf(next);
      const existing = attemptId === null ? undefined : this.attempts(saleId).find((a) => a.attemptId === attemptId);
      if (existing) {
        this.stmt.setAttemptLines.run(linesJson, saleId, existing.attempt);
        return { attempt: existing.attempt, attemptId };
      }
      this.stmt.addAttempt.run(saleId, next, attemptId, null, linesJson, now);
      return { attempt: next, attemptId };
    })();
  }

  linkAttempt(saleId: string, attempt: number, merchantUid: string): void {
    this.stmt.linkAttempt.run(merchantUid, saleId, attempt);
  }

  saleOfPayment(merchantUid: string): string | null {
    const row = this.stmt.saleOfPayment.get({ uid: merchantUid });
    return row === undefined ? null : SaleIdRow.parse(row).sale_id;
  }

  /** Written before the cancel leaves: the quantities stay reserved until it is known to have failed. */
  addRefund(saleId: string, merchantUid: string, lines: RefundedLines, split: { amount: number; taxFree: number }, now: number): number {
    return Number(this.stmt.addRefund.run(saleId, merchantUid, JSON.stringify(lines), split.amount, split.taxFree, now).lastInsertRowid);
  }

  settleRefund(id: number, saleId: string, state: 'refunded' | 'not_refunded', lines: RefundedLines): void {
    this.db.transaction(() => {
      this.stmt.setRefund.run(state, id);
      if (state === 'refunded') for (const l of lines) this.stmt.addReturned.run(l.qty, saleId, l.lineId);
    })();
  }

  /** Units per line in refunds whose answer is not known yet. */
  reserved(saleId: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const raw of this.stmt.refunds.all(saleId)) {
      const r = RefundRow.parse(raw);
      if (r.state !== 'sent') continue;
      for (const l of RefundedLines.parse(JSON.parse(r.lines_json))) out.set(l.lineId, (out.get(l.lineId) ?? 0) + l.qty);
    }
    return out;
  }

  /** The day close's sales figures for payments taken in (from, to]. */
  summary(fromMs: number, toMs: number): SalesSummary {
    const ids = JSON.stringify(this.stmt.paidSales.all({ from: fromMs, to: toMs }).map((r) => SaleIdRow.parse(r).sale_id));
    const head = SummaryHead.parse(this.stmt.summaryHead.get(ids));
    const byCategory = this.stmt.byCategory
      .all(ids)
      .map((r) => CategoryRow.parse(r))
      .map((r) => ({ categoryId: r.category_id, name: r.name, items: r.items, amount: r.amount }));
    const topProducts = this.stmt.topProducts
      .all(ids)
      .map((r) => ProductRow.parse(r))
      .map((r) => ({ productId: r.product_id, name: r.name, qty: r.qty, amount: r.amount }));
    const splitSales = this.stmt.splitSales.get(ids);
    return SummaryOut.parse({ ...head, splitSales, byCategory, topProducts });
  }

  settings(defaults: SalesSettings): SalesSettings {
    const row = this.stmt.setting.get('discountLimitPercent');
    const value = row === undefined ? defaults.discountLimitPercent : Number(ValueRow.parse(row).value);
    return { discountLimitPercent: value };
  }

  saveSettings(settings: SalesSettings): void {
    this.stmt.setSetting.run('discountLimitPercent', String(settings.discountLimitPercent));
  }
}
