import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../main/ledger/migrations';

/** The entry that adds schedules and the payment kind 'scheduled'. */
const SCHEDULES = MIGRATIONS.findIndex((sql) => sql.includes('CREATE TABLE schedules'));

const indexesOf = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'payments' AND sql IS NOT NULL ORDER BY name").pluck().all();

describe('ledger migration: scheduled payments', () => {
  it('rebuilds payments with kind scheduled, keeping every row, its children, indexes and foreign keys', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const sql of MIGRATIONS.slice(0, SCHEDULES)) db.exec(sql);
    db.pragma(`user_version = ${SCHEDULES}`);
    db.exec(`
      INSERT INTO payments (merchant_uid, kind, status, amount, tax_free, order_name, buyer_name, cashier, sandbox, api_env, created_at, updated_at)
      VALUES ('pos-1', 'keyed', 'paid', 1000, 100, 'x', 'Kim', 'till', 1, 'env', 10, 11);
      INSERT INTO payment_events (merchant_uid, at, type, detail) VALUES ('pos-1', 10, 'intent', 'keyed');
      INSERT INTO refunds (merchant_uid, amount, tax_free, checksum, reason, status, actor, requested_at) VALUES ('pos-1', 500, 0, 1000, 'r', 'refunded', 'till', 12);
    `);
    const before = indexesOf(db);
    const row = db.prepare("SELECT * FROM payments WHERE merchant_uid = 'pos-1'").get();

    // This entry alone first (later entries add columns and indexes of their own), then the rest.
    db.transaction(() => db.exec(MIGRATIONS[SCHEDULES] as string))();
    db.pragma(`user_version = ${SCHEDULES + 1}`);
    expect(db.prepare("SELECT * FROM payments WHERE merchant_uid = 'pos-1'").get()).toEqual(row);
    expect(indexesOf(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT * FROM payments WHERE merchant_uid = 'pos-1'").get()).toMatchObject(row as object);
    expect(db.prepare('SELECT count(*) FROM payment_events').pluck().get()).toBe(1);

    db.exec(`INSERT INTO payments (merchant_uid, kind, status, amount, tax_free, order_name, buyer_name, cashier, sandbox, api_env, created_at, updated_at)
      VALUES ('pos-2', 'scheduled', 'paid', 2000, 0, 'y', 'Lee', 'till', 1, 'env', 20, 20)`);
    expect(() =>
      db.exec(`INSERT INTO payments (merchant_uid, kind, status, amount, tax_free, order_name, buyer_name, cashier, sandbox, api_env, created_at, updated_at)
        VALUES ('pos-3', 'other', 'paid', 1, 0, 'z', 'Park', 'till', 1, 'env', 30, 30)`),
    ).toThrow(/CHECK/);
    // Children still point at payments: an event for no payment is refused, the event log stays append-only.
    expect(() => db.exec("INSERT INTO payment_events (merchant_uid, at, type, detail) VALUES ('pos-none', 1, 't', '')")).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("UPDATE payment_events SET detail = 'x'")).toThrow(/append-only/);
    expect(db.pragma('defer_foreign_keys', { simple: true })).toBe(0);
    db.close();
  });
});
