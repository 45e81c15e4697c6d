import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Actor } from '../auth/access';
import type { AuditAction, AuditDetail, AuditLog } from './audit-log';
import { canonicalDetail, entryHash, GENESIS_HASH, scrubDetail, verifyChain, type AuditEntry, type VerifyResult } from './audit-chain';

const Row = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  actor_id: z.string(),
  actor_name: z.string(),
  actor_role: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.string(),
  prev_hash: z.string(),
  hash: z.string(),
});

const toEntry = (raw: unknown): AuditEntry => {
  const r = Row.parse(raw);
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorRole: r.actor_role,
    action: r.action,
    target: r.target,
    detail: r.detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
};

const Head = z.object({ seq: z.number().int(), hash: z.string() });

/** The audit log in the ledger file: append-only (triggers refuse UPDATE/DELETE), each entry HMAC-chained. */
export class SqliteAuditLog implements AuditLog {
  private readonly stmt;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
    /** The installation's audit key, from the vault (never stored in this file). */
    private readonly key: Buffer,
  ) {
    this.stmt = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(`INSERT INTO audit_log (seq, at, actor_id, actor_name, actor_role, action, target, detail, prev_hash, hash)
        VALUES (@seq, @at, @actorId, @actorName, @actorRole, @action, @target, @detail, @prevHash, @hash)`),
      page: db.prepare('SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?'),
      all: db.prepare('SELECT * FROM audit_log ORDER BY seq'),
      count: db.prepare('SELECT COUNT(*) FROM audit_log').pluck(),
      hashAt: db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck(),
    };
  }

  record(actor: Actor, action: AuditAction, target: string | null, detail: AuditDetail = {}): void {
    // Head read and insert in one transaction: two writers can never chain onto the same entry.
    this.db.transaction(() => {
      const head = this.stmt.head.get();
      const prev = head === undefined ? { seq: 0, hash: GENESIS_HASH } : Head.parse(head);
      const entry = {
        seq: prev.seq + 1,
        at: this.now(),
        actorId: actor.id,
        actorName: actor.name,
        actorRole: actor.role,
        action,
        target,
        detail: canonicalDetail(scrubDetail(detail)),
      };
      this.stmt.insert.run({ ...entry, prevHash: prev.hash, hash: entryHash(this.key, prev.hash, entry) });
    })();
  }

  /** The newest entry's number and hash (null while empty): an anchor kept outside the chain. */
  head(): { seq: number; hash: string } | null {
    const head = this.stmt.head.get();
    return head === undefined ? null : Head.parse(head);
  }

  hashAt(seq: number): string | null {
    const hash = this.stmt.hashAt.get(seq);
    return typeof hash === 'string' ? hash : null;
  }

  /** Newest first, `limit` entries older than `beforeSeq`. */
  page(beforeSeq: number | null, limit: number): AuditEntry[] {
    return this.stmt.page.all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit).map(toEntry);
  }

  count(): number {
    return z.number().parse(this.stmt.count.get());
  }

  /** Oldest first, streamed: verification and export never hold the whole log in memory. */
  *entries(): Generator<AuditEntry> {
    for (const row of this.stmt.all.iterate()) yield toEntry(row);
  }

  verify(): VerifyResult {
    return verifyChain(this.entries(), this.key);
  }
}
