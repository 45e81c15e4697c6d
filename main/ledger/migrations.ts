import type Database from 'better-sqlite3';

/**
 * Schema history. Each entry moves `PRAGMA user_version` from its index to index + 1; entries are
 * never edited once released, only appended. No column may ever hold card number, expiry, birth
 * or password digits: the masked card (first 6 + last 4) is the most that is kept.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE payments (
    merchant_uid       TEXT PRIMARY KEY,
    attempt_id         TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('keyed', 'billing', 'window')),
    status             TEXT NOT NULL CHECK (status IN ('pending', 'unknown', 'paid', 'ready', 'failed', 'rejected', 'cancelled', 'partially_cancelled')),
    amount             INTEGER NOT NULL CHECK (amount >= 0),
    tax_free           INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    cancel_amount      INTEGER NOT NULL DEFAULT 0,
    order_name         TEXT NOT NULL,
    buyer_name         TEXT NOT NULL,
    card_number_masked TEXT,
    card_name          TEXT,
    card_quota         INTEGER NOT NULL DEFAULT 0,
    apply_num          TEXT,
    receipt_url        TEXT,
    imp_uid            TEXT,
    fail_reason        TEXT,
    reason_code        TEXT,
    cashier            TEXT NOT NULL,
    sandbox            INTEGER NOT NULL CHECK (sandbox IN (0, 1)),
    api_env            TEXT NOT NULL,
    request_sent_at    INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX payments_recent ON payments (created_at DESC);
  CREATE INDEX payments_open ON payments (status) WHERE status IN ('pending', 'unknown');
  CREATE UNIQUE INDEX payments_attempt ON payments (attempt_id) WHERE attempt_id IS NOT NULL;
  CREATE INDEX payments_imp_uid ON payments (imp_uid) WHERE imp_uid IS NOT NULL;

  CREATE TABLE payment_events (
    id           INTEGER PRIMARY KEY,
    merchant_uid TEXT NOT NULL REFERENCES payments (merchant_uid),
    at           INTEGER NOT NULL,
    type         TEXT NOT NULL,
    detail       TEXT NOT NULL
  ) STRICT;
  CREATE INDEX payment_events_payment ON payment_events (merchant_uid, id);
  -- The event log is the audit trail: append-only.
  CREATE TRIGGER payment_events_no_update BEFORE UPDATE ON payment_events
    BEGIN SELECT RAISE(ABORT, 'payment_events is append-only'); END;
  CREATE TRIGGER payment_events_no_delete BEFORE DELETE ON payment_events
    BEGIN SELECT RAISE(ABORT, 'payment_events is append-only'); END;
  `,
];

export class LedgerTooNewError extends Error {
  constructor(found: number) {
    super(`ledger schema version ${found} is newer than this app (${MIGRATIONS.length}); update the app`);
    this.name = 'LedgerTooNewError';
  }
}

/** Applies every migration the file has not seen, each in its own transaction with its version bump. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true });
  const version = typeof current === 'number' ? current : 0;
  if (version > MIGRATIONS.length) throw new LedgerTooNewError(version);
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
