import { randomBytes } from 'node:crypto';

/** `cu_` + 96 random bits: opaque (never a phone number or a name) and new for every customer-card. */
export function newCustomerUid(): string {
  return `cu_${randomBytes(12).toString('hex')}`;
}
