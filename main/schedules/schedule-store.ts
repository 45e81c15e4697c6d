import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ScheduleState, type ScheduleView } from '../../contract/schedules';

/** One schedule as written before PortOne is asked (`planned`), then as PortOne reports it. */
export interface NewSchedule {
  merchantUid: string;
  planId: string;
  customerUid: string;
  customerName: string;
  scheduleAt: number;
  moved: boolean;
  amount: number;
  taxFree: number;
  orderName: string;
  apiEnv: string;
  createdBy: string;
  at: number;
}

export interface StoredSchedule {
  view: ScheduleView;
  apiEnv: string;
  /** When the schedule request (last) went out; null = never sent. */
  sentAt: number | null;
  /** Who scheduled it: the booked payment's cashier. */
  createdBy: string;
}

const Row = z.object({
  merchant_uid: z.string(),
  plan_id: z.string(),
  customer_uid: z.string(),
  customer_name: z.string(),
  schedule_at: z.number().int(),
  moved: z.union([z.literal(0), z.literal(1)]),
  amount: z.number().int(),
  tax_free: z.number().int(),
  order_name: z.string(),
  state: ScheduleState,
  imp_uid: z.string().nullable(),
  fail_reason: z.string().nullable(),
  executed_at: z.number().int().nullable(),
  api_env: z.string(),
  sent_at: z.number().int().nullable(),
  created_by: z.string(),
});

function toStored(raw: unknown): StoredSchedule {
  const r = Row.parse(raw);
  return {
    view: {
      merchantUid: r.merchant_uid,
      planId: r.plan_id,
      customerUid: r.customer_uid,
      customerName: r.customer_name,
      scheduleAt: r.schedule_at,
      moved: r.moved === 1,
      amount: r.amount,
      taxFree: r.tax_free,
      orderName: r.order_name,
      state: r.state,
      failReason: r.fail_reason,
      impUid: r.imp_uid,
      executedAt: r.executed_at,
    },
    apiEnv: r.api_env,
    sentAt: r.sent_at,
    createdBy: r.created_by,
  };
}

export interface ScheduleChange {
  state: ScheduleState;
  impUid?: string | null;
  failReason?: string | null;
  executedAt?: number | null;
  scheduleAt?: number;
  sentAt?: number | null;
}

/** The `schedules` table of the ledger file. */
export class ScheduleStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insert: db.prepare(`
        INSERT INTO schedules (merchant_uid, plan_id, customer_uid, customer_name, schedule_at, moved, amount, tax_free, order_name,
          state, api_env, created_by, created_at, updated_at)
        VALUES (@merchantUid, @planId, @customerUid, @customerName, @scheduleAt, @moved, @amount, @taxFree, @orderName,
          'planned', @apiEnv, @createdBy, @at, @at)`),
      update: db.prepare(`
        UPDATE schedules SET state = @state, imp_uid = COALESCE(@impUid, imp_uid), fail_reason = @failReason,
          executed_at = COALESCE(@executedAt, executed_at), schedule_at = COALESCE(@scheduleAt, schedule_at),
          sent_at = COALESCE(@sentAt, sent_at), updated_at = @at
        WHERE merchant_uid = @merchantUid`),
      get: db.prepare('SELECT * FROM schedules WHERE merchant_uid = ?'),
      byCustomer: db.prepare('SELECT * FROM schedules WHERE customer_uid = ? ORDER BY schedule_at, merchant_uid'),
      inState: db.prepare('SELECT * FROM schedules WHERE state = ? ORDER BY schedule_at, merchant_uid'),
      lastPoll: db.prepare('SELECT last_poll_at FROM schedule_polls WHERE id = 1'),
      setPoll: db.prepare('INSERT INTO schedule_polls (id, last_poll_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET last_poll_at = excluded.last_poll_at'),
    };
  }

  /** Every schedule of a plan in one synced transaction: on disk before the first request leaves. */
  insertPlan(rows: readonly NewSchedule[]): void {
    this.db.transaction(() => {
      for (const r of rows) this.stmt.insert.run({ ...r, moved: r.moved ? 1 : 0 });
    })();
  }

  update(merchantUid: string, change: ScheduleChange, at: number): void {
    this.stmt.update.run({
      merchantUid,
      at,
      state: change.state,
      impUid: change.impUid ?? null,
      failReason: change.failReason ?? null,
      executedAt: change.executedAt ?? null,
      scheduleAt: change.scheduleAt ?? null,
      sentAt: change.sentAt ?? null,
    });
  }

  /** Marks the rows as sent in one synced write, before the request leaves. */
  markSending(merchantUids: readonly string[], at: number): void {
    this.db.transaction(() => {
      for (const m of merchantUids) this.update(m, { state: 'sending', sentAt: at }, at);
    })();
  }

  get(merchantUid: string): StoredSchedule | null {
    const row = this.stmt.get.get(merchantUid);
    return row === undefined ? null : toStored(row);
  }

  byCustomer(customerUid: string): StoredSchedule[] {
    return this.stmt.byCustomer.all(customerUid).map(toStored);
  }

  inState(state: ScheduleState): StoredSchedule[] {
    return this.stmt.inState.all(state).map(toStored);
  }

  lastPollAt(): number | null {
    const row = this.stmt.lastPoll.get() as { last_poll_at: number } | undefined;
    return row?.last_poll_at ?? null;
  }

  setLastPollAt(at: number): void {
    this.stmt.setPoll.run(at);
  }
}
