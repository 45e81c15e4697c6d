import { describe, expect, it } from 'vitest';
import { formatCardInput, lastFour, luhnValid, maskCardNumber, toPortOneCardNumber } from '../../domain/card-number';
import { formatExpiryInput, isExpired, parseExpiry } from '../../domain/expiry';
import { validBirth, validBirthDate, validBusinessNumber } from '../../domain/birth';
import { formatKrw, installmentsAllowed, splitAmount, vatOf } from '../../domain/money';

describe('card number', () => {
  it('checks Luhn over 14–16 digits with any separators', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111-1111-1111-1112')).toBe(false);
    expect(luhnValid('4111')).toBe(false);
    expect(luhnValid('41111111111111111')).toBe(false);
  });

  it('formats for the till and for PortOne', () => {
    expect(formatCardInput('41111111111111119999')).toBe('4111 1111 1111 1111');
    expect(formatCardInput('41111')).toBe('4111 1');
    expect(toPortOneCardNumber('4111 1111 1111 1111')).toBe('4111-1111-1111-1111');
  });

  it('masks to first 6 + last 4 whatever it is given', () => {
    expect(maskCardNumber('4111-1111-1111-1234')).toBe('4111-11**-****-1234');
    expect(maskCardNumber('411111******1234')).toBe('4111-11**-****-1234');
    expect(maskCardNumber('1234')).toBe('****');
    expect(lastFour('4111-11**-****-1234')).toBe('1234');
    expect(lastFour(null)).toBeNull();
  });
});

describe('expiry', () => {
  const now = new Date(2026, 10, 26);
  it('turns MM/YY into YYYY-MM and rejects past months', () => {
    expect(parseExpiry('11/26', now)).toEqual({ ok: true, yyyyMm: '2026-11' });
    expect(parseExpiry('1230', now)).toEqual({ ok: true, yyyyMm: '2030-12' });
    expect(parseExpiry('10/26', now)).toEqual({ ok: false, reason: 'expired' });
    expect(parseExpiry('13/27', now)).toEqual({ ok: false, reason: 'month' });
    expect(parseExpiry('1/2', now)).toEqual({ ok: false, reason: 'format' });
    expect(isExpired('2026-12', now)).toBe(false);
    expect(formatExpiryInput('1228')).toBe('12/28');
  });
});

describe('birth / business number', () => {
  it('accepts real dates only', () => {
    expect(validBirthDate('900101')).toBe(true);
    expect(validBirthDate('000229')).toBe(true);
    expect(validBirthDate('900230')).toBe(false);
    expect(validBirthDate('901301')).toBe(false);
  });

  it('checks the business number check digit', () => {
    expect(validBusinessNumber('124-81-00998')).toBe(true);
    expect(validBusinessNumber('1248100997')).toBe(false);
    expect(validBirth('1248100998', 'corporate')).toBe(true);
    expect(validBirth('1248100998', 'personal')).toBe(false);
  });
});

describe('money', () => {
  it('derives VAT as 1/11 of the taxable part', () => {
    expect(vatOf(11_000, 0)).toBe(1_000);
    expect(vatOf(10_000, 0)).toBe(909);
    expect(splitAmount(15_000, 4_000)).toEqual({ amount: 15_000, taxFree: 4_000, supply: 10_000, vat: 1_000 });
  });

  it('offers installments from ₩50,000 and formats KRW', () => {
    expect(installmentsAllowed(49_999)).toBe(false);
    expect(installmentsAllowed(50_000)).toBe(true);
    expect(formatKrw(1234567)).toBe('₩1,234,567');
  });
});
