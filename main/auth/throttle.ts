/** Wrong PINs allowed in a row before the account is blocked for a while. */
export const FREE_ATTEMPTS = 5;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;

/**
 * How long an account is blocked after `failures` wrong PINs in a row: nothing for the first
 * five, then 30 s, doubling with every further failure, at most 15 minutes.
 */
export function blockAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_BLOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_BLOCK_MS);
}
