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
      { type: 'outcome', detail: 'paid imp_123' },
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
    ledger.settle(a.merchantUid, view, a.at + 2, { type: 'outcome', detail: 'paid' });
    ledger.settle(a.merchantUid, { ...view, status: 'partially_cancelled', cancelAmount: 5_000 }, a.at + 3, { type: 'refund', detail: 'refunded 5000' });
    // A lookup answered before the refund, landing after it.
    ledger.settle(a.merchantUid, view, a.at + 4, { type: 'lookup', detail: 'PortOne: paid' });
    const detail = ledger.detail(a.merchantUid);
    expect(detail?.payment).toMatchObject({ status: 'partially_cancelled', cancelAmount: 5_000, updatedAt: a.at + 3 });
    expect(detail?.events.at(-1)?.detail).toContain('not applied');
    // A new imp_uid (the merchant_uid reused after "not charged") is a different payment and applies.
    ledger.settle(a.merchantUid, { ...view, impUid: 'imp_10' }, a.at + 5, { type: 'lookup', detail: 'PortOne: paid' });
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

  it('refuses a second intent with the same attemptId', () => {
    ledger.insertIntent(intent({ attemptId: 'same-attempt' }));
    expect(() => ledger.insertIntent(intent({ attemptId: 'same-attempt' }))).toThrow(/UNIQUE/);
  });
});
