import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { EventNote, PaymentKind, PaymentStatus, WindowPayMethod, type PaymentDetail, type PaymentEvent, type PaymentView, type WindowPayInfo } from '../../contract/schemas';
import { vatOf } from '../../domain/money';
import { OPEN_STATUSES, OPEN_STATUSES_SQL, PORTONE_STATUSES, type OpenStatus, type PortOneStatus } from '../../domain/payment-status';
import { eventDetail } from './event-detail';
import { migrate } from './migrations';

export const LEDGER_FILE = 'ledger.sqlite';

const REQUEST_SENT: LedgerEvent = { type: 'request_sent', note: { code: 'request_sent', params: {} } };

/** What is known before a charge request goes out. */
export interface Intent {
  merchantUid: string;
  attemptId: string | null;
  /** The sale this attempt belongs to, when the screen names one. */
  saleId?: string | null;
  kind: PaymentKind;
  /** A payment-window payment's method, known when its window opens. */
  payMethod?: WindowPayMethod;
  amount: number;
  taxFree: number;
  orderName: string;
  buyerName: string;
  cardQuota: number;
  /** First 6 + last 4 at most (domain/card-number maskCardNumber). */
  cardNumberMasked: string | null;
  cashier: string;
  sandbox: boolean;
  /** Which PortOne the request goes to; an intent is only ever resolved against the same one. */
  apiEnv: string;
  at: number;
  /**
   * When the request goes out: right after this write for a keyed charge (intent and "about to
   * send" share one disk sync). Null = not sent (yet): a 404 from PortOne then means "never charged".
   */
  requestSentAt: number | null;
}

/** What PortOne said about a payment (or what we concluded without it). */
export interface Settlement {
  status: PaymentStatus;
  impUid: string | null;
  cardName: string | null;
  cardNumberMasked: string | null;
  cardQuota: number;
  applyNum: string | null;
  receiptUrl: string | null;
  failReason: string | null;
  reasonCode: string | null;
  cancelAmount: number;
  sandbox: boolean;
  /** PortOne's own status and amount for this payment, kept next to the intent's. */
  portoneStatus: PortOneStatus;
  portoneAmount: number;
}

/** A payment whose fate is not known yet. */
export interface OpenIntent {
  merchantUid: string;
  status: OpenStatus;
  apiEnv: string;
  amount: number;
  /** When the request was (about to be) sent; null = it never left. */
  requestSentAt: number | null;
}

export interface LedgerRecord {
  payment: PaymentView;
  attemptId: string | null;
  reasonCode: string | null;
  apiEnv: string;
  requestSentAt: number | null;
  /** What PortOne last said it holds; null until it said anything. */
  portone: { status: PortOneStatus; amount: number } | null;
}

const flag = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

/** Rows read back from disk are parsed like any other input (day-store picks its columns from here too). */
export const PaymentRow = z.object({
  merchant_uid: z.string(),
  attempt_id: z.string().nullable(),
  kind: PaymentKind,
  status: PaymentStatus,
  amount: z.number().int(),
  tax_free: z.number().int(),
  cancel_amount: z.number().int(),
  order_name: z.string(),
  buyer_name: z.string(),
  card_number_masked: z.string().nullable(),
  card_name: z.string().nullable(),
  card_quota: z.number().int(),
  apply_num: z.string().nullable(),
  receipt_url: z.string().nullable(),
  imp_uid: z.string().nullable(),
  fail_reason: z.string().nullable(),
  reason_code: z.string().nullable(),
  cashier: z.string(),
  sandbox: flag,
  api_env: z.string(),
  request_sent_at: z.number().int().nullable(),
  portone_status: z.enum(PORTONE_STATUSES).nullable(),
  portone_amount: z.number().int().nullable(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  pay_method: WindowPayMethod.nullable(),
  bank_name: z.string().nullable(),
  vbank_name: z.string().nullable(),
  vbank_num: z.string().nullable(),
  vbank_holder: z.string().nullable(),
  vbank_date: z.number().int().nullable(),
  cash_receipt_issued: z.number().int(),
});
type PaymentRow = z.infer<typeof PaymentRow>;

/** What PortOne said of a window payment's method: a transfer's bank, an issued virtual account. */
export interface WindowDetails {
  bankName: string | null;
  vbank: { bank: string; number: string; holder: string; dueAtSeconds: number | null } | null;
  cashReceiptIssued: boolean;
}

function windowOf(row: PaymentRow): WindowPayInfo | null {
  if (row.pay_method === null) return null;
  const vbank =
    row.vbank_num === null
      ? null
      : { bank: row.vbank_name ?? '', number: row.vbank_num, holder: row.vbank_holder ?? '', dueAt: row.vbank_date === null ? null : row.vbank_date * 1000 };
  return { method: row.pay_method, bank: row.bank_name, vbank, cashReceiptIssued: row.cash_receipt_issued === 1 };
}

const OpenRow = PaymentRow.pick({ merchant_uid: true, api_env: true, amount: true, request_sent_at: true }).extend({
  status: z.enum(OPEN_STATUSES),
});

/** An event as main writes it: its note is worded by the screen, its English detail derived from it. */
export interface LedgerEvent {
  type: string;
  note: EventNote;
}

/** Stored beside the note: a PortOne view older than the ledger's (recorded, not applied). */
const StoredNote = z.object({ note: EventNote, stale: z.boolean() });

const EventRow = z.object({
  at: z.number().int(),
  type: z.string(),
  detail: z.string(),
  note: z.string().nullable(),
});

/** Events written before notes existed have none: the screen shows their detail. */
function toEvent(row: z.infer<typeof EventRow>): PaymentEvent {
  if (row.note === null) return { at: row.at, type: row.type, detail: row.detail, note: null, stale: false };
  const stored = StoredNote.parse(JSON.parse(row.note));
  return { at: row.at, type: row.type, detail: row.detail, note: stored.note, stale: stored.stale };
}

function toRecord(row: PaymentRow): LedgerRecord {
  const window = windowOf(row);
  return {
    payment: {
      merchantUid: row.merchant_uid,
      impUid: row.imp_uid,
      kind: row.kind,
      status: row.status,
      sandbox: row.sandbox,
      amount: row.amount,
      taxFree: row.tax_free,
      vat: vatOf(row.amount, row.tax_free),
      cancelAmount: row.cancel_amount,
      orderName: row.order_name,
      buyerName: row.buyer_name,
      cardName: row.card_name,
      cardNumberMasked: row.card_number_masked,
      cardQuota: row.card_quota,
      applyNum: row.apply_num,
      receiptUrl: row.receipt_url,
      failReason: row.fail_reason,
      reasonCode: row.reason_code,
      cashier: row.cashier,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      ...(window ? { window } : {}),
    },
    attemptId: row.attempt_id,
    reasonCode: row.reason_code,
    apiEnv: row.api_env,
    requestSentAt: row.request_sent_at,
    portone: row.portone_status === null || row.portone_amount === null ? null : { status: row.portone_status, amount: row.portone_amount },
  };
}

export interface LedgerOptions {
  dataDir: string;
  /** better-sqlite3 binary built for another ABI (Electron dev runs). */
  nativeBinding?: string;
}

/**
 * The payment ledger: one SQLite file in WAL mode with `synchronous=FULL`, so an intent is on disk
 * before the call returns (a power cut cannot lose it, and it is what makes a charge recoverable).
 *
 * Writes after the intent (outcomes, lookups) commit with `synchronous=NORMAL`: they survive a
 * crash or kill of the app, and the next intent's sync flushes them too. A power cut can lose
 * the last of them, which leaves the payment open — exactly the state recovery resolves by
 * asking PortOne. That saves a disk sync per sale without weakening what can be recovered.
 */
export class Ledger {
  private readonly db: Database.Database;
  private readonly stmt;

  constructor(options: LedgerOptions) {
    this.db = new Database(
      join(options.dataDir, LEDGER_FILE),
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
    this.stmt = {
      insert: this.db.prepare(`
        INSERT INTO payments (merchant_uid, attempt_id, sale_id, kind, status, amount, tax_free, order_name, buyer_name,
          card_number_masked, card_quota, cashier, sandbox, api_env, request_sent_at, created_at, updated_at, pay_method)
        VALUES (@merchantUid, @attemptId, @saleId, @kind, 'pending', @amount, @taxFree, @orderName, @buyerName,
          @cardNumberMasked, @cardQuota, @cashier, @sandbox, @apiEnv, @requestSentAt, @at, @at, @payMethod)`),
      latestOfSale: this.db.prepare(`
        SELECT p.*, EXISTS (SELECT 1 FROM customer_payments cp WHERE cp.merchant_uid = p.merchant_uid) AS linked
        FROM payments p WHERE p.sale_id = ? ORDER BY p.created_at DESC, p.rowid DESC LIMIT 1`),
      reopen: this.db.prepare(`
        UPDATE payments SET status = 'pending', attempt_id = COALESCE(@attemptId, attempt_id), fail_reason = NULL, reason_code = NULL,
          request_sent_at = @at, updated_at = @at
        WHERE merchant_uid = @merchantUid AND status IN ('failed', 'rejected')`),
      event: this.db.prepare('INSERT INTO payment_events (merchant_uid, at, type, detail, note) VALUES (?, ?, ?, ?, ?)'),
      settle: this.db.prepare(`
        UPDATE payments SET status = @status, imp_uid = @impUid, card_name = @cardName,
          card_number_masked = COALESCE(@cardNumberMasked, card_number_masked), card_quota = @cardQuota,
          apply_num = @applyNum, receipt_url = @receiptUrl, fail_reason = @failReason, reason_code = @reasonCode,
          cancel_amount = @cancelAmount, sandbox = @sandbox, portone_status = @portoneStatus, portone_amount = @portoneAmount,
          updated_at = @at
        WHERE merchant_uid = @merchantUid AND NOT (imp_uid IS @impUid AND cancel_amount > @cancelAmount)`),
      mark: this.db.prepare(`
        UPDATE payments SET status = @status, fail_reason = @failReason, reason_code = @reasonCode, updated_at = @at
        WHERE merchant_uid = @merchantUid`),
      get: this.db.prepare('SELECT * FROM payments WHERE merchant_uid = ?'),
      byAttempt: this.db.prepare('SELECT * FROM payments WHERE attempt_id = ?'),
      recent: this.db.prepare('SELECT * FROM payments ORDER BY created_at DESC, rowid DESC LIMIT ?'),
      open: this.db.prepare(
        `SELECT merchant_uid, status, api_env, amount, request_sent_at FROM payments WHERE status IN (${OPEN_STATUSES_SQL}) ORDER BY created_at`,
      ),
      events: this.db.prepare('SELECT at, type, detail, note FROM payment_events WHERE merchant_uid = ? ORDER BY id'),
      windowDetails: this.db.prepare(`
        UPDATE payments SET bank_name = COALESCE(@bankName, bank_name), vbank_name = COALESCE(@vbankName, vbank_name),
          vbank_num = COALESCE(@vbankNum, vbank_num), vbank_holder = COALESCE(@vbankHolder, vbank_holder),
          vbank_date = COALESCE(@vbankDate, vbank_date), cash_receipt_issued = @cashReceiptIssued
        WHERE merchant_uid = @merchantUid`),
    };
  }

  /** On disk before it returns, with its `intent` (and `request_sent`) events in the same transaction. */
  insertIntent(intent: Intent): void {
    this.atomically(() => {
      this.stmt.insert.run({ ...intent, saleId: intent.saleId ?? null, payMethod: intent.payMethod ?? null, sandbox: intent.sandbox ? 1 : 0 });
      this.writeEvent(intent.merchantUid, intent.at, {
        type: 'intent',
        note: { code: 'intent', params: { kind: intent.kind, amount: intent.amount, taxFree: intent.taxFree } },
      });
      if (intent.requestSentAt !== null) this.writeEvent(intent.merchantUid, intent.requestSentAt, REQUEST_SENT);
    });
  }

  /**
   * Copies PortOne's view. A view of the same payment with less cancelled than the ledger holds
   * is older than what is known (a lookup answered before a refund went through, landing after
   * it): PortOne's cancels only ever grow, so it is noted and not applied.
   */
  /** What PortOne said of a window payment's method; a later answer without them keeps what was known. */
  setWindowDetails(merchantUid: string, details: WindowDetails): void {
    const v = details.vbank;
    this.stmt.windowDetails.run({
      merchantUid,
      bankName: details.bankName,
      vbankName: v?.bank ?? null,
      vbankNum: v?.number ?? null,
      vbankHolder: v?.holder ?? null,
      vbankDate: v?.dueAtSeconds ?? null,
      cashReceiptIssued: details.cashReceiptIssued ? 1 : 0,
    });
  }

  settle(merchantUid: string, settlement: Settlement, at: number, event: LedgerEvent): void {
    this.recoverably(() => {
      const applied = this.stmt.settle.run({ ...settlement, sandbox: settlement.sandbox ? 1 : 0, merchantUid, at }).changes > 0;
      this.writeEvent(merchantUid, at, event, !applied);
    });
  }

  /** A status change with no PortOne payment to copy from (rejected, unknown, not charged). */
  mark(
    merchantUid: string,
    change: { status: PaymentStatus; failReason: string | null; reasonCode: string | null },
    at: number,
    event: LedgerEvent,
  ): void {
    this.recoverably(() => {
      this.stmt.mark.run({ ...change, merchantUid, at });
      this.writeEvent(merchantUid, at, event);
    });
  }

  /** An event that changes nothing else (a lookup that learnt nothing, a warning). */
  addEvent(merchantUid: string, at: number, event: LedgerEvent): void {
    this.recoverably(() => this.writeEvent(merchantUid, at, event));
  }

  get(merchantUid: string): LedgerRecord | null {
    const row = this.stmt.get.get(merchantUid);
    return row === undefined ? null : toRecord(PaymentRow.parse(row));
  }

  /** The sale's newest attempt, and whether rows of another feature (a card on file) point at it. */
  latestOfSale(saleId: string): { record: LedgerRecord; linked: boolean } | null {
    const row = this.stmt.latestOfSale.get(saleId);
    if (row === undefined) return null;
    const linked = z.object({ linked: z.number() }).parse(row).linked === 1;
    return { record: toRecord(PaymentRow.parse(row)), linked };
  }

  /**
   * A retry of a not-charged attempt under the same merchant_uid: back to `pending` with its
   * `request_sent` event, synced like a new intent (the request leaves right after). A payment
   * window's retry has no attemptId (null keeps the row's).
   */
  reopen(merchantUid: string, attemptId: string | null, at: number): void {
    this.atomically(() => {
      if (this.stmt.reopen.run({ merchantUid, attemptId, at }).changes !== 1) throw new Error('reopen: the payment is not a settled non-charge');
      this.writeEvent(merchantUid, at, {
        type: 'retry',
        note: attemptId === null ? { code: 'retry_window', params: {} } : { code: 'retry_attempt', params: { attemptId } },
      });
      this.writeEvent(merchantUid, at, REQUEST_SENT);
    });
  }

  findByAttempt(attemptId: string): LedgerRecord | null {
    const row = this.stmt.byAttempt.get(attemptId);
    return row === undefined ? null : toRecord(PaymentRow.parse(row));
  }

  detail(merchantUid: string): PaymentDetail | null {
    const record = this.get(merchantUid);
    if (!record) return null;
    const events = this.stmt.events.all(merchantUid).map((row) => toEvent(EventRow.parse(row)));
    return { payment: record.payment, events };
  }

  recent(limit: number): PaymentView[] {
    return this.stmt.recent.all(limit).map((row) => toRecord(PaymentRow.parse(row)).payment);
  }

  /** Intents whose outcome is not known: what start-up recovery resolves. */
  open(): OpenIntent[] {
    return this.stmt.open.all().map((row) => {
      const r = OpenRow.parse(row);
      return { merchantUid: r.merchant_uid, status: r.status, apiEnv: r.api_env, amount: r.amount, requestSentAt: r.request_sent_at };
    });
  }

  /** Runs `fn` in one transaction (bulk work: a single fsync instead of one per write). */
  batch(fn: () => void): void {
    this.db.transaction(fn)();
  }

  /** The open database, for feature modules that keep their own tables in this file (accounts, audit, day close). */
  get database(): Database.Database {
    return this.db;
  }

  integrityCheck(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private writeEvent(merchantUid: string, at: number, event: LedgerEvent, stale = false): void {
    const base = eventDetail(event.note);
    const detail = stale ? `${base} (older than the ledger's view: not applied)` : base;
    this.stmt.event.run(merchantUid, at, event.type, detail, JSON.stringify({ note: event.note, stale }));
  }

  /** A write that recovery can re-derive from PortOne: committed without waiting for the disk. */
  private recoverably(fn: () => void): void {
    if (this.db.inTransaction) return fn();
    this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(fn)();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  private atomically(fn: () => void): void {
    // Inside `batch` the outer transaction already makes this atomic; a savepoint would only cost.
    if (this.db.inTransaction) fn();
    else this.db.transaction(fn)();
  }
}
