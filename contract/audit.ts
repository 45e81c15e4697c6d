import { z } from 'zod';
import { ManagerApproval } from './schemas';

/** The audit log as an owner sees it (issue 7). */

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /**
   * The first entry that does not follow from the one before (edited, or one before it removed),
   * or `truncated`: an entry a day close recorded as the newest is gone or different.
   */
  brokenSeq: z.number().int().nullable(),
  reason: z.enum(['hash', 'link', 'gap', 'unkeyed', 'truncated']).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

const Approval = ManagerApproval.optional();

export const auditContract = {
  auditPage: {
    channel: 'audit:page',
    request: z.strictObject({
      beforeSeq: z.number().int().min(1).nullable(),
      limit: z.number().int().min(1).max(200),
      approval: Approval,
    }),
    response: z.object({ entries: z.array(AuditEntryView), total: z.number().int() }),
  },
  verifyAudit: { channel: 'audit:verify', request: z.strictObject({ approval: Approval }), response: AuditVerification },
  exportAudit: {
    channel: 'audit:export',
    request: z.strictObject({ approval: Approval }),
    response: z.object({ fileName: z.string(), csv: z.string() }),
  },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;
