/**
 * The one home of the payment-status rules shared by main and the renderer: which ledger statuses
 * are still open, and how a ledger status and a PortOne V1 status map onto each other.
 */

/** The ledger's statuses (contract/schemas PaymentStatus is this same list). */
export type LedgerStatus = 'pending' | 'unknown' | 'paid' | 'ready' | 'failed' | 'rejected' | 'cancelled' | 'partially_cancelled';

/** PortOne V1 knows four; a partial cancel stays `paid` with a `cancel_amount`. */
export const PORTONE_STATUSES = ['ready', 'paid', 'cancelled', 'failed'] as const;
export type PortOneStatus = (typeof PORTONE_STATUSES)[number];

/** Statuses whose fate PortOne still has to tell (written as SQL lists in the ledger's queries too). */
export const OPEN_STATUSES = ['pending', 'unknown'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Still needs an answer from PortOne: never final, never "not paid". A refund's open states are the same two. */
export function isOpenStatus(status: string): status is OpenStatus {
  return status === 'pending' || status === 'unknown';
}

/** `'pending', 'unknown'` for a SQL `IN (…)`, from the same list. */
export const OPEN_STATUSES_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

/** PortOne's status → the ledger's. V1 keeps `paid` after a partial cancel; the ledger says so. */
export function ledgerStatusOf(status: PortOneStatus, cancelAmount: number): LedgerStatus {
  if (status === 'paid') return cancelAmount > 0 ? 'partially_cancelled' : 'paid';
  return status;
}

/** The ledger's status → what PortOne should say; null where anything PortOne says is news (open, rejected). */
export function portoneStatusOf(status: LedgerStatus): PortOneStatus | null {
  switch (status) {
    case 'paid':
    case 'partially_cancelled':
      return 'paid';
    case 'cancelled':
    case 'failed':
    case 'ready':
      return status;
    case 'pending':
    case 'unknown':
    case 'rejected':
      return null;
  }
}

/** Ledger statuses that mean money moved at PortOne (SQL lists use CHARGED_STATUSES_SQL). */
export const CHARGED_STATUSES = ['paid', 'partially_cancelled', 'cancelled'] as const;
export const CHARGED_STATUSES_SQL = CHARGED_STATUSES.map((s) => `'${s}'`).join(', ');

export function isCharged(status: LedgerStatus): boolean {
  return (CHARGED_STATUSES as readonly LedgerStatus[]).includes(status);
}

/** PortOne still holds money of it that a refund can return (a full cancel holds none). */
export function isRefundable(status: LedgerStatus): boolean {
  return status === 'paid' || status === 'partially_cancelled';
}

/** A sale is still being paid: its answer is open, or PortOne issued it (`ready`) and waits for the money. */
export function isStillPaying(status: LedgerStatus): boolean {
  return isOpenStatus(status) || status === 'ready';
}
