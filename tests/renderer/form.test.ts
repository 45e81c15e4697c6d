import { describe, expect, it } from 'vitest';
import { applyKey, emptyForm, isFieldName, normalize, validate, type ChargeForm } from '../../renderer/src/charge/form';

const NOW = new Date(2026, 10, 26);

const valid = (over: Partial<ChargeForm> = {}): ChargeForm => ({
  ...emptyForm(),
  amount: '55,000',
  taxFree: '5,000',
  orderName: ' 전화 주문 ',
  buyerName: '홍길동',
  buyerTel: '010-1234-5678',
  cardNumber: '5365 1000 0000 0006',
  expiry: '12/28',
  birth: '900101',
  pwd2digit: '12',
  cardQuota: 3,
  ...over,
});

describe('keyed-charge form', () => {
  it('turns a valid form into the contract request (card grouped for PortOne, expiry as YYYY-MM)', () => {
    const { errors, request } = validate(valid(), NOW);
    expect(errors).toEqual({});
    expect(request).toEqual({
      amount: 55000,
      taxFree: 5000,
      orderName: '전화 주문',
      buyerName: '홍길동',
      buyerTel: '010-1234-5678',
      cardNumber: '5365-1000-0000-0006',
      expiry: '2028-12',
      ownerType: 'personal',
      birth: '900101',
      pwd2digit: '12',
      cardQuota: 3,
    });
  });

  it('drops installments below ₩50,000 even if one was picked at a higher amount', () => {
    expect(validate(valid({ amount: '49,999', taxFree: '' }), NOW).request?.cardQuota).toBe(0);
  });

  it('flags each bad field with its own message and builds no request', () => {
    const { errors, request } = validate(
      valid({ amount: '', taxFree: '1', orderName: ' ', buyerTel: '123', cardNumber: '5365 1000 0000 0007', expiry: '10/26', birth: '901301', pwd2digit: '1' }),
      NOW,
    );
    expect(request).toBeNull();
    expect(errors).toEqual({
      amount: 'err.amount.required',
      taxFree: 'err.taxFree.exceeds',
      orderName: 'err.orderName.required',
      buyerTel: 'err.buyerTel.format',
      cardNumber: 'err.cardNumber.luhn',
      expiry: 'err.expiry.expired',
      birth: 'err.birth.personal',
      pwd2digit: 'err.pwd2.format',
    });
  });

  it('accepts the current month as not expired, and checks a corporate business number', () => {
    expect(validate(valid({ expiry: '11/26' }), NOW).errors.expiry).toBeUndefined();
    expect(validate(valid({ ownerType: 'corporate', birth: '1234567890' }), NOW).errors.birth).toBe('err.birth.corporate');
    expect(validate(valid({ ownerType: 'corporate', birth: '1208147521' }), NOW).errors.birth).toBeUndefined();
  });

  it('formats what is typed: won with commas, card in fours, MM/YY, digits-only secrets', () => {
    expect(normalize('amount', '0012a345', 'personal')).toBe('12,345');
    expect(normalize('cardNumber', '5365100000000006999', 'personal')).toBe('5365 1000 0000 0006');
    expect(normalize('expiry', '1228', 'personal')).toBe('12/28');
    expect(normalize('birth', '90-01-01-77', 'personal')).toBe('900101');
    expect(normalize('birth', '120-81-47521', 'corporate')).toBe('1208147521');
    expect(normalize('pwd2digit', '1a23', 'personal')).toBe('12');
  });

  it('keypad: 00/000 append, ⌫ removes one digit, C clears', () => {
    let amount = '';
    for (const key of ['5', '000', '00'] as const) amount = applyKey('amount', amount, key, 'personal');
    expect(amount).toBe('500,000');
    expect(applyKey('amount', amount, 'back', 'personal')).toBe('50,000');
    expect(applyKey('amount', amount, 'clear', 'personal')).toBe('');
    expect(applyKey('cardNumber', '5365 1', 'back', 'personal')).toBe('5365');
    expect(applyKey('buyerTel', '010-1', 'back', 'personal')).toBe('010');
  });

  it('knows which server field names belong to the form', () => {
    expect(isFieldName('cardNumber')).toBe(true);
    expect(isFieldName('keyedMid')).toBe(false);
    expect(isFieldName(undefined)).toBe(false);
  });
});
