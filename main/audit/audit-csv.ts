import { shopStamp } from '../../domain/datetime';
import type { AuditEntry } from './audit-chain';

/** time_local: the shop's clock (Korea), for reading; time_utc: the instant, for sorting across zones. */
const HEADER = ['seq', 'time_utc', 'time_local', 'actor_id', 'actor_name', 'actor_role', 'action', 'target', 'detail', 'prev_hash', 'hash'];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A text starting with = + - @ is prefixed with ' so a spreadsheet shows it instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: Iterable<AuditEntry>): string {
  const lines = [HEADER.join(',')];
  for (const e of entries) {
    lines.push(
      [String(e.seq), new Date(e.at).toISOString(), shopStamp(e.at), e.actorId, e.actorName, e.actorRole, e.action, e.target ?? '', e.detail, e.prevHash, e.hash]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
