import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { redactCardLike } from '../../domain/card-like';
import type { AuditAction, AuditDetail } from './audit-log';

/** The `prev_hash` of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One stored entry; `hash` chains it to the entry before. */
export interface AuditEntry {
  seq: number;
  at: number;
  actorId: string;
  actorName: string;
  actorRole: string;
  action: AuditAction | string;
  target: string | null;
  /** Canonical JSON of the detail (sorted keys). */
  detail: string;
  prevHash: string;
  hash: string;
}

/** Same detail, same text: keys sorted, so the hash does not depend on how the caller built the object. */
export function canonicalDetail(detail: AuditDetail): string {
  return JSON.stringify(Object.fromEntries(Object.entries(detail).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Marks an entry keyed with the installation's audit key; entries without it predate the key. */
export const KEYED_PREFIX = 'h1:';

const canonicalEntry = (entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string =>
  JSON.stringify([entry.seq, entry.at, entry.actorId, entry.actorName, entry.actorRole, entry.action, entry.target, entry.detail]);

/** Before issue 13: hash = SHA-256(prev_hash ‖ canonical entry), which anyone can recompute after an edit. */
export function legacyEntryHash(prevHash: string, entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(entry)).digest('hex');
}

/**
 * hash = `h1:` HMAC-SHA-256(key, prev_hash ‖ canonical entry). The key lives in the vault, not in
 * the ledger: whoever edits the file cannot recompute the chain. The sequence number is part of
 * the entry, so a gap shows.
 */
export function entryHash(key: Buffer, prevHash: string, entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  return KEYED_PREFIX + createHmac('sha256', key).update(prevHash).update('\n').update(canonicalEntry(entry)).digest('hex');
}

/** What paper carries: the head's number and the first 12 hex digits of its hash. */
export function shortHash(hash: string): string {
  return (hash.startsWith(KEYED_PREFIX) ? hash.slice(KEYED_PREFIX.length) : hash).slice(0, 12);
}

const sameText = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export type VerifyResult =
  | { ok: true; checked: number; headHash: string }
  | { ok: false; checked: number; brokenSeq: number; reason: 'hash' | 'link' | 'gap' | 'unkeyed' };

/**
 * Walks the chain in order and stops at the first entry that does not follow from the one before:
 * its content was edited (`hash`), an entry before it was removed or replaced (`link`), the
 * numbering jumps (`gap`), or an unkeyed entry follows a keyed one (`unkeyed`: written by someone
 * without the key). Unkeyed entries are accepted only at the start, from before the key existed.
 */
export function verifyChain(entries: Iterable<AuditEntry>, key: Buffer): VerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedSeq: number | null = null;
  let keyedSeen = false;
  let checked = 0;
  for (const entry of entries) {
    if (expectedSeq !== null && entry.seq !== expectedSeq) return { ok: false, checked, brokenSeq: entry.seq, reason: 'gap' };
    if (entry.prevHash !== prevHash) return { ok: false, checked, brokenSeq: entry.seq, reason: 'link' };
    const keyed = entry.hash.startsWith(KEYED_PREFIX);
    if (keyedSeen && !keyed) return { ok: false, checked, brokenSeq: entry.seq, reason: 'unkeyed' };
    const expected = keyed ? entryHash(key, entry.prevHash, entry) : legacyEntryHash(entry.prevHash, entry);
    if (!sameText(expected, entry.hash)) return { ok: false, checked, brokenSeq: entry.seq, reason: 'hash' };
    keyedSeen ||= keyed;
    prevHash = entry.hash;
    expectedSeq = entry.seq + 1;
    checked += 1;
  }
  return { ok: true, checked, headHash: prevHash };
}

/** Last line of defence for "never card data": callers pass plain values; anything card-shaped is blanked. */
export function scrubDetail(detail: AuditDetail): AuditDetail {
  return Object.fromEntries(
    Object.entries(detail).map(([k, v]) => [k, typeof v === 'string' ? redactCardLike(v, '[redacted]') : v]),
  );
}
