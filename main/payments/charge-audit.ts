import type { Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';

/** What the audit keeps of one charge, whatever its kind (no card data). */
export interface ChargeAuditEntry {
  merchantUid: string;
  kind: 'keyed' | 'billing' | 'window';
  amount: number;
  outcome: string | null;
  customerUid?: string;
  /** The sale a tender of the sale screen belongs to. */
  saleId?: string;
}

/** The one writer of the `charge` audit entry (keyed, charge again, a sale's tender and window payments alike). */
export function auditCharge(audit: AuditLog, actor: Actor, entry: ChargeAuditEntry): void {
  const { merchantUid, customerUid, ...detail } = entry;
  audit.record(actor, 'charge', merchantUid, customerUid === undefined ? detail : { ...detail, customerUid });
}
