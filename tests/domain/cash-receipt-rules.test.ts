import { describe, expect, it } from 'vitest';
import { daysLate, maskIdentifier, receiptRecipient } from '../../domain/cash-receipt-rules';

describe('현금영수증 rules', () => {
  it('자진발급 only in a mandatory sector, from ₩100,000, when the buyer gives no number', () => {
    expect(receiptRecipient({ mandatorySector: true, cashAmount: 100_000, buyerGaveNumber: false })).toBe('self_issue');
    expect(receiptRecipient({ mandatorySector: true, cashAmount: 99_999, buyerGaveNumber: false })).toBe('none');
    expect(receiptRecipient({ mandatorySector: false, cashAmount: 500_000, buyerGaveNumber: false })).toBe('none');
    expect(receiptRecipient({ mandatorySector: true, cashAmount: 500_000, buyerGaveNumber: true })).toBe('buyer');
    expect(receiptRecipient({ mandatorySector: false, cashAmount: 1_000, buyerGaveNumber: true })).toBe('buyer');
    // A split sale: the cash part of a ₩120,000 sale is under the threshold, the transaction is not.
    expect(receiptRecipient({ mandatorySector: true, cashAmount: 20_000, saleAmount: 120_000, buyerGaveNumber: false })).toBe('self_issue');
    expect(receiptRecipient({ mandatorySector: true, cashAmount: 20_000, saleAmount: 99_999, buyerGaveNumber: false })).toBe('none');
  });

  it('late after the sale day + 5 KST calendar days', () => {
    const sale = Date.UTC(2026, 11, 1, 14, 59); // 2026-12-01 23:59 KST
    expect(daysLate(sale, Date.UTC(2026, 11, 6, 14, 59))).toBe(0); // 12-06 23:59 KST
    expect(daysLate(sale, Date.UTC(2026, 11, 6, 15, 0))).toBe(1); // 12-07 00:00 KST
    expect(daysLate(sale, sale)).toBe(0);
  });

  it('masks every kind of identifier', () => {
    expect(maskIdentifier('010-9876-5432', 'phone')).toBe('010-****-5432');
    expect(maskIdentifier('01098765432', 'phone')).toBe('010-****-5432');
    expect(maskIdentifier('02-123-4567', 'phone')).toBe('02-****-4567');
    expect(maskIdentifier('123-45-67890', 'business')).toBe('123-45-*****');
    expect(maskIdentifier('1234-5678-9012-345678', 'taxcard')).toBe('**************5678');
  });
});
