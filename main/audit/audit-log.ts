import type { AuditAction } from '../../contract/audit';
import type { Actor } from '../auth/access';

/** The list lives in the contract: the owner's panel words each action from it. */
export type { AuditAction };

/** Plain values only; never card data, PINs or secrets. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/** Append-only, tamper-evident record of who did what when. */
export interface AuditLog {
  record(actor: Actor, action: AuditAction, target: string | null, detail?: AuditDetail): void;
}
