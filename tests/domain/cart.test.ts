import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from '../../domain/allocate';
import { CartProblem, cartTotals, lineRefund, type CartDiscount, type CartLineInput } from '../../domain/cart';
import { vatOf } from '../../domain/money';

const discountArb = (maxWon: number): fc.Arbitrary<CartDiscount | null> =>
  fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 100 }).map((percent): CartDiscount => ({ kind: 'percent', percent })),
    fc.integer({ min: 0, max: maxWon }).map((won): CartDiscount => ({ kind: 'won', won })),
  );

/** Lines whose won discounts never exceed their gross (the rule refuses those; tested apart). */
const lineArb: fc.Arbitrary<Omit<CartLineInput, 'lineId'>> = fc
  .record({
    taxation: fc.constantFrom('taxable' as const, 'tax_free' as const),
    qty: fc.integer({ min: 1, max: 20 }),
    unitPrice: fc.integer({ min: 0, max: 200_000 }),
  })
  .chain((line) => discountArb(line.qty * line.unitPrice).map((discount) => ({ ...line, discount })));

const cartArb = fc
  .array(lineArb, { minLength: 1, maxLength: 40 })
  .map((lines) => lines.map((line, i): CartLineInput => ({ ...line, lineId: `l${i}` })))
  .chain((lines) => {
    const off = (l: CartLineInput): number =>
      l.discount === null ? 0 : l.discount.kind === 'won' ? l.discount.won : Math.floor((l.qty * l.unitPrice * l.discount.percent) / 100);
    const afterLines = lines.reduce((sum, l) => sum + l.qty * l.unitPrice - off(l), 0);
    return discountArb(afterLines).map((saleDiscount) => ({ lines, saleDiscount }));
  });

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('largest-remainder allocation', () => {
  it('sums to the total and gives no weight more than itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (weights, f) => {
        const total = Math.floor(sum(weights) * f);
        const shares = allocateLargestRemainder(total, weights);
        expect(sum(shares)).toBe(total);
        shares.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(weights[i] ?? 0);
        });
      }),
    );
  });

  it('hands the left-over won to the largest remainders', () => {
    // 100 over 1:1:1 → 33.3 each; the one won left goes to the first.
    expect(allocateLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // 10 over 3000:1000 → 7.5 / 2.5: the tie goes to the earlier line.
    expect(allocateLargestRemainder(10, [3000, 1000])).toEqual([8, 2]);
    expect(allocateLargestRemainder(1000, [4500, 0, 3000])).toEqual([600, 0, 400]);
  });
});

describe('cart totals', () => {
  it('keeps the money exact: discounts allocated, no line negative, tax_free within amount, VAT by the project rule', () => {
    fc.assert(
      fc.property(cartArb, ({ lines, saleDiscount }) => {
        const { lines: out, totals } = cartTotals(lines, saleDiscount);
        expect(sum(out.map((l) => l.saleDiscountShare))).toBe(totals.saleDiscount);
        expect(sum(out.map((l) => l.lineDiscount))).toBe(totals.lineDiscounts);
        expect(sum(out.map((l) => l.net))).toBe(totals.amount);
        expect(totals.amount).toBe(totals.gross - totals.discountTotal);
        for (const l of out) {
          expect(l.net).toBeGreaterThanOrEqual(0);
          expect(l.net).toBe(l.gross - l.lineDiscount - l.saleDiscountShare);
        }
        const taxFreeNets = out.filter((_, i) => lines[i]?.taxation === 'tax_free').map((l) => l.net);
        expect(totals.taxFree).toBe(sum(taxFreeNets));
        expect(totals.taxFree).toBeLessThanOrEqual(totals.amount);
        expect(totals.vat).toBe(vatOf(totals.amount, totals.taxFree));
        expect(totals.supply + totals.vat + totals.taxFree).toBe(totals.amount);
      }),
    );
  });

  it('refunding every unit of every line, in any number of returns, gives back exactly the sale', () => {
    fc.assert(
      fc.property(cartArb, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }), ({ lines, saleDiscount }, steps) => {
        const { lines: out, totals } = cartTotals(lines, saleDiscount);
        let amount = 0;
        let taxFree = 0;
        out.forEach((line, i) => {
          const qty = lines[i]?.qty ?? 0;
          let returned = 0;
          let step = 0;
          while (returned < qty) {
            const take = Math.min(qty - returned, steps[step++ % steps.length] ?? 1);
            const back = lineRefund({ qty, net: line.net, taxFree: line.taxFree }, returned, take);
            expect(back.amount).toBeGreaterThanOrEqual(0);
            expect(back.taxFree).toBeLessThanOrEqual(back.amount);
            amount += back.amount;
            taxFree += back.taxFree;
            returned += take;
          }
        });
        expect(amount).toBe(totals.amount);
        expect(taxFree).toBe(totals.taxFree);
      }),
    );
  });

  it('prices a mixed 과세/면세 cart with a line and a sale discount', () => {
    const { lines, totals } = cartTotals(
      [
        { lineId: 'a', taxation: 'taxable', qty: 2, unitPrice: 4500, discount: { kind: 'percent', percent: 10 } },
        { lineId: 'b', taxation: 'tax_free', qty: 1, unitPrice: 3000, discount: null },
        { lineId: 'c', taxation: 'taxable', qty: 1, unitPrice: 1500, discount: { kind: 'won', won: 500 } },
      ],
      { kind: 'won', won: 1000 },
    );
    // After line discounts 8100 / 3000 / 1000 = 12100; 1000 allocated 669.4 / 247.9 / 82.6 → 669, 248, 83.
    expect(lines.map((l) => l.saleDiscountShare)).toEqual([669, 248, 83]);
    expect(lines.map((l) => l.net)).toEqual([7431, 2752, 917]);
    expect(totals).toEqual({
      gross: 13500,
      lineDiscounts: 1400,
      saleDiscount: 1000,
      discountTotal: 2400,
      amount: 11100,
      taxFree: 2752,
      supply: 7589,
      vat: 759,
      itemCount: 4,
    });
  });

  it('refuses a discount larger than what it discounts, naming the line', () => {
    const line: CartLineInput = { lineId: 'x', taxation: 'taxable', qty: 1, unitPrice: 1000, discount: { kind: 'won', won: 1001 } };
    expect(() => cartTotals([line], null)).toThrow(CartProblem);
    expect(() => cartTotals([{ ...line, discount: null }], { kind: 'won', won: 1001 })).toThrow(/discount_too_large/);
  });
});
