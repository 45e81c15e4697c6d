import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../main/auth/access';
import { entryHash, legacyEntryHash, shortHash, type AuditEntry } from '../../main/audit/audit-chain';
import { SqliteAuditLog } from '../../main/audit/sqlite-audit-log';
import { newAppKeys } from '../../main/config/app-keys';
import { authFixture } from '../auth/support';

type Fixture = ReturnType<typeof authFixture>;
const owner: Actor = { id: 'c_owner', name: '사장', role: 'owner' };

/** What someone with the ledger file (and no key) does: edit entries from `fromSeq` and re-chain every later one. */
function rewriteFrom(f: Fixture, fromSeq: number, edit: (e: AuditEntry) => AuditEntry, chain: (prev: string, e: AuditEntry) => string): void {
  const db = f.ledger.database;
  db.exec('DROP TRIGGER audit_log_no_update');
  const entries = [...f.audit.entries()];
  let prev = entries.find((e) => e.seq === fromSeq - 1)?.hash ?? '0'.repeat(64);
  const update = db.prepare('UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const original of entries.filter((e) => e.seq >= fromSeq)) {
    const e = original.seq === fromSeq ? edit(original) : original;
    const hash = chain(prev, e);
    update.run(e.detail, prev, hash, e.seq);
    prev = hash;
  }
}

describe('keyed audit chain (issue 13, finding 5)', () => {
  let f: Fixture;
  beforeEach(() => {
    f = authFixture();
    for (let i = 1; i <= 5; i++) {
      f.clock.now += 1000;
      f.audit.record(owner, 'charge', `pos-${i}`, { amount: i * 1000, kind: 'keyed' });
    }
  });
  afterEach(() => f.close());

  const lowered = (e: AuditEntry): AuditEntry => ({ ...e, detail: '{"amount":1,"kind":"keyed"}' });

  it("the review's reproduction: an edited amount with the whole chain recomputed (plain SHA-256) fails at that entry", () => {
    rewriteFrom(f, 3, lowered, legacyEntryHash);
    expect(f.audit.verify()).toEqual({ ok: false, checked: 2, brokenSeq: 3, reason: 'unkeyed' });
  });

  it('re-chaining with a key other than the vault one fails at the first rewritten entry', () => {
    const other = newAppKeys().audit;
    rewriteFrom(f, 3, lowered, (prev, e) => entryHash(other, prev, e));
    expect(f.audit.verify()).toEqual({ ok: false, checked: 2, brokenSeq: 3, reason: 'hash' });
  });

  it('entries are HMAC-keyed: the same log read with another key does not verify', () => {
    expect(f.audit.verify()).toMatchObject({ ok: true, checked: 5 });
    const stranger = new SqliteAuditLog(f.ledger.database, () => f.clock.now, newAppKeys().audit);
    expect(stranger.verify()).toEqual({ ok: false, checked: 0, brokenSeq: 1, reason: 'hash' });
  });

  it('a log from before the key: its unkeyed entries verify as the start of the chain, keyed ones follow', () => {
    // Turn the log into what the old code wrote: every entry plain SHA-256.
    rewriteFrom(f, 1, (e) => e, legacyEntryHash);
    f.audit.record(owner, 'charge', 'pos-6', { amount: 6000, kind: 'keyed' });
    expect(f.audit.verify()).toMatchObject({ ok: true, checked: 6 });
  });

  it('the short hash printed on paper is 12 hex digits of the head', () => {
    const head = f.audit.head();
    expect(head?.hash).toMatch(/^h1:[0-9a-f]{64}$/);
    expect(shortHash(head?.hash ?? '')).toBe(head?.hash.slice(3, 15));
  });
});
