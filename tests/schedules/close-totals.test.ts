import { describe, expect, it } from 'vitest';
import { closeTotals, type DayPayment } from '../../main/close/close-totals';

const pay = (over: Partial<DayPayment>): DayPayment => ({ kind: 'billing', status: 'paid', amount: 30_000, taxFree: 0, cancelAmount: 0, cashier: '알바', ...over });

describe('day close: scheduled charges', () => {
  it('count on the card-on-file line and in the day total, with their own VAT', () => {
    const totals = closeTotals([pay({}), pay({ kind: 'scheduled', amount: 12_000, taxFree: 2_000 })], { refunds: 0, approvals: 0 });
    expect(totals.byMethod.billing.approved).toMatchObject({ count: 2, amount: 42_000, taxFree: 2_000 });
    expect(totals.all.approved.count).toBe(2);
    expect(totals.byMethod.keyed.approved.count).toBe(0);
  });
});
