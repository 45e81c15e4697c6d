/**
 * PINs for tests. Managers and owners need at least 6 digits (a 4-digit PIN is cracked offline in
 * minutes); a cashier may keep 4. New tests use these instead of literals.
 */
export const OWNER_PIN = '111111';
export const MANAGER_PIN = '222222';
export const CASHIER_PIN = '3333';
