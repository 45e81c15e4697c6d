import { z } from 'zod';
import { ManagerApproval } from './schemas';

/** The audit log as an owner sees it (issue 7). */

/** Every action the audit log records: main writes only these, the owner's panel has a word for each. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_out',
  'sign_in_failed',
  'approval',
  'charge',
  'refund',
  'card_saved',
  'card_removed',
  'settings_changed',
  'credentials_changed',
  'cashier_changed',
  'day_opened',
  'day_closed',
  'receipt_printed',
  'receipt_reprinted',
  'audit_exported',
  'schedule_created',
  'schedule_changed',
  'schedule_cancelled',
  'drawer_opened',
  'catalog_changed',
  'catalog_imported',
  'sales_settings_changed',
  'sale_discount_approved',
  'cash_taken',
  'cash_refunded',
  'cash_moved',
  'cash_receipt_issued',
  'cash_receipt_cancelled',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

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
