import { randomBytes } from 'node:crypto';

/**
 * `pos-<yyyymmdd>-<12 hex>` (25 characters; PortOne allows 40). The date makes a uid readable on
 * a PortOne console list; 48 random bits make a collision between two tills practically impossible.
 */
export function newMerchantUid(now: number): string {
  const d = new Date(now);
  const ymd = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  return `pos-${ymd}-${randomBytes(6).toString('hex')}`;
}
