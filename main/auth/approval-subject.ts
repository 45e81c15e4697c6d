/**
 * What a manager approves: the call and its key values. Taken from the request itself, so an
 * approval issued for "refund ₩5,000 of pos-1" cannot be spent on "refund ₩500,000 of pos-2".
 */
export interface ApprovalSubject {
  action: string;
  amount: number | null;
  customer: string | null;
  payment: string | null;
}

const field = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function approvalSubject(action: string, request: unknown): ApprovalSubject {
  return {
    action,
    amount: number(field(request, 'amount')) ?? number(field(request, 'floatAmount')) ?? number(field(request, 'countedCash')),
    customer: text(field(request, 'customerUid')) ?? text(field(field(request, 'saveCard'), 'replaces')) ?? text(field(request, 'id')),
    // A sale's calls (void, line refund, a discount on pay) are bound to the sale they name.
    payment: text(field(request, 'merchantUid')) ?? text(field(request, 'saleId')),
  };
}

export const sameSubject = (a: ApprovalSubject, b: ApprovalSubject): boolean =>
  a.action === b.action && a.amount === b.amount && a.customer === b.customer && a.payment === b.payment;
