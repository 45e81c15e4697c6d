/**
 * Splits `total` whole won over weights by the largest-remainder method: each share is
 * floor(total·w/W), and the won left over go one each to the largest remainders (earlier lines
 * first on a tie). Shares sum to `total` exactly, and none exceeds its weight while total ≤ Σ w.
 * BigInt keeps total·w exact beyond 2^53.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const t = BigInt(total);
  const s = BigInt(sum);
  const shares: number[] = [];
  const remainders: { index: number; rest: bigint }[] = [];
  let given = 0;
  weights.forEach((w, index) => {
    const product = t * BigInt(w);
    const share = Number(product / s);
    shares.push(share);
    given += share;
    remainders.push({ index, rest: product % s });
  });
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (let k = 0; k < total - given; k++) {
    const r = remainders[k];
    if (r) shares[r.index] = (shares[r.index] ?? 0) + 1;
  }
  return shares;
}
