import type { AccessControl } from '../../auth/access';
import { auditCsv } from '../../audit/audit-csv';
import type { AuditEntry } from '../../audit/audit-chain';
import type { SqliteAuditLog } from '../../audit/sqlite-audit-log';
import type { Handlers } from '../../ipc/handlers';

type AuditHandlers = Pick<Handlers, 'auditPage' | 'verifyAudit' | 'exportAudit'>;

const view = (e: AuditEntry) => ({
  seq: e.seq,
  at: e.at,
  actorName: e.actorName,
  actorRole: e.actorRole,
  action: e.action,
  target: e.target,
  detail: e.detail,
  hash: e.hash,
});

/** The audit log is the owner's: viewing, verifying and exporting it all need the owner. */
export function auditHandlers(
  audit: SqliteAuditLog,
  access: AccessControl,
  now: () => number,
  anchors: () => { seq: number; hash: string }[],
): AuditHandlers {
  return {
    auditPage: async ({ beforeSeq, limit, approval }) => {
      await access.authorize('owner', approval);
      return { entries: audit.page(beforeSeq, limit).map(view), total: audit.count() };
    },
    verifyAudit: async ({ approval }) => {
      await access.authorize('owner', approval);
      const result = audit.verify();
      if (!result.ok) return { ok: false, checked: result.checked, brokenSeq: result.brokenSeq, reason: result.reason };
      // The chain alone cannot tell that its newest entries were removed; the closed days' anchors can.
      const lost = anchors().find((anchor) => audit.hashAt(anchor.seq) !== anchor.hash);
      return lost
        ? { ok: false, checked: result.checked, brokenSeq: lost.seq, reason: 'truncated' }
        : { ok: true, checked: result.checked, brokenSeq: null, reason: null };
    },
    exportAudit: async ({ approval }) => {
      const actor = await access.authorize('owner', approval);
      const csv = auditCsv(audit.entries());
      const stamp = new Date(now()).toISOString().slice(0, 19).replace(/[-:T]/g, '');
      audit.record(actor, 'audit_exported', null, { entries: audit.count() });
      return { fileName: `audit-${stamp}.csv`, csv };
    },
  };
}
