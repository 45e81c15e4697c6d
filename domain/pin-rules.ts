import type { Role } from '../contract/schemas';

/**
 * How many digits a PIN needs for a role. Managers and owners approve refunds and change
 * credentials, so theirs must resist offline guessing longer (issue 13); a cashier may keep 4.
 * The contract's `Pin` (4–8 digits) stays the outer bound for every role.
 */
const MIN_DIGITS: Record<Role, number> = { cashier: 4, manager: 6, owner: 6 };

export const minPinDigits = (role: Role): number => MIN_DIGITS[role];

export const pinLongEnough = (role: Role, pin: string): boolean => pin.length >= MIN_DIGITS[role];
