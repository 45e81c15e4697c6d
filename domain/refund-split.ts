/**
 * The tax-free share of a refund. PortOne tracks tax-free money separately, and a partial cancel
 * must say how much of it is tax-free: we suggest the payment's remaining ratio, and a refund of
 * the whole balance takes all the tax-free money left.
 */
export function suggestedRefundTaxFree(amount: number, refundable: number, taxFreeLeft: number): number {
  if (refundable <= 0 || amount <= 0) return 0;
  if (amount >= refundable) return taxFreeLeft;
  return Math.min(taxFreeLeft, amount, Math.round((amount * taxFreeLeft) / refundable));
}

/** Why this split cannot be refunded (field + problem), or null when it can. */
export function refundSplitProblem(
  split: { amount: number; taxFree: number },
  balance: { refundable: number; taxFreeLeft: number },
): { field: 'amount' | 'taxFree'; problem: 'over_balance' | 'over_tax_free' | 'taxable_over' } | null {
  if (split.amount > balance.refundable) return { field: 'amount', problem: 'over_balance' };
  if (split.taxFree > Math.min(split.amount, balance.taxFreeLeft)) return { field: 'taxFree', problem: 'over_tax_free' };
  if (split.amount - split.taxFree > balance.refundable - balance.taxFreeLeft) return { field: 'taxFree', problem: 'taxable_over' };
  return null;
}
