import type { AgainChargeInput } from '../../../contract/customers';
import { installmentsAllowed } from '../../../domain/money';
import { nameTooLong } from '../../../domain/contact';
import { MAX_AMOUNT, wonOf } from '../charge/form';

/** The "charge again" form as typed; the pure check that turns it into a request. */
export interface AgainForm {
  amount: string;
  taxFree: string;
  orderName: string;
  cardQuota: number;
}

export type AgainField = 'amount' | 'taxFree' | 'orderName';
export type AgainErrors = Partial<Record<AgainField, 'err.amount' | 'err.taxFree' | 'err.orderName'>>;

export const emptyAgainForm = (): AgainForm => ({ amount: '', taxFree: '', orderName: '', cardQuota: 0 });

export function validateAgain(
  form: AgainForm,
): { errors: AgainErrors; request: Omit<AgainChargeInput, 'attemptId' | 'customerUid'> | null } {
  const errors: AgainErrors = {};
  const amount = wonOf(form.amount);
  const taxFree = wonOf(form.taxFree);
  const orderName = form.orderName.trim();
  if (amount < 1 || amount > MAX_AMOUNT) errors.amount = 'err.amount';
  if (taxFree > amount) errors.taxFree = 'err.taxFree';
  if (orderName === '' || nameTooLong(orderName)) errors.orderName = 'err.orderName';
  if (Object.keys(errors).length > 0) return { errors, request: null };
  // The select only offers installments from ₩50,000; an amount edited below it falls back to lump sum.
  return { errors, request: { amount, taxFree, orderName, cardQuota: installmentsAllowed(amount) ? form.cardQuota : 0 } };
}
