import type { AuditEntry } from './audit-chain';

const HEADER = ['seq', 'time_utc', 'actor_id', 'actor_name', 'actor_role', 'action', 'target', 'detail', 'prev_hash', 'hash'];

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
      [String(e.seq), new Date(e.at).toISOString(), e.actorId, e.actorName, e.actorRole, e.action, e.target ?? '', e.detail, e.prevHash, e.hash]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
