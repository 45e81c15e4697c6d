import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE, Ledger } from '../../main/ledger/ledger';
import { LedgerTooNewError, MIGRATIONS } from '../../main/ledger/migrations';
import { intent } from '../core/support/intent';
import { tempDir } from '../core/support/temp-dir';

describe('ledger', () => {
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;

  beforeEach(() => {
    dir = tempDir();
    ledger = new Ledger({ dataDir: dir.path });
  });
  afterEach(() => {
    ledger.close();
    dir.cleanup();
  });

  it('creates the schema at the latest version, in WAL mode with synchronous=FULL', () => {
    ledger.close();
    const db = new Database(join(dir.path, LEDGER_FILE));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    ledger = new Ledger({ dataDir: dir.path });
    expect(ledger.integrityCheck()).toBe('ok');
  });

  it('reopening an existing file keeps its data and does not migrate twice', () => {
    const a = intent();
    ledger.insertIntent(a);
    ledger.close();
    ledger = new Ledger({ dataDir: dir.path });
    expect(ledger.get(a.merchantUid)?.payment.amount).toBe(a.amount);
  });

  it("keeps a window payment's method, a transfer's bank and a virtual account across a restart", () => {
    const vbank = intent({ kind: 'window', payMethod: 'vbank' });
    const trans = intent({ kind: 'window', payMethod: 'trans' });
    const keyed = intent();
    for (const i of [vbank, trans, keyed]) ledger.insertIntent(i);
    ledger.setWindowDetails(vbank.merchantUid, { bankName: null, vbank: { bank: '신한은행', number: '56210000000001', holder: '테스트상점', dueAtSeconds: 1_800_000_000 }, cashReceiptIssued: false });
    ledger.setWindowDetails(trans.merchantUid, { bankName: '신한은행', vbank: null, cashReceiptIssued: true });
    // A later answer without the account (a lookup after the deposit) keeps it.
    ledger.setWindowDetails(vbank.merchantUid, { bankName: null, vbank: null, cashReceiptIssued: false });
    ledger.close();
    ledger = new Ledger({ dataDir: dir.path });
    expect(ledger.get(vbank.merchantUid)?.payment.window).toEqual({
      method: 'vbank',
      bank: null,
      vbank: { bank: '신한은행', number: '56210000000001', holder: '테스트상점', dueAt: 1_800_000_000_000 },
      cashReceiptIssued: false,
    });
    expect(ledger.get(trans.merchantUid)?.payment.window).toEqual({ method: 'trans', bank: '신한은행', vbank: null, cashReceiptIssued: true });
    expect(ledger.get(keyed.merchantUid)?.payment.window).toBeUndefined();
  });

  it('refuses a file written by a newer app', () => {
    ledger.close();
    const db = new Database(join(dir.path, LEDGER_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new Ledger({ dataDir: dir.path })).toThrow(LedgerTooNewError);
    ledger = new Ledger({ dataDir: mkdtempSync(join(dir.path, 'other-')) });
  });

  it('stores an intent as pending with an intent event, and lists it for recovery', () => {
    const a = intent({ amount: 55_000, taxFree: 5_000, attemptId: 'attempt-0001' });
    ledger.insertIntent(a);
    const record = ledger.get(a.merchantUid);
    expect(record?.payment).toMatchObject({ status: 'pending', amount: 55_000, taxFree: 5_000, vat: 4_545, kind: 'keyed' });
    expect(record?.requestSentAt).toBeNull();
    expect(ledger.findByAttempt('attempt-0001')?.payment.merchantUid).toBe(a.merchantUid);
    expect(ledger.detail(a.merchantUid)?.events.map((e) => e.type)).toEqual(['intent']);
    expect(ledger.open()).toEqual([
      { merchantUid: a.merchantUid, status: 'pending', apiEnv: 'sandbox', amount: 55_000, requestSentAt: null },
    ]);
  });

  it('records request_sent with the intent, then an outcome; settled payments leave the open list', () => {
    const a = intent();
    ledger.insertIntent({ ...a, requestSentAt: a.at + 1 });
    expect(ledger.open()[0]?.requestSentAt).toBe(a.at + 1);
    ledger.settle(
      a.merchantUid,
      {
        status: 'paid',
        impUid: 'imp_123',
        cardName: 'KB국민카드',
        cardNumberMasked: '5365-10**-****-0006',
        cardQuota: 0,
        applyNum: '12345678',
        receiptUrl: 'https://example.test/r',
        failReason: null,
        reasonCode: null,
        cancelAmount: 0,
        sandbox: true,
        portoneStatus: 'paid',
        portoneAmount: a.amount,
      },
      a.at + 2,
      { type: 'outcome', note: { code: 'paid', params: { impUid: 'imp_123', amount: a.amount } } },
    );
    expect(ledger.open()).toEqual([]);
    const detail = ledger.detail(a.merchantUid);
    expect(detail?.payment).toMatchObject({ status: 'paid', impUid: 'imp_123', applyNum: '12345678', updatedAt: a.at + 2 });
    expect(detail?.events.map((e) => e.type)).toEqual(['intent', 'request_sent', 'outcome']);
  });

  it('does not let an older view of the same payment (less cancelled) overwrite a refund it already holds', () => {
    const a = intent();
    ledger.insertIntent({ ...a, requestSentAt: a.at + 1 });
    const view = {
      status: 'paid' as const, impUid: 'imp_9', cardName: null, cardNumberMasked: null, cardQuota: 0, applyNum: null, receiptUrl: null,
      failReason: null, reasonCode: null, cancelAmount: 0, sandbox: true, portoneStatus: 'paid' as const, portoneAmount: a.amount,
    };
    ledger.settle(a.merchantUid, view, a.at + 2, { type: 'outcome', note: { code: 'paid', params: { impUid: 'imp_9', amount: a.amount } } });
    ledger.settle(a.merchantUid, { ...view, status: 'partially_cancelled', cancelAmount: 5_000 }, a.at + 3, { type: 'refund', note: { code: 'refunded', params: { amount: 5_000, taxFree: 0, reason: '변심' } } });
    // A lookup answered before the refund, landing after it.
    ledger.settle(a.merchantUid, view, a.at + 4, { type: 'lookup', note: { code: 'portone_status', params: { status: 'paid', impUid: 'imp_9', amount: a.amount } } });
    const detail = ledger.detail(a.merchantUid);
    expect(detail?.payment).toMatchObject({ status: 'partially_cancelled', cancelAmount: 5_000, updatedAt: a.at + 3 });
    expect(detail?.events.at(-1)?.detail).toContain('not applied');
    expect(detail?.events.at(-1)).toMatchObject({ stale: true, note: { code: 'portone_status' } });
    // A new imp_uid (the merchant_uid reused after "not charged") is a different payment and applies.
    ledger.settle(a.merchantUid, { ...view, impUid: 'imp_10' }, a.at + 5, { type: 'lookup', note: { code: 'portone_status', params: { status: 'paid', impUid: 'imp_10', amount: a.amount } } });
    expect(ledger.get(a.merchantUid)?.payment).toMatchObject({ impUid: 'imp_10', cancelAmount: 0 });
  });

  it('lists recent payments newest first, limited', () => {
    const all = [1, 2, 3].map((n) => intent({ at: 1_000 * n }));
    for (const a of all) ledger.insertIntent(a);
    expect(ledger.recent(2).map((p) => p.merchantUid)).toEqual([all[2]?.merchantUid, all[1]?.merchantUid]);
  });

  it('keeps the event log append-only and rejects impossible amounts', () => {
    const a = intent();
    ledger.insertIntent(a);
    ledger.close();
    const db = new Database(join(dir.path, LEDGER_FILE));
    expect(() => db.prepare('UPDATE payment_events SET detail = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM payment_events').run()).toThrow(/append-only/);
    db.close();
    ledger = new Ledger({ dataDir: dir.path });
    expect(() => ledger.insertIntent(intent({ amount: 1_000, taxFree: 2_000 }))).toThrow(/CHECK/);
  });

  it("keeps each event's note (code and values) beside its English detail", () => {
    const a = intent({ amount: 15_000, taxFree: 0, requestSentAt: 1 });
    ledger.insertIntent(a);
    ledger.addEvent(a.merchantUid, a.at + 2, {
      type: 'refund_requested',
      note: { code: 'refund_requested', params: { amount: 5_000, taxFree: 0, balance: 15_000, actor: '김철수', reason: '고객 변심' } },
    });
    const events = ledger.detail(a.merchantUid)?.events ?? [];
    expect(events.map((e) => [e.type, e.note?.code, e.detail])).toEqual([
      ['intent', 'intent', 'keyed ₩15000 (tax-free ₩0)'],
      ['request_sent', 'request_sent', ''],
      ['refund_requested', 'refund_requested', '₩5000 (tax-free ₩0), balance ₩15000, by 김철수: 고객 변심'],
    ]);
    expect(events[0]?.note).toEqual({ code: 'intent', params: { kind: 'keyed', amount: 15_000, taxFree: 0 } });
    expect(events[2]?.note?.params).toEqual({ amount: 5_000, taxFree: 0, balance: 15_000, actor: '김철수', reason: '고객 변심' });
    expect(events.every((e) => !e.stale)).toBe(true);
  });

  it('reads an event written before notes existed with no note, and its detail as it was', () => {
    // A file as the version before notes left it.
    const old = mkdtempSync(join(dir.path, 'old-'));
    const notes = MIGRATIONS.findIndex((m) => m.includes('payment_events ADD COLUMN note'));
    expect(notes).toBeGreaterThan(0);
    const db = new Database(join(old, LEDGER_FILE));
    for (const migration of MIGRATIONS.slice(0, notes)) db.exec(migration);
    db.pragma(`user_version = ${notes}`);
    db.exec(`
      INSERT INTO payments (merchant_uid, kind, status, amount, tax_free, order_name, buyer_name, card_quota, cashier, sandbox, api_env, created_at, updated_at)
      VALUES ('pos-old', 'keyed', 'pending', 15000, 0, '커피', '', 0, 'kim', 1, 'sandbox', 10, 10);
      INSERT INTO payment_events (merchant_uid, at, type, detail) VALUES ('pos-old', 10, 'intent', 'keyed ₩15000 (tax-free ₩0)');
    `);
    db.close();
    ledger.close();
    ledger = new Ledger({ dataDir: old });
    expect(ledger.detail('pos-old')?.events).toEqual([{ at: 10, type: 'intent', detail: 'keyed ₩15000 (tax-free ₩0)', note: null, stale: false }]);
  });

  it('refuses a stored note that is not one the contract declares (read back like any input)', () => {
    const a = intent();
    ledger.insertIntent(a);
    ledger.database
      .prepare('INSERT INTO payment_events (merchant_uid, at, type, detail, note) VALUES (?, ?, ?, ?, ?)')
      .run(a.merchantUid, a.at, 'lookup', '', JSON.stringify({ note: { code: 'paid', params: { impUid: 'imp_1', amount: '₩5000' } }, stale: false }));
    expect(() => ledger.detail(a.merchantUid)).toThrow(/amount/);
  });

  it('refuses a second intent with the same attemptId', () => {
    ledger.insertIntent(intent({ attemptId: 'same-attempt' }));
    expect(() => ledger.insertIntent(intent({ attemptId: 'same-attempt' }))).toThrow(/UNIQUE/);
  });
});
