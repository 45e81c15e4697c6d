import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeDue, lineNames, linePart, nextPartTaxFree, quickCashGiven, refundsAsWhole, splitTaxFree, type PaidPart, type SplitLine } from '../../domain/tender-split';

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

/**
 * A sale of lines (taxable, 면세, or partly tax-free), a run of line parts over disjoint groups of
 * them, then amount parts (random cuts) for what is left, the last one closing the sale.
 */
const linesSplit = fc
  .record({
    lines: fc.array(
      fc.record({ net: fc.integer({ min: 0, max: 200_000 }), kind: fc.constantFrom('taxable', 'tax_free', 'mixed'), ratio: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { minLength: 1, maxLength: 8 },
    ),
    groups: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  })
  .map(({ lines, groups, cuts }) => ({
    lines: lines.map(({ net, kind, ratio }, i): SplitLine => ({ lineId: `l${i}`, net, taxFree: kind === 'taxable' ? 0 : kind === 'tax_free' ? net : Math.floor(net * ratio) })),
    // Group 0 is left for the amount parts; groups 1–3 are each one line part.
    groupOf: (i: number) => groups[i] ?? 0,
    cuts,
  }));

describe('parts by lines', () => {
  const sum = (xs: readonly { amount: number; taxFree: number }[]) => ({ amount: xs.reduce((s, x) => s + x.amount, 0), taxFree: xs.reduce((s, x) => s + x.taxFree, 0) });

  it('line parts take their lines’ own net and tax-free; amount parts after them the rule over what is open; all add up to the sale (property)', () => {
    fc.assert(
      fc.property(linesSplit, ({ lines, groupOf, cuts }) => {
        const sale = sum(lines.map((l) => ({ amount: l.net, taxFree: l.taxFree })));
        const paid: PaidPart[] = [];
        for (const group of [1, 2, 3]) {
          const chosen = lines.filter((_, i) => groupOf(i) === group);
          if (chosen.length === 0) continue;
          const result = linePart(lines, paid, chosen.map((l) => l.lineId));
          const own = sum(chosen.map((l) => ({ amount: l.net, taxFree: l.taxFree })));
          if (own.amount === 0) {
            expect(result).toEqual({ refused: { reason: 'nothing_to_pay' } });
            continue;
          }
          expect(result).toEqual({ part: own });
          paid.push({ ...own, lines: chosen.map((l) => l.lineId) });
          // A line of this part cannot be chosen again.
          expect(linePart(lines, paid, [chosen[0]?.lineId ?? ''])).toEqual({ refused: { reason: 'line_already_paid', lineId: chosen[0]?.lineId } });
        }
        let open = sale.amount - sum(paid).amount;
        const amounts = cuts.map((c) => Math.floor(c * open)).filter((a) => a > 0);
        for (const [i, cut] of [...amounts, open].entries()) {
          const amount = i === amounts.length ? open : Math.min(cut, open);
          if (amount === 0) continue;
          paid.push({ amount, taxFree: nextPartTaxFree(sale, paid, amount), lines: null });
          open -= amount;
          expect(linePart(lines, paid, [lines[0]?.lineId ?? ''])).toEqual({ refused: { reason: 'lines_after_amount_split' } });
        }
        expect(sum(paid)).toEqual(sale);
        for (const p of paid) {
          expect(p.taxFree).toBeGreaterThanOrEqual(0);
          expect(p.taxFree).toBeLessThanOrEqual(p.amount);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('examples: the 면세 line in cash carries all its tax-free; the rest by amount follows the rule; unknown lines are named', () => {
    const lines: SplitLine[] = [
      { lineId: 'a1', net: 30_000, taxFree: 0 },
      { lineId: 'a2', net: 3_000, taxFree: 3_000 },
    ];
    expect(linePart(lines, [], ['a2', 'a2'])).toEqual({ part: { amount: 3_000, taxFree: 3_000 } });
    const cashPart: PaidPart = { amount: 3_000, taxFree: 3_000, lines: ['a2'] };
    expect(nextPartTaxFree({ amount: 33_000, taxFree: 3_000 }, [cashPart], 30_000)).toBe(0);
    expect(linePart(lines, [cashPart], ['a1'])).toEqual({ part: { amount: 30_000, taxFree: 0 } });
    expect(linePart(lines, [cashPart], ['zz'])).toEqual({ refused: { reason: 'unknown_line', lineId: 'zz' } });
    expect(linePart(lines, [{ amount: 10_000, taxFree: 909, lines: null }], ['a2'])).toEqual({ refused: { reason: 'lines_after_amount_split' } });
  });

  it('a sale paid in several parts, or still being paid, is refunded as a whole; parts name their lines', () => {
    const part = { amount: 3_000, taxFree: 3_000 };
    expect(refundsAsWhole([part], 0)).toBe(false);
    expect(refundsAsWhole([part], 30_000)).toBe(true);
    expect(refundsAsWhole([part, part], 0)).toBe(true);
    expect(lineNames(['a2', 'gone'], [{ lineId: 'a2', name: '면세 상품' }])).toEqual(['면세 상품', 'gone']);
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
