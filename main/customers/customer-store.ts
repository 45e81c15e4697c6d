import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CustomerView, KeyState } from '../../contract/customers';
import { PaymentStatus } from '../../contract/schemas';
import { digitsOnly, lastFour } from '../../domain/card-number';
import { isCharged } from '../../domain/payment-status';
import { prefixEnd, searchPlan } from './search-plan';

/** What is written with the intent of the charge that issues the key. */
export interface NewCustomer {
  customerUid: string;
  name: string;
  phone: string;
  memo: string;
  cardNumberMasked: string;
  pgId: string;
  apiEnv: string;
  issuingMerchantUid: string;
  consentAt: number;
  consentBy: string;
}

/** A card registered without a charge: written before `POST /subscribe/customers/{uid}` leaves. */
export type NewRegisteredCustomer = Omit<NewCustomer, 'issuingMerchantUid'> & { sandbox: boolean };

export type Registration = 'pending' | 'active' | 'failed';

export interface StoredCustomer {
  view: CustomerView;
  apiEnv: string;
  /** Status of the payment that issued the key; for a key registered without a charge, its state read the same way. */
  issuingStatus: PaymentStatus;
  /** Set only for a key registered without a charge. */
  registration: Registration | null;
  createdAt: number;
}

const flag = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);

const Row = z.object({
  customer_uid: z.string(),
  name: z.string(),
  phone: z.string(),
  memo: z.string(),
  card_number_masked: z.string(),
  pg_id: z.string(),
  api_env: z.string(),
  consent_at: z.number().int(),
  consent_by: z.string(),
  key_missing_at: z.number().int().nullable(),
  card_removed_at: z.number().int().nullable(),
  checked_at: z.number().int().nullable(),
  status: PaymentStatus,
  card_name: z.string().nullable(),
  paid_at: z.number().int(),
  sandbox: flag,
  registration: z.enum(['pending', 'active', 'failed']).nullable(),
  created_at: z.number().int(),
});
type Row = z.infer<typeof Row>;


function keyStateOf(row: Row): KeyState {
  if (row.card_removed_at !== null) return 'removed';
  if (!isCharged(row.status)) return 'pending';
  return row.key_missing_at === null ? 'active' : 'missing';
}

function toStored(raw: unknown): StoredCustomer {
  const row = Row.parse(raw);
  const issued = isCharged(row.status);
  return {
    apiEnv: row.api_env,
    issuingStatus: row.status,
    registration: row.registration,
    createdAt: row.created_at,
    view: {
      customerUid: row.customer_uid as CustomerView['customerUid'],
      name: row.name,
      phone: row.phone,
      memo: row.memo,
      cardNumberMasked: row.card_number_masked,
      cardName: row.card_name,
      pgId: row.pg_id,
      keyState: keyStateOf(row),
      issuedAt: issued ? row.paid_at : null,
      consentAt: row.consent_at,
      consentBy: row.consent_by,
      checkedAt: row.checked_at,
      sandbox: row.sandbox,
    },
  };
}

/** A registered key's state in the issuing payment's terms, so both kinds are listed and read alike. */
const STATUS = `COALESCE(p.status, CASE c.registration WHEN 'active' THEN 'paid' WHEN 'failed' THEN 'failed' ELSE 'pending' END)`;

/** A customer's card is listed while its issuing charge is paid or still open; a declined save never became a card. */
const SELECT = `
  SELECT c.customer_uid, c.name, c.phone, c.memo, c.card_number_masked, c.pg_id, c.api_env, c.consent_at, c.consent_by,
         c.key_missing_at, c.card_removed_at, c.checked_at, ${STATUS} AS status, COALESCE(p.card_name, c.registered_card_name) AS card_name,
         COALESCE(p.created_at, c.created_at) AS paid_at, COALESCE(p.sandbox, c.registered_sandbox) AS sandbox,
         c.registration, c.created_at
  FROM customers c LEFT JOIN payments p ON p.merchant_uid = c.issuing_merchant_uid`;
const LISTED = `${STATUS} NOT IN ('failed', 'rejected')`;

/** The customers tables in the ledger's database file. */
export class CustomerStore {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insert: db.prepare(`
        INSERT INTO customers (customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
          issuing_merchant_uid, consent_at, consent_by, created_at)
        VALUES (@customerUid, @name, @phone, @phoneDigits, @memo, @cardNumberMasked, @last4, @pgId, @apiEnv,
          @issuingMerchantUid, @consentAt, @consentBy, @consentAt)`),
      register: db.prepare(`
        INSERT INTO customers (customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
          registration, registered_sandbox, consent_at, consent_by, created_at)
        VALUES (@customerUid, @name, @phone, @phoneDigits, @memo, @cardNumberMasked, @last4, @pgId, @apiEnv,
          'pending', @sandbox, @consentAt, @consentBy, @consentAt)`),
      registered: db.prepare(`
        UPDATE customers SET registration = @state, checked_at = @at, pg_id = COALESCE(@pgId, pg_id),
          registered_card_name = COALESCE(@cardName, registered_card_name)
        WHERE customer_uid = @customerUid AND registration IS NOT NULL`),
      link: db.prepare('INSERT INTO customer_payments (merchant_uid, customer_uid, usage) VALUES (?, ?, ?)'),
      get: db.prepare(`${SELECT} WHERE c.customer_uid = ?`),
      recent: db.prepare(`${SELECT} WHERE ${LISTED} ORDER BY c.id DESC LIMIT ?`),
      byText: db.prepare(`${SELECT} WHERE ${LISTED} AND c.id IN (
          SELECT id FROM customers WHERE name >= @prefix AND name < @prefixEnd
          UNION SELECT rowid FROM customers_fts WHERE @phrase IS NOT NULL AND customers_fts MATCH 'name : ' || @phrase
          UNION SELECT id FROM (SELECT id FROM customers WHERE @inside IS NOT NULL AND instr(name, @inside) > 0 LIMIT @limit))
        ORDER BY c.name, c.id LIMIT @limit`),
      byDigits: db.prepare(`${SELECT} WHERE ${LISTED} AND c.id IN (
          SELECT id FROM customers WHERE card_last4 = @last4
          UNION SELECT id FROM customers WHERE phone_digits >= @digits AND phone_digits < @digitsEnd
          UNION SELECT rowid FROM customers_fts WHERE @phrase IS NOT NULL AND customers_fts MATCH 'phone_digits : ' || @phrase)
        ORDER BY c.name, c.id LIMIT @limit`),
      payments: db.prepare(`
        SELECT cp.merchant_uid FROM customer_payments cp JOIN payments p ON p.merchant_uid = cp.merchant_uid
        WHERE cp.customer_uid = ? ORDER BY p.created_at DESC, p.rowid DESC`),
      missing: db.prepare('UPDATE customers SET key_missing_at = COALESCE(key_missing_at, @at), checked_at = @at WHERE customer_uid = @customerUid'),
      present: db.prepare(
        'UPDATE customers SET key_missing_at = NULL, checked_at = @at, pg_id = COALESCE(@pgId, pg_id) WHERE customer_uid = @customerUid',
      ),
      forgetLinks: db.prepare('DELETE FROM customer_payments WHERE customer_uid = ?'),
      forget: db.prepare('DELETE FROM customers WHERE customer_uid = ?'),
      removed: db.prepare('UPDATE customers SET card_removed_at = COALESCE(card_removed_at, @at), checked_at = @at WHERE customer_uid = @customerUid'),
      replacing: db.prepare('INSERT INTO card_replacements (new_customer_uid, old_customer_uid, created_at) VALUES (?, ?, ?)'),
      replacements: db.prepare('SELECT new_customer_uid, old_customer_uid FROM card_replacements ORDER BY created_at'),
      replaced: db.prepare('DELETE FROM card_replacements WHERE new_customer_uid = ?'),
    };
  }

  /** Runs inside the intent's transaction: the customer exists on disk before the key-issuing request leaves. */
  insert(customer: NewCustomer): void {
    this.stmt.insert.run({
      ...customer,
      phoneDigits: digitsOnly(customer.phone),
      last4: lastFour(customer.cardNumberMasked) ?? '',
    });
    this.link(customer.issuingMerchantUid, customer.customerUid, 'issue');
  }

  /** On disk (pending) before the registration request leaves, so a lost answer can be looked up. */
  insertRegistered(customer: NewRegisteredCustomer): void {
    this.stmt.register.run({
      ...customer,
      sandbox: customer.sandbox ? 1 : 0,
      phoneDigits: digitsOnly(customer.phone),
      last4: lastFour(customer.cardNumberMasked) ?? '',
    });
  }

  /** PortOne's answer (or lookup) for a registered key; its `pg_id` and card name win over ours. */
  settleRegistration(customerUid: string, state: Registration, at: number, from: { pgId: string | null; cardName: string | null }): void {
    this.stmt.registered.run({ customerUid, state, at, pgId: from.pgId, cardName: from.cardName });
  }

  link(merchantUid: string, customerUid: string, usage: 'issue' | 'payment'): void {
    this.stmt.link.run(merchantUid, customerUid, usage);
  }

  get(customerUid: string): StoredCustomer | null {
    const row = this.stmt.get.get(customerUid);
    return row === undefined ? null : toStored(row);
  }

  search(query: string, limit: number): CustomerView[] {
    const plan = searchPlan(query);
    let rows: unknown[];
    switch (plan.kind) {
      case 'recent':
        rows = this.stmt.recent.all(limit);
        break;
      case 'text':
        rows = this.stmt.byText.all({ prefix: plan.prefix, prefixEnd: prefixEnd(plan.prefix), phrase: plan.substring, inside: plan.inside, limit });
        break;
      case 'digits':
        rows = this.stmt.byDigits.all({
          last4: plan.last4,
          digits: plan.digits,
          digitsEnd: prefixEnd(plan.digits),
          phrase: plan.substring,
          limit,
        });
        break;
    }
    return rows.map((row) => toStored(row).view);
  }

  /** Merchant uids of the payments made with this customer's card, newest first. */
  paymentUids(customerUid: string): string[] {
    return this.stmt.payments.all(customerUid).map((row) => z.object({ merchant_uid: z.string() }).parse(row).merchant_uid);
  }

  markMissing(customerUid: string, at: number): void {
    this.stmt.missing.run({ customerUid, at });
  }

  /** PortOne knows the key; its `pg_id` (the MID that really issued it) wins over the one we asked for. */
  markPresent(customerUid: string, at: number, pgId: string | null): void {
    this.stmt.present.run({ customerUid, at, pgId });
  }

  /** Inside the new card's intent transaction: `oldUid` is retired once `newUid`'s first charge is paid. */
  insertReplacement(newUid: string, oldUid: string, at: number): void {
    this.stmt.replacing.run(newUid, oldUid, at);
  }

  /** Replacements not finished yet, oldest first. */
  pendingReplacements(): { newUid: string; oldUid: string }[] {
    const Replacement = z.object({ new_customer_uid: z.string(), old_customer_uid: z.string() });
    return this.stmt.replacements.all().map((row) => {
      const r = Replacement.parse(row);
      return { newUid: r.new_customer_uid, oldUid: r.old_customer_uid };
    });
  }

  endReplacement(newUid: string): void {
    this.stmt.replaced.run(newUid);
  }

  /** The till removed the card at PortOne: the customer, its links and its payments stay, without a card. */
  markRemoved(customerUid: string, at: number): void {
    this.stmt.removed.run({ customerUid, at });
  }

  /** After PortOne deleted a replaced key: the old row and its links go; the payments stay in the ledger. */
  forget(customerUid: string): void {
    this.db.transaction(() => {
      this.stmt.forgetLinks.run(customerUid);
      this.stmt.forget.run(customerUid);
    })();
  }
}
