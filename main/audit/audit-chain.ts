import { createHash } from 'node:crypto';
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

/** hash = SHA-256(prev_hash ‖ canonical entry); the sequence number is part of the entry, so a gap shows. */
export function entryHash(prevHash: string, entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([entry.seq, entry.at, entry.actorId, entry.actorName, entry.actorRole, entry.action, entry.target, entry.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type VerifyResult =
  | { ok: true; checked: number; headHash: string }
  | { ok: false; checked: number; brokenSeq: number; reason: 'hash' | 'link' | 'gap' };

/**
 * Walks the chain in order and stops at the first entry that does not follow from the one before:
 * its content was edited (`hash`), an entry before it was removed or replaced (`link`), or the
 * numbering jumps (`gap`).
 */
export function verifyChain(entries: Iterable<AuditEntry>): VerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedSeq: number | null = null;
  let checked = 0;
  for (const entry of entries) {
    if (expectedSeq !== null && entry.seq !== expectedSeq) return { ok: false, checked, brokenSeq: entry.seq, reason: 'gap' };
    if (entry.prevHash !== prevHash) return { ok: false, checked, brokenSeq: entry.seq, reason: 'link' };
    if (entryHash(entry.prevHash, entry) !== entry.hash) return { ok: false, checked, brokenSeq: entry.seq, reason: 'hash' };
    prevHash = entry.hash;
    expectedSeq = entry.seq + 1;
    checked += 1;
  }
  return { ok: true, checked, headHash: prevHash };
}

/** A run of 13 or more digits (spaces/dashes allowed) could be a card number: never stored. */
const CARD_LIKE = /\d(?:[ -]?\d){12,}/g;

/** Last line of defence for "never card data": callers pass plain values; anything card-shaped is blanked. */
export function scrubDetail(detail: AuditDetail): AuditDetail {
  return Object.fromEntries(
    Object.entries(detail).map(([k, v]) => [k, typeof v === 'string' ? v.replace(CARD_LIKE, '[redacted]') : v]),
  );
}
