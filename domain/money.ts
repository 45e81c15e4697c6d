/** KRW amounts: whole won, VAT included in prices. */

/** Installments (할부) are only offered from ₩50,000 (PortOne `card_quota`). */
export const INSTALLMENT_MIN_AMOUNT = 50_000;
export const INSTALLMENT_CHOICES = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export const installmentsAllowed = (amount: number): boolean => amount >= INSTALLMENT_MIN_AMOUNT;

/**
 * PortOne derives VAT as 1/11 of the taxable part (amount − tax_free) when no `vat_amount` is
 * sent, and settle takes none. Rounding is not documented (GAP): we round half up to the won.
 */
export function vatOf(amount: number, taxFree: number): number {
  return Math.round((amount - taxFree) / 11);
}

export interface AmountSplit {
  amount: number;
  taxFree: number;
  /** Taxable supply value (공급가액) excluding VAT. */
  supply: number;
  vat: number;
}

export function splitAmount(amount: number, taxFree: number): AmountSplit {
  const vat = vatOf(amount, taxFree);
  return { amount, taxFree, supply: amount - taxFree - vat, vat };
}

const krwFormat = new Intl.NumberFormat('ko-KR');

/** `12,300`: whole won grouped, no sign of currency (for "2,000원"). */
export const groupWon = (amount: number): string => krwFormat.format(amount);

/** `₩12,300`; a negative amount is `-₩2,000`, never `₩-2,000`. */
export const formatKrw = (amount: number): string => `${amount < 0 ? '-' : ''}₩${krwFormat.format(Math.abs(amount))}`;
