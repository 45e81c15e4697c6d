import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CustomerStore } from '../../main/customers/customer-store';
import { MIGRATIONS, migrate } from '../../main/ledger/migrations';

/** The entry that lets a customer exist without an issuing payment (a key registered without a charge). */
const RELAX = MIGRATIONS.findIndex((sql) => sql.includes('customers_v2'));

describe('ledger migration: customers without an issuing payment', () => {
  it('keeps every saved customer, its id (the FTS row) and its search; then takes a registered one', () => {
    const db = new Database(':memory:');
    for (const sql of MIGRATIONS.slice(0, RELAX)) db.exec(sql);
    db.pragma(`user_version = ${RELAX}`);
    db.exec(`
      INSERT INTO payments (merchant_uid, kind, status, amount, tax_free, order_name, buyer_name, card_number_masked, card_name,
        cashier, sandbox, api_env, created_at, updated_at)
      VALUES ('pos-issue-1', 'keyed', 'paid', 1000, 0, 'x', 'Han Jimin', '5365-10**-****-0006', 'BC', 'till', 1, 'env', 10, 10);
      INSERT INTO customers (id, customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
        issuing_merchant_uid, consent_at, consent_by, created_at)
      VALUES (7, 'cu_00000000000000000000000a', 'Han Jimin', '010-1111-2222', '01011112222', 'm', '5365-10**-****-0006', '0006',
        'nxca_jt_bi', 'env', 'pos-issue-1', 5, 'till', 5);
      INSERT INTO customer_payments (merchant_uid, customer_uid, usage) VALUES ('pos-issue-1', 'cu_00000000000000000000000a', 'issue');
    `);

    expect(migrate(db)).toBe(MIGRATIONS.length);
    const store = new CustomerStore(db);
    const saved = store.get('cu_00000000000000000000000a');
    expect(saved).toMatchObject({ registration: null, issuingStatus: 'paid', view: { name: 'Han Jimin', keyState: 'active', cardName: 'BC', issuedAt: 10 } });
    expect(db.prepare('SELECT id FROM customers').pluck().get()).toBe(7);
    expect(store.search('an Jim', 10).map((c) => c.name)).toEqual(['Han Jimin']);
    expect(store.paymentUids('cu_00000000000000000000000a')).toEqual(['pos-issue-1']);

    store.insertRegistered({
      customerUid: 'cu_00000000000000000000000b',
      name: 'Registered Jin',
      phone: '',
      memo: '',
      cardNumberMasked: '4111-11**-****-1111',
      pgId: 'nxca_jt_bi',
      apiEnv: 'env',
      sandbox: true,
      consentAt: 20,
      consentBy: 'till',
    });
    expect(store.get('cu_00000000000000000000000b')?.view.keyState).toBe('pending');
    store.settleRegistration('cu_00000000000000000000000b', 'active', 30, { pgId: null, cardName: 'VISA' });
    expect(store.get('cu_00000000000000000000000b')).toMatchObject({ registration: 'active', view: { keyState: 'active', cardName: 'VISA', sandbox: true } });
    expect(store.search('stered J', 10).map((c) => c.name)).toEqual(['Registered Jin']);
    // A customer is either issued by a payment or registered, never neither.
    expect(() =>
      db.exec(`INSERT INTO customers (customer_uid, name, phone, phone_digits, memo, card_number_masked, card_last4, pg_id, api_env,
        consent_at, consent_by, created_at) VALUES ('cu_c', 'n', '', '', '', '', '', 'p', 'e', 1, 't', 1)`),
    ).toThrow(/CHECK/);
    db.close();
  });
});
