import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeDue, nextPartTaxFree, quickCashGiven, splitTaxFree } from '../../domain/tender-split';

/** A sale and a way to cut it into parts (each ≥ ₩0) that add up to it. */
const saleWithParts = fc
  .record({ amount: fc.integer({ min: 0, max: 50_000_000 }), taxFreeRatio: fc.double({ min: 0, max: 1, noNaN: true }), cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }) })
  .map(({ amount, taxFreeRatio, cuts }) => {
    const points = cuts.map((c) => Math.floor(c * amount)).sort((a, b) => a - b);
    const bounds = [0, ...points, amount];
    const amounts = bounds.slice(1).map((b, i) => b - (bounds[i] ?? 0));
    return { sale: { amount, taxFree: Math.floor(taxFreeRatio * amount) }, amounts };
  });

describe('tax-free split among tender parts', () => {
  it('parts add up to the sale, each 0 ≤ tax_free ≤ its amount (property)', () => {
    fc.assert(
      fc.property(saleWithParts, ({ sale, amounts }) => {
        const shares = splitTaxFree(sale, amounts);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(sale.taxFree);
        shares.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(amounts[i] ?? -1);
          expect(Number.isInteger(share)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('each share is within one won of the exact proportion of what was still open (property)', () => {
    fc.assert(
      fc.property(saleWithParts, ({ sale, amounts }) => {
        const shares = splitTaxFree(sale, amounts);
        let openAmount = sale.amount;
        let openTaxFree = sale.taxFree;
        amounts.forEach((a, i) => {
          const exact = openAmount === 0 ? 0 : (openTaxFree * a) / openAmount;
          expect(Math.abs((shares[i] ?? 0) - exact)).toBeLessThanOrEqual(1);
          openAmount -= a;
          openTaxFree -= shares[i] ?? 0;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('examples: ₩33,000 with ₩3,000 tax-free paid ₩10,000 cash + ₩23,000 card; a half-won tie goes to the part', () => {
    expect(splitTaxFree({ amount: 33_000, taxFree: 3_000 }, [10_000, 23_000])).toEqual([909, 2_091]);
    expect(splitTaxFree({ amount: 10, taxFree: 1 }, [5, 5])).toEqual([1, 0]);
    expect(splitTaxFree({ amount: 3, taxFree: 2 }, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(splitTaxFree({ amount: 20_000, taxFree: 0 }, [15_000, 5_000])).toEqual([0, 0]);
    expect(splitTaxFree({ amount: 20_000, taxFree: 20_000 }, [15_000, 5_000])).toEqual([15_000, 5_000]);
  });

  it('the part that closes the sale takes what is left; a part never exceeds what is open', () => {
    const sale = { amount: 33_000, taxFree: 3_000 };
    expect(nextPartTaxFree(sale, [{ amount: 10_000, taxFree: 1_000 }], 23_000)).toBe(2_000);
    expect(() => nextPartTaxFree(sale, [{ amount: 10_000, taxFree: 0 }], 23_001)).toThrow(/exceeds/);
    expect(() => splitTaxFree(sale, [10_000, 20_000])).toThrow(/add up/);
    expect(() => nextPartTaxFree({ amount: 10, taxFree: 11 }, [], 5)).toThrow(/exceeds its amount/);
  });
});

describe('cash given and change', () => {
  it('change is given − due, null when the cash does not cover it', () => {
    expect(changeDue(10_000, 50_000)).toBe(40_000);
    expect(changeDue(10_000, 10_000)).toBe(0);
    expect(changeDue(10_000, 9_999)).toBeNull();
    expect(() => changeDue(10_000, -1)).toThrow(RangeError);
  });

  it('quick buttons: exact, then rounded up to each note, no repeats', () => {
    expect(quickCashGiven(10_000)).toEqual([10_000, 50_000]);
    expect(quickCashGiven(12_300)).toEqual([12_300, 13_000, 15_000, 20_000, 50_000]);
    expect(quickCashGiven(73_000)).toEqual([73_000, 75_000, 80_000, 100_000]);
    expect(quickCashGiven(0)).toEqual([0, 1_000, 5_000, 10_000, 50_000]);
  });

  it('every quick button covers the due (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (due) => quickCashGiven(due).every((g) => changeDue(due, g) !== null)));
  });
});
