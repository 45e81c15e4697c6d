import type { Actor } from '../auth/access';

export type AuditAction =
  | 'sign_in'
  | 'sign_out'
  | 'sign_in_failed'
  | 'approval'
  | 'charge'
  | 'refund'
  | 'card_saved'
  | 'card_removed'
  | 'settings_changed'
  | 'credentials_changed'
  | 'cashier_changed'
  | 'day_opened'
  | 'day_closed'
  | 'receipt_printed'
  | 'receipt_reprinted'
  | 'audit_exported'
  | 'schedule_created'
  | 'schedule_changed'
  | 'schedule_cancelled'
  | 'drawer_opened'
  | 'catalog_changed'
  | 'catalog_imported'
  | 'sales_settings_changed'
  | 'sale_discount_approved'
  | 'cash_taken'
  | 'cash_refunded'
  | 'cash_moved'
  | 'cash_receipt_issued'
  | 'cash_receipt_cancelled';

/** Plain values only; never card data, PINs or secrets. */
export type AuditDetail = Record<string, string | number | boolean | null>;

/** Append-only, tamper-evident record of who did what when. */
export interface AuditLog {
  record(actor: Actor, action: AuditAction, target: string | null, detail?: AuditDetail): void;
}
