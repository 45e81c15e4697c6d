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
  // Cashier accounts, the hash-chained audit log and business days (open with a float, close with a frozen report).
  `
  CREATE TABLE cashiers (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL COLLATE NOCASE UNIQUE,
    role            TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
    pin_salt        BLOB NOT NULL,
    pin_hash        BLOB NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    blocked_until   INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE auth_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

  CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT,
    detail     TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

  CREATE TABLE business_days (
    id           INTEGER PRIMARY KEY,
    opened_at    INTEGER NOT NULL,
    opened_by    TEXT NOT NULL,
    float_amount INTEGER NOT NULL CHECK (float_amount >= 0),
    closed_at    INTEGER,
    closed_by    TEXT,
    report       TEXT
  ) STRICT;
  CREATE UNIQUE INDEX business_days_one_open ON business_days (closed_at IS NULL) WHERE closed_at IS NULL;
  CREATE TRIGGER business_days_closed_read_only BEFORE UPDATE ON business_days WHEN OLD.closed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a closed day is read-only'); END;
  CREATE TRIGGER business_days_no_delete BEFORE DELETE ON business_days
    BEGIN SELECT RAISE(ABORT, 'business days are never deleted'); END;
  CREATE INDEX payments_refunded ON payments (created_at) WHERE cancel_amount > 0;
  `,
  // Card on file (main/customers): one row per customer-card; the key's state is read from the
  // payment that issued it. Only the masked card (6 + 4) is kept. Search: trigram FTS for
  // substrings of 3+ characters, b-tree indexes for short prefixes and the exact last 4.
  `
  CREATE TABLE customers (
    id                   INTEGER PRIMARY KEY,
    customer_uid         TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    phone                TEXT NOT NULL,
    phone_digits         TEXT NOT NULL,
    memo                 TEXT NOT NULL,
    card_number_masked   TEXT NOT NULL,
    card_last4           TEXT NOT NULL,
    pg_id                TEXT NOT NULL,
    api_env              TEXT NOT NULL,
    issuing_merchant_uid TEXT NOT NULL REFERENCES payments (merchant_uid),
    consent_at           INTEGER NOT NULL,
    consent_by           TEXT NOT NULL,
    key_missing_at       INTEGER,
    checked_at           INTEGER,
    created_at           INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX customers_name ON customers (name);
  CREATE INDEX customers_phone ON customers (phone_digits);
  CREATE INDEX customers_last4 ON customers (card_last4);

  CREATE TABLE customer_payments (
    merchant_uid TEXT PRIMARY KEY REFERENCES payments (merchant_uid),
    customer_uid TEXT NOT NULL,
    usage        TEXT NOT NULL CHECK (usage IN ('issue', 'payment'))
  ) STRICT;
  CREATE INDEX customer_payments_customer ON customer_payments (customer_uid);

  CREATE VIRTUAL TABLE customers_fts USING fts5 (
    name, phone_digits, content = 'customers', content_rowid = 'id', tokenize = 'trigram'
  );
  CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, name, phone_digits) VALUES (new.id, new.name, new.phone_digits);
  END;
  CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, phone_digits) VALUES ('delete', old.id, old.name, old.phone_digits);
  END;
  CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone_digits ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, phone_digits) VALUES ('delete', old.id, old.name, old.phone_digits);
    INSERT INTO customers_fts (rowid, name, phone_digits) VALUES (new.id, new.name, new.phone_digits);
  END;
  `,
  // Refunds, history search and receipt printing (main/refunds, main/history, main/receipts).
  `
  -- Refunds the POS asked for: written before the cancel request goes out.
  CREATE TABLE refunds (
    id           INTEGER PRIMARY KEY,
    merchant_uid TEXT NOT NULL REFERENCES payments (merchant_uid),
    amount       INTEGER NOT NULL CHECK (amount > 0),
    tax_free     INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    checksum     INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'unknown', 'refunded', 'refused', 'not_refunded')),
    fail_reason  TEXT,
    actor        TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    resolved_at  INTEGER
  ) STRICT;
  CREATE INDEX refunds_payment ON refunds (merchant_uid, id);

  -- PortOne's cancel_history as last read (PortOne is the truth: replaced on every read).
  CREATE TABLE payment_cancels (
    merchant_uid    TEXT NOT NULL REFERENCES payments (merchant_uid),
    seq             INTEGER NOT NULL,
    pg_tid          TEXT,
    cancellation_id TEXT,
    amount          INTEGER NOT NULL,
    reason          TEXT NOT NULL,
    cancelled_at    INTEGER NOT NULL,
    receipt_url     TEXT,
    PRIMARY KEY (merchant_uid, seq)
  ) STRICT;

  CREATE TABLE receipt_prints (
    id           INTEGER PRIMARY KEY,
    merchant_uid TEXT NOT NULL REFERENCES payments (merchant_uid),
    kind         TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    output       TEXT NOT NULL CHECK (output IN ('paper', 'pdf')),
    reprint      INTEGER NOT NULL CHECK (reprint IN (0, 1)),
    actor        TEXT NOT NULL,
    at           INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX receipt_prints_payment ON receipt_prints (merchant_uid, kind);

  -- History search: newest first, keyset paging on (created_at, merchant_uid), one index per filter.
  CREATE INDEX payments_history ON payments (created_at, merchant_uid);
  CREATE INDEX payments_by_status ON payments (status, created_at, merchant_uid);
  CREATE INDEX payments_by_kind ON payments (kind, created_at, merchant_uid);
  CREATE INDEX payments_by_last4 ON payments (substr(card_number_masked, -4), created_at, merchant_uid);
  CREATE INDEX payments_by_cashier ON payments (cashier, created_at, merchant_uid);
  CREATE INDEX payments_by_buyer ON payments (buyer_name, created_at);
  CREATE INDEX payments_by_amount ON payments (amount, created_at);
  `,
  // Card on file without a charge (Hecto's separate contract, main/customers): a customer may have
  // no issuing payment; `registration` then carries the key's state. SQLite cannot drop NOT NULL,
  // so the table is rebuilt with the same ids (the FTS index points at them) and its indexes and
  // triggers are made again.
  `
  CREATE TABLE customers_v2 (
    id                   INTEGER PRIMARY KEY,
    customer_uid         TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    phone                TEXT NOT NULL,
    phone_digits         TEXT NOT NULL,
    memo                 TEXT NOT NULL,
    card_number_masked   TEXT NOT NULL,
    card_last4           TEXT NOT NULL,
    pg_id                TEXT NOT NULL,
    api_env              TEXT NOT NULL,
    issuing_merchant_uid TEXT REFERENCES payments (merchant_uid),
    registration         TEXT CHECK (registration IN ('pending', 'active', 'failed')),
    registered_card_name TEXT,
    registered_sandbox   INTEGER CHECK (registered_sandbox IN (0, 1)),
    consent_at           INTEGER NOT NULL,
    consent_by           TEXT NOT NULL,
    key_missing_at       INTEGER,
    checked_at           INTEGER,
    created_at           INTEGER NOT NULL,
    CHECK ((issuing_merchant_uid IS NULL) = (registration IS NOT NULL))
  ) STRICT;
  INSERT INTO customers_v2 (id, customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
    issuing_merchant_uid, consent_at, consent_by, key_missing_at, checked_at, created_at)
  SELECT id, customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
    issuing_merchant_uid, consent_at, consent_by, key_missing_at, checked_at, created_at FROM customers;
  DROP TABLE customers;
  ALTER TABLE customers_v2 RENAME TO customers;
  CREATE INDEX customers_name ON customers (name);
  CREATE INDEX customers_phone ON customers (phone_digits);
  CREATE INDEX customers_last4 ON customers (card_last4);
  CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, name, phone_digits) VALUES (new.id, new.name, new.phone_digits);
  END;
  CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, phone_digits) VALUES ('delete', old.id, old.name, old.phone_digits);
  END;
  CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone_digits ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, phone_digits) VALUES ('delete', old.id, old.name, old.phone_digits);
    INSERT INTO customers_fts (rowid, name, phone_digits) VALUES (new.id, new.name, new.phone_digits);
  END;
  `,
  // Scheduled payments (main/schedules): each schedule is written here before PortOne is asked;
  // an executed one is booked as a payment of kind 'scheduled'. SQLite cannot change a CHECK, so
  // payments is rebuilt with the same rows and indexes. Its children keep pointing at it: with
  // foreign keys deferred, re-inserting every parent row settles the violations the drop counted.
  `
  PRAGMA defer_foreign_keys = ON;
  CREATE TEMP TABLE payments_copy AS SELECT * FROM payments;
  DROP TABLE payments;
  CREATE TABLE payments (
    merchant_uid       TEXT PRIMARY KEY,
    attempt_id         TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('keyed', 'billing', 'window', 'scheduled')),
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
  INSERT INTO payments SELECT * FROM temp.payments_copy;
  DROP TABLE temp.payments_copy;
  CREATE INDEX payments_recent ON payments (created_at DESC);
  CREATE INDEX payments_open ON payments (status) WHERE status IN ('pending', 'unknown');
  CREATE UNIQUE INDEX payments_attempt ON payments (attempt_id) WHERE attempt_id IS NOT NULL;
  CREATE INDEX payments_imp_uid ON payments (imp_uid) WHERE imp_uid IS NOT NULL;
  CREATE INDEX payments_refunded ON payments (created_at) WHERE cancel_amount > 0;
  CREATE INDEX payments_history ON payments (created_at, merchant_uid);
  CREATE INDEX payments_by_status ON payments (status, created_at, merchant_uid);
  CREATE INDEX payments_by_kind ON payments (kind, created_at, merchant_uid);
  CREATE INDEX payments_by_last4 ON payments (substr(card_number_masked, -4), created_at, merchant_uid);
  CREATE INDEX payments_by_cashier ON payments (cashier, created_at, merchant_uid);
  CREATE INDEX payments_by_buyer ON payments (buyer_name, created_at);
  CREATE INDEX payments_by_amount ON payments (amount, created_at);

  -- One row per schedule the till made (a plan = one date or a repeat). schedule_at in Unix ms.
  CREATE TABLE schedules (
    merchant_uid  TEXT PRIMARY KEY,
    plan_id       TEXT NOT NULL,
    customer_uid  TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    schedule_at   INTEGER NOT NULL,
    moved         INTEGER NOT NULL CHECK (moved IN (0, 1)),
    amount        INTEGER NOT NULL CHECK (amount > 0),
    tax_free      INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    order_name    TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'scheduled', 'paid', 'failed', 'revoked', 'refused', 'stopped')),
    imp_uid       TEXT,
    fail_reason   TEXT,
    executed_at   INTEGER,
    api_env       TEXT NOT NULL,
    sent_at       INTEGER,
    created_by    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX schedules_customer ON schedules (customer_uid, schedule_at);
  CREATE INDEX schedules_open ON schedules (state, schedule_at) WHERE state IN ('planned', 'sending', 'scheduled', 'failed');
  CREATE TABLE schedule_polls (id INTEGER PRIMARY KEY CHECK (id = 1), last_poll_at INTEGER NOT NULL) STRICT;
  `,
  // What PortOne itself holds for each payment, next to the intent (issue 12): a payment whose
  // amount differs is never counted at the intent's amount, and the close counts PortOne's.
  `
  ALTER TABLE payments ADD COLUMN portone_status TEXT CHECK (portone_status IN ('ready', 'paid', 'cancelled', 'failed'));
  ALTER TABLE payments ADD COLUMN portone_amount INTEGER CHECK (portone_amount >= 0);
  `,
  // A card replacement in progress (main/customers): written with the new card's first charge, so
  // the old key is retired once that charge is known paid, after a restart too.
  `
  CREATE TABLE card_replacements (
    new_customer_uid TEXT PRIMARY KEY,
    old_customer_uid TEXT NOT NULL,
    created_at       INTEGER NOT NULL
  ) STRICT;
  `,
  // The sale a payment belongs to (issue 12): a retry of the sale after "not charged" reuses the
  // merchant_uid, so PortOne's refusal of an already-paid one is the last line against a double charge.
  `
  ALTER TABLE payments ADD COLUMN sale_id TEXT;
  CREATE INDEX payments_sale ON payments (sale_id, created_at) WHERE sale_id IS NOT NULL;
  `,
  // Issue 13: PIN hashes made with the vault's pepper. Older ones (0) keep working and are made
  // again with the pepper at their next successful sign-in.
  `
  ALTER TABLE cashiers ADD COLUMN pin_peppered INTEGER NOT NULL DEFAULT 0 CHECK (pin_peppered IN (0, 1));
  `,
  // Catalog (products, barcodes, categories, search terms) and sales (lines, held carts, payment attempts, line refunds).
  `
  CREATE TABLE catalog_categories (
    category_id TEXT PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    colour      TEXT NOT NULL,
    sort_order  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE catalog_products (
    product_id  TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    price       INTEGER NOT NULL CHECK (price >= 0),
    taxation    TEXT NOT NULL CHECK (taxation IN ('taxable', 'tax_free')),
    category_id TEXT REFERENCES catalog_categories (category_id),
    short_code  TEXT COLLATE NOCASE,
    open_price  INTEGER NOT NULL CHECK (open_price IN (0, 1)),
    active      INTEGER NOT NULL CHECK (active IN (0, 1)),
    grid_order  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX catalog_products_short_code ON catalog_products (short_code) WHERE short_code IS NOT NULL;
  CREATE INDEX catalog_products_grid ON catalog_products (category_id, grid_order);
  CREATE INDEX catalog_products_name ON catalog_products (name);
  CREATE TABLE catalog_barcodes (
    barcode    TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES catalog_products (product_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX catalog_barcodes_product ON catalog_barcodes (product_id);
  -- Prefix-searchable keys of a product's name: the name and each word, as typed and as 초성.
  CREATE TABLE catalog_terms (
    term       TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES catalog_products (product_id),
    PRIMARY KEY (term, product_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX catalog_terms_product ON catalog_terms (product_id);

  CREATE TABLE sales (
    sale_id        TEXT PRIMARY KEY,
    status         TEXT NOT NULL CHECK (status IN ('held', 'open', 'paying', 'paid', 'partially_refunded', 'refunded')),
    label          TEXT NOT NULL DEFAULT '',
    cart_json      TEXT NOT NULL,
    order_name     TEXT NOT NULL,
    gross          INTEGER NOT NULL,
    line_discounts INTEGER NOT NULL,
    sale_discount  INTEGER NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount >= 0),
    tax_free       INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    item_count     INTEGER NOT NULL,
    discount_json  TEXT,
    merchant_uid   TEXT,
    refunded       INTEGER NOT NULL DEFAULT 0,
    cashier        TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    paid_at        INTEGER
  ) STRICT;
  CREATE INDEX sales_status ON sales (status, updated_at);
  CREATE INDEX sales_recent ON sales (created_at DESC);
  CREATE INDEX sales_paid ON sales (paid_at) WHERE paid_at IS NOT NULL;
  CREATE TABLE sale_lines (
    sale_id             TEXT NOT NULL REFERENCES sales (sale_id),
    position            INTEGER NOT NULL,
    line_id             TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('product', 'amount')),
    product_id          TEXT,
    category_id         TEXT,
    name                TEXT NOT NULL,
    taxation            TEXT NOT NULL CHECK (taxation IN ('taxable', 'tax_free')),
    qty                 INTEGER NOT NULL CHECK (qty > 0),
    unit_price          INTEGER NOT NULL CHECK (unit_price >= 0),
    discount_json       TEXT,
    line_discount       INTEGER NOT NULL,
    sale_discount_share INTEGER NOT NULL,
    net                 INTEGER NOT NULL CHECK (net >= 0),
    tax_free            INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= net),
    returned_qty        INTEGER NOT NULL DEFAULT 0 CHECK (returned_qty >= 0 AND returned_qty <= qty),
    PRIMARY KEY (sale_id, line_id)
  ) STRICT;
  -- Every payment attempt of a sale (a declined one stays listed), written before the request leaves:
  -- keyed and card-on-file attempts by their attempt_id (the ledger's intent carries it), a window by its merchant_uid.
  CREATE TABLE sale_payments (
    sale_id      TEXT NOT NULL REFERENCES sales (sale_id),
    attempt      INTEGER NOT NULL,
    attempt_id   TEXT UNIQUE,
    merchant_uid TEXT UNIQUE,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (sale_id, attempt)
  ) STRICT;
  -- A line refund, written before the cancel leaves; the returned quantities count once it is refunded.
  CREATE TABLE sale_refunds (
    id           INTEGER PRIMARY KEY,
    sale_id      TEXT NOT NULL REFERENCES sales (sale_id),
    merchant_uid TEXT NOT NULL,
    lines_json   TEXT NOT NULL,
    amount       INTEGER NOT NULL,
    tax_free     INTEGER NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('sent', 'refunded', 'not_refunded')),
    created_at   INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE sales_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // The cash drawer and 현금영수증 (main/cash, main/cash-receipts). Cash never reaches PortOne: a
  // movement row is its only record. A receipt row is written before PortOne is asked; the buyer's
  // number is kept masked only (personal data).
  `
  CREATE TABLE cash_movements (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'drop', 'payout')),
    merchant_uid TEXT,
    attempt_id   TEXT,
    amount       INTEGER NOT NULL CHECK (amount > 0),
    tax_free     INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    given        INTEGER,
    order_name   TEXT,
    reason       TEXT,
    actor        TEXT NOT NULL,
    at           INTEGER NOT NULL,
    CHECK ((kind IN ('sale', 'refund')) = (merchant_uid IS NOT NULL)),
    CHECK ((kind = 'sale') = (given IS NOT NULL AND attempt_id IS NOT NULL AND given >= amount))
  ) STRICT;
  CREATE UNIQUE INDEX cash_sales_uid ON cash_movements (merchant_uid) WHERE kind = 'sale';
  CREATE UNIQUE INDEX cash_sales_attempt ON cash_movements (attempt_id) WHERE kind = 'sale';
  CREATE INDEX cash_refunds_sale ON cash_movements (merchant_uid) WHERE kind = 'refund';
  CREATE INDEX cash_movements_at ON cash_movements (at);

  CREATE TABLE cash_receipts (
    merchant_uid      TEXT PRIMARY KEY,
    cash_uid          TEXT NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    tax_free          INTEGER NOT NULL CHECK (tax_free >= 0 AND tax_free <= amount),
    type              TEXT NOT NULL CHECK (type IN ('person', 'company')),
    identifier_type   TEXT NOT NULL CHECK (identifier_type IN ('phone', 'business', 'taxcard')),
    identifier_masked TEXT NOT NULL,
    self_issued       INTEGER NOT NULL CHECK (self_issued IN (0, 1)),
    state             TEXT NOT NULL CHECK (state IN ('sending', 'unknown', 'issued', 'rejected', 'not_sent', 'cancelling', 'cancelled')),
    apply_num         TEXT,
    receipt_url       TEXT,
    applied_at        INTEGER,
    cancelled_at      INTEGER,
    fail_reason       TEXT,
    api_env           TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX cash_receipts_cash ON cash_receipts (cash_uid, created_at);
  CREATE INDEX cash_receipts_open ON cash_receipts (state) WHERE state IN ('sending', 'unknown', 'cancelling');
  CREATE INDEX cash_receipts_created ON cash_receipts (created_at);
  CREATE TABLE cash_receipt_settings (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    mandatory_sector INTEGER NOT NULL CHECK (mandatory_sector IN (0, 1)),
    channel_key      TEXT NOT NULL
  ) STRICT;
  `,
  // Issue 19: removing the card keeps the customer (name, phone, memo, payments), with no card.
  `
  ALTER TABLE customers ADD COLUMN card_removed_at INTEGER;
  `,
  // Issue 15: a cash sale's receipt is printed under its cash part's number, which is no PortOne payment.
  `
  CREATE TABLE receipt_prints_new (
    id           INTEGER PRIMARY KEY,
    merchant_uid TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    output       TEXT NOT NULL CHECK (output IN ('paper', 'pdf')),
    reprint      INTEGER NOT NULL CHECK (reprint IN (0, 1)),
    actor        TEXT NOT NULL,
    at           INTEGER NOT NULL
  ) STRICT;
  INSERT INTO receipt_prints_new SELECT id, merchant_uid, kind, output, reprint, actor, at FROM receipt_prints;
  DROP TABLE receipt_prints;
  ALTER TABLE receipt_prints_new RENAME TO receipt_prints;
  CREATE INDEX receipt_prints_payment ON receipt_prints (merchant_uid, kind);
  `,
  // Issue 15: a cash part's 현금영수증 request, written before the cash is taken so that start-up
  // issues it after a crash in between. The buyer's number is kept only until the receipt's own
  // intent is written (then this row goes).
  `
  CREATE TABLE cash_receipt_requests (
    attempt_id      TEXT PRIMARY KEY,
    sale_amount     INTEGER NOT NULL,
    identifier_type TEXT CHECK (identifier_type IN ('phone', 'business', 'taxcard')),
    identifier      TEXT,
    type            TEXT CHECK (type IN ('person', 'company')),
    actor_id        TEXT NOT NULL,
    actor_name      TEXT NOT NULL,
    actor_role      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    CHECK ((identifier IS NULL) = (identifier_type IS NULL) AND (identifier IS NULL) = (type IS NULL))
  ) STRICT;
  `,
  // Issue 19: a payment-window payment keeps its method, a transfer its bank and a virtual account
  // its bank, number, holder and due date (Unix seconds, as PortOne sends it), so history, receipts
  // and the close can say them after a restart.
  `
  ALTER TABLE payments ADD COLUMN pay_method TEXT CHECK (pay_method IN ('card', 'trans', 'vbank', 'phone'));
  ALTER TABLE payments ADD COLUMN bank_name TEXT;
  ALTER TABLE payments ADD COLUMN vbank_name TEXT;
  ALTER TABLE payments ADD COLUMN vbank_num TEXT;
  ALTER TABLE payments ADD COLUMN vbank_holder TEXT;
  ALTER TABLE payments ADD COLUMN vbank_date INTEGER;
  `,
  // Issue 15: PortOne's cash_receipt_issued of a window transfer or virtual account, shown with the payment.
  `
  ALTER TABLE payments ADD COLUMN cash_receipt_issued INTEGER NOT NULL DEFAULT 0 CHECK (cash_receipt_issued IN (0, 1));
  `,
  // Issue 15: a part paid by choosing lines keeps which lines (a JSON array of line ids), so a
  // restart mid-split shows them paid and a retry of the part is checked against them. NULL: a
  // part paid by amount (every part before this migration).
  `
  ALTER TABLE sale_payments ADD COLUMN lines_json TEXT CHECK (lines_json IS NULL OR json_valid(lines_json));
  `,
  // Issue 19: an event's note (code and values, JSON) so the history words it in the cashier's
  // language; NULL for events written before it (their English detail is all there is).
  `
  ALTER TABLE payment_events ADD COLUMN note TEXT CHECK (note IS NULL OR json_valid(note));
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
