import type { KeyedChargeInput } from '../../contract/channels';
import { AppError } from '../../contract/result';
import { validBirth } from '../../domain/birth';
import { luhnValid } from '../../domain/card-number';
import { isExpired } from '../../domain/expiry';
import { INSTALLMENT_CHOICES, INSTALLMENT_MIN_AMOUNT, installmentsAllowed } from '../../domain/money';

/**
 * The form checks all of this before Pay is enabled; main checks again because the renderer is
 * not trusted. Messages name the problem, never the value typed.
 */
export function validateKeyed(input: KeyedChargeInput, now: Date): void {
  validateAmounts(input);
  validateCard(input, now);
}

/** Card number, expiry, birth or business number, password digits: for a charge or a key issued without one. */
export function validateCard(input: Pick<KeyedChargeInput, 'cardNumber' | 'expiry' | 'ownerType' | 'birth' | 'pwd2digit'>, now: Date): void {
  if (!luhnValid(input.cardNumber)) {
    throw new AppError('invalid_input', 'The card number is not valid: check the digits.', { reason: 'charge.card_number_invalid', field: 'cardNumber' });
  }
  if (!/^20\d{2}-(0[1-9]|1[0-2])$/.test(input.expiry)) {
    throw new AppError('invalid_input', 'The expiry must be a month and year.', { reason: 'charge.expiry_format', field: 'expiry' });
  }
  if (isExpired(input.expiry, now)) {
    throw new AppError('invalid_input', 'The card has expired.', { reason: 'charge.card_expired', field: 'expiry' });
  }
  if (!validBirth(input.birth, input.ownerType)) {
    throw new AppError(
      'invalid_input',
      input.ownerType === 'personal'
        ? 'Birth date must be a real date as YYMMDD.'
        : 'Business registration number must be 10 digits with a valid check digit.',
      { reason: input.ownerType === 'personal' ? 'charge.birth_invalid' : 'charge.business_number_invalid', field: 'birth' },
    );
  }
  if (!/^\d{2}$/.test(input.pwd2digit)) {
    throw new AppError('invalid_input', 'Enter the first 2 digits of the card password.', { reason: 'charge.pwd2_required', field: 'pwd2digit' });
  }
}

/** Amount, tax-free part and installments: the same rules for every server-side charge (keyed, billing key). */
export function validateAmounts(input: { amount: number; taxFree: number; cardQuota: number }): void {
  if (input.taxFree > input.amount) {
    throw new AppError('invalid_input', 'The tax-free part cannot be more than the amount.', { reason: 'charge.tax_free_exceeds', field: 'taxFree' });
  }
  if (!(INSTALLMENT_CHOICES as readonly number[]).includes(input.cardQuota)) {
    throw new AppError('invalid_input', 'Installments must be lump sum or 2–12 months.', { reason: 'charge.quota_range', field: 'cardQuota' });
  }
  if (input.cardQuota > 0 && !installmentsAllowed(input.amount)) {
    throw new AppError('invalid_input', 'Installments are only possible from ₩50,000.', { reason: 'charge.quota_minimum', field: 'cardQuota', params: { minimum: INSTALLMENT_MIN_AMOUNT } });
  }
}
