import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../main/auth/access';
import { auditCsv, csvField } from '../../main/audit/audit-csv';
import { authFixture } from '../auth/support';

type Fixture = ReturnType<typeof authFixture>;
const owner: Actor = { id: 'c_owner', name: '사장', role: 'owner' };

describe('audit log: append-only, hash-chained', () => {
  let f: Fixture;
  beforeEach(() => {
    f = authFixture();
    for (let i = 1; i <= 5; i++) {
      f.clock.now += 1000;
      f.audit.record(owner, 'charge', `pos-${i}`, { amount: i * 1000, kind: 'keyed' });
    }
  });
  afterEach(() => f.close());

  const db = () => f.ledger.database;

  it('chains every entry to the one before and verifies', () => {
    const entries = [...f.audit.entries()];
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    expect(f.audit.verify()).toMatchObject({ ok: true, checked: 5 });
  });

  it('the database refuses UPDATE and DELETE', () => {
    expect(() => db().prepare("UPDATE audit_log SET target = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db().prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('detects an edited past entry (triggers dropped by someone with the file) at that entry', () => {
    db().exec('DROP TRIGGER audit_log_no_update');
    db().prepare(`UPDATE audit_log SET detail = '{"amount":1,"kind":"keyed"}' WHERE seq = 3`).run();
    expect(f.audit.verify()).toEqual({ ok: false, checked: 2, brokenSeq: 3, reason: 'hash' });
  });

  it('detects an edited entry whose hash was recomputed too, at the next entry', () => {
    db().exec('DROP TRIGGER audit_log_no_update');
    db().prepare("UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 2").run();
    expect(f.audit.verify()).toMatchObject({ ok: false, brokenSeq: 2 });
  });

  it('detects a deleted past entry at the entry after it', () => {
    db().exec('DROP TRIGGER audit_log_no_delete');
    db().prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(f.audit.verify()).toMatchObject({ ok: false, brokenSeq: 4, reason: 'gap' });
  });

  it('never stores anything card-shaped in a detail', () => {
    f.audit.record(owner, 'charge', 'pos-x', { note: 'card 5365-1000-0000-0006 typed into a memo' });
    const last = f.audit.page(null, 1)[0];
    expect(last?.detail).not.toContain('5365');
    expect(last?.detail).toContain('[redacted]');
  });

  it('exports CSV with proper quoting, and formula-like text defused', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    const csv = auditCsv(f.audit.entries());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,time_utc,time_local,actor_id,actor_name,actor_role,action,target,detail,prev_hash,hash');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('"{""amount"":1000,""kind"":""keyed""}"');
  });
});
