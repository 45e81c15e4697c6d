import type { WindowPayInput } from '../../contract/window-payments';
import { AppError } from '../../contract/result';
import { isPhone } from '../../domain/contact';

/**
 * Hecto (settle)'s window rules, checked before any window opens so the cashier gets a message
 * naming the field instead of a PG error inside the customer's window (portone-v1.md §8.2, §9).
 */
export function validateWindowPay(input: WindowPayInput): void {
  if (!Number.isSafeInteger(input.amount) || input.amount < 1) {
    throw new AppError('invalid_input', 'amount: a number of whole won, at least ₩1.', { reason: 'window_payments.amount_invalid', field: 'amount' });
  }
  if (input.taxFree > input.amount) {
    throw new AppError('invalid_input', 'tax-free part: cannot be more than the amount.', { reason: 'window_payments.tax_free_exceeds', field: 'taxFree' });
  }
  if (input.buyerTel === '') {
    throw new AppError('invalid_input', "buyer phone: Hecto's payment window requires it (e.g. 010-1234-5678).", { reason: 'window_payments.phone_required', field: 'buyerTel' });
  }
  if (!isPhone(input.buyerTel)) {
    throw new AppError('invalid_input', 'buyer phone: e.g. 010-1234-5678.', { reason: 'window_payments.phone_format', field: 'buyerTel' });
  }
  if ((input.payMethod === 'vbank' || input.payMethod === 'phone') && input.company === '') {
    throw new AppError('invalid_input', 'company: the store name is required for virtual-account and phone payments.', { reason: 'window_payments.company_required', field: 'company' });
  }
  if (input.payMethod === 'phone' && input.companyEn === '') {
    throw new AppError('invalid_input', 'company (English): the store name in English is required for phone payments.', { reason: 'window_payments.company_en_required', field: 'companyEn' });
  }
}
