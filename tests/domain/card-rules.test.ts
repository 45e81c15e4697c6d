import { describe, expect, it } from 'vitest';
import { cardNumberComplete, formatCardInput, lastFour, luhnValid, maskCardNumber, toPortOneCardNumber } from '../../domain/card-number';
import { expiryComplete, formatExpiryInput, isExpired, parseExpiry } from '../../domain/expiry';
import { formatPhoneInput, isPhone } from '../../domain/contact';
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

describe('typing a phone number, a card number and an expiry', () => {
  it('hyphenates a phone as typed: mobile, Seoul 02, other areas, 1588', () => {
    expect(['010', '0101', '0101234', '01012345', '010123456', '0101234567', '01012345678'].map(formatPhoneInput)).toEqual([
      '010',
      '010-1',
      '010-123-4',
      '010-123-45',
      '010-123-456',
      '010-123-4567',
      '010-1234-5678',
    ]);
    expect(['02', '021', '021234567', '0212345678', '02123456789'].map(formatPhoneInput)).toEqual(['02', '02-1', '02-123-4567', '02-1234-5678', '02-1234-5678']);
    expect(formatPhoneInput('031 123 4567')).toBe('031-123-4567');
    expect(formatPhoneInput('15881234')).toBe('1588-1234');
    for (const phone of ['010-1234-5678', '02-123-4567', '031-123-4567']) expect(isPhone(formatPhoneInput(phone))).toBe(true);
  });

  it('a card number is whole at 16 digits, or at an American Express 15 that checks out; an expiry at MM/YY', () => {
    expect(cardNumberComplete('5365 1000 0000 0006')).toBe(true);
    expect(cardNumberComplete('5365 1000 0000 000')).toBe(false);
    expect(cardNumberComplete('3782 822463 10005')).toBe(true);
    expect(cardNumberComplete('3782 822463 10006')).toBe(false);
    expect([expiryComplete('12/3'), expiryComplete('12/30')]).toEqual([false, true]);
  });
});
