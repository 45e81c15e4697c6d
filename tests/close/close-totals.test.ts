import { describe, expect, it } from 'vitest';
import { vatOf } from '../../domain/money';
import { closeTotals, refundedTaxFree, type DayPayment } from '../../main/close/close-totals';

const pay = (over: Partial<DayPayment>): DayPayment => ({
  kind: 'keyed',
  status: 'paid',
  amount: 11_000,
  taxFree: 0,
  cancelAmount: 0,
  cashier: '알바',
  ...over,
});

const NO_LATE = { refunds: 0, approvals: 0 };

describe('close totals', () => {
  it('sums VAT per payment, as PortOne derives it, not from the sums', () => {
    // 1/11 of 1,005 rounds to 91; of 2,010 to 183 ≠ 2 × 91.
    const totals = closeTotals([pay({ amount: 1005 }), pay({ amount: 1005 })], NO_LATE);
    expect(totals.all.approved).toEqual({ count: 2, amount: 2010, taxFree: 0, vat: 2 * vatOf(1005, 0), supply: 2010 - 182 });
    expect(vatOf(2010, 0)).not.toBe(totals.all.approved.vat);
  });

  it("splits the window line by method and card company or bank; an account awaiting deposit and a window payment without a method stay out of it", () => {
    const totals = closeTotals(
      [
        pay({ kind: 'window', payMethod: 'phone', company: null, amount: 34_000 }),
        pay({ kind: 'window', payMethod: 'card', company: '신한카드', amount: 30_000 }),
        pay({ kind: 'window', payMethod: 'card', company: 'BC카드', amount: 31_000 }),
        pay({ kind: 'window', payMethod: 'card', company: 'BC카드', amount: 1_000 }),
        pay({ kind: 'window', payMethod: 'trans', company: '신한은행', amount: 32_000, status: 'partially_cancelled', cancelAmount: 2_000 }),
        pay({ kind: 'window', payMethod: 'vbank', company: '신한은행', amount: 33_000, status: 'ready' }),
        pay({ kind: 'window', payMethod: 'vbank', company: '신한은행', amount: 35_000 }),
        pay({ kind: 'window', payMethod: null, amount: 36_000 }),
        pay({ amount: 12_000 }),
      ],
      NO_LATE,
    );
    expect(totals.byWindowMethod?.map((g) => [g.method, g.company, g.totals.approved.count, g.totals.approved.amount, g.totals.net.amount])).toEqual([
      // Companies in Korean order (Hangul before Latin letters).
      ['card', '신한카드', 1, 30_000, 30_000],
      ['card', 'BC카드', 2, 32_000, 32_000],
      ['trans', '신한은행', 1, 32_000, 30_000],
      ['vbank', '신한은행', 1, 35_000, 35_000],
      ['phone', null, 1, 34_000, 34_000],
    ]);
    expect(totals.byMethod.window.approved.amount).toBe(34_000 + 30_000 + 32_000 + 32_000 + 35_000 + 36_000);
    expect(totals.awaitingDeposit).toBe(1);
    expect(totals.unresolved).toBe(0);
  });

  it('splits approved, refunded and net by method and cashier; counts declines and open ones apart', () => {
    const totals = closeTotals(
      [
        pay({ amount: 12_000 }),
        pay({ amount: 33_000, taxFree: 3_000, status: 'partially_cancelled', cancelAmount: 11_000, cashier: '점장' }),
        pay({ kind: 'billing', amount: 5_500, status: 'cancelled', cancelAmount: 5_500 }),
        pay({ kind: 'window', amount: 22_000 }),
        pay({ status: 'failed' }),
        pay({ status: 'rejected' }),
        pay({ status: 'unknown' }),
        pay({ status: 'ready', kind: 'window' }),
      ],
      { refunds: 700, approvals: 900 },
    );
    expect(totals.all.approved.count).toBe(4);
    expect(totals.all.approved.amount).toBe(72_500);
    expect(totals.all.refunded).toMatchObject({ count: 2, amount: 16_500 });
    expect(totals.all.net).toMatchObject({ count: 3, amount: 56_000 });
    expect(totals.byMethod.keyed.net.amount).toBe(34_000);
    expect(totals.byMethod.billing.net.count).toBe(0);
    expect(totals.byMethod.window.approved.amount).toBe(22_000);
    expect(totals.byCashier.map((c) => [c.cashier, c.totals.net.amount])).toEqual([
      ['알바', 34_000],
      ['점장', 22_000],
    ]);
    // A virtual account awaiting its deposit is its own state, not "being checked".
    expect(totals).toMatchObject({ notCharged: 2, unresolved: 1, awaitingDeposit: 1, lateRefunds: 700, lateApprovals: 900 });
  });

  it("a partial refund takes the payment's own tax-free proportion; a full one all of it", () => {
    expect(refundedTaxFree({ amount: 33_000, taxFree: 3_000, cancelAmount: 11_000 })).toBe(1_000);
    expect(refundedTaxFree({ amount: 33_000, taxFree: 3_000, cancelAmount: 33_000 })).toBe(3_000);
    const totals = closeTotals([pay({ amount: 33_000, taxFree: 3_000, status: 'partially_cancelled', cancelAmount: 11_000 })], NO_LATE);
    expect(totals.all.refunded).toMatchObject({ amount: 11_000, taxFree: 1_000, vat: vatOf(11_000, 1_000) });
    expect(totals.all.net).toMatchObject({ amount: 22_000, taxFree: 2_000, vat: vatOf(22_000, 2_000) });
  });
});

describe('refund tax-free share', () => {
  it('uses the shares the POS sent when it made every refund', () => {
    expect(refundedTaxFree({ amount: 33_000, taxFree: 3_000, cancelAmount: 11_000, refundedTaxFree: 3_000 })).toBe(3_000);
    expect(refundedTaxFree({ amount: 33_000, taxFree: 3_000, cancelAmount: 11_000, refundedTaxFree: null })).toBe(1_000);
  });
});
