/**
 * Cart totals for a 200-line cart (line discounts, a sale discount allocated by largest
 * remainder, tax-free share, VAT) against a plain sum of the same 200 line amounts in the same run.
 */
import { cartTotals, type CartLineInput } from '../../domain/cart';
import { measureInterleaved } from '../lib/measure';
import { row, type Figure } from '../lib/types';

const LINES: CartLineInput[] = Array.from({ length: 200 }, (_, i) => ({
  lineId: `l${i}`,
  taxation: i % 5 === 0 ? 'tax_free' : 'taxable',
  qty: 1 + (i % 4),
  unitPrice: 1000 + ((i * 731) % 90) * 100,
  discount: i % 7 === 0 ? { kind: 'percent', percent: 10 } : i % 11 === 0 ? { kind: 'won', won: 300 } : null,
}));

export const figure: Figure = async () => {
  const lat = await measureInterleaved(
    {
      sum: () => LINES.reduce((s, l) => s + l.qty * l.unitPrice, 0),
      totals: () => cartTotals(LINES, { kind: 'percent', percent: 5 }),
    },
    { iterations: 2000, warmupIterations: 100, rounds: 5 },
  );
  const { sum, totals } = lat;
  if (!sum || !totals) throw new Error('not measured');
  return [
    row({ figure: 'cart totals, 200 lines', value: totals.p95, unit: 'ms', baseline: sum.p95, p50: totals.p50, p95: totals.p95, note: 'baseline: plain sum of the line amounts (p95); aim < 1 ms' }),
  ];
};
