import type { Bucket, CloseTotals, Totals } from '../../contract/close';
import type { PaymentKind, PaymentStatus } from '../../contract/schemas';
import { vatOf } from '../../domain/money';
import { isCharged } from '../../domain/payment-status';

/** What the close needs of one payment. */
export interface DayPayment {
  kind: PaymentKind;
  status: PaymentStatus;
  amount: number;
  taxFree: number;
  cancelAmount: number;
  cashier: string;
  /** The refunds' own tax-free shares when the POS made every one of them; null = unknown. */
  refundedTaxFree?: number | null;
}

const NOT_CHARGED: ReadonlySet<PaymentStatus> = new Set(['failed', 'rejected']);

const zero = (): Bucket => ({ count: 0, amount: 0, taxFree: 0, supply: 0, vat: 0 });
const newTotals = (): Totals => ({ approved: zero(), refunded: zero(), net: zero() });

function add(bucket: Bucket, amount: number, taxFree: number): void {
  const vat = vatOf(amount, taxFree);
  bucket.count += 1;
  bucket.amount += amount;
  bucket.taxFree += taxFree;
  bucket.vat += vat;
  bucket.supply += amount - taxFree - vat;
}

/**
 * The tax-free part of what was refunded: the shares the POS sent with its own refunds when it
 * made them all; all of it for a full refund; otherwise (a cancel made elsewhere) estimated in the
 * payment's own proportion, rounded down.
 */
export function refundedTaxFree(p: Pick<DayPayment, 'amount' | 'taxFree' | 'cancelAmount' | 'refundedTaxFree'>): number {
  if (p.cancelAmount >= p.amount) return p.taxFree;
  if (p.refundedTaxFree !== undefined && p.refundedTaxFree !== null) return p.refundedTaxFree;
  return p.amount === 0 ? 0 : Math.floor((p.taxFree * p.cancelAmount) / p.amount);
}

function addPayment(acc: Totals, p: DayPayment): void {
  add(acc.approved, p.amount, p.taxFree);
  const refundedTf = refundedTaxFree(p);
  if (p.cancelAmount > 0) add(acc.refunded, p.cancelAmount, refundedTf);
  const left = p.amount - p.cancelAmount;
  if (left > 0) add(acc.net, left, p.taxFree - refundedTf);
}

/**
 * Z-report figures of one business day: approved / refunded / net, each with count, tax-free,
 * supply and VAT, for the whole day, per method and per cashier. One pass, no sorting beyond the
 * cashier list. VAT is computed per payment (as PortOne does) and then summed, never from the sums.
 */
export function closeTotals(payments: Iterable<DayPayment>, late: { refunds: number; approvals: number }): CloseTotals {
  const all = newTotals();
  const byMethod = { keyed: newTotals(), billing: newTotals(), window: newTotals() };
  const byCashier = new Map<string, Totals>();
  let notCharged = 0;
  let unresolved = 0;
  let awaitingDeposit = 0;
  for (const p of payments) {
    if (isCharged(p.status)) {
      addPayment(all, p);
      // A scheduled charge is a card-on-file charge PortOne ran at its time: the same line of the report.
      addPayment(byMethod[p.kind === 'scheduled' ? 'billing' : p.kind], p);
      let acc = byCashier.get(p.cashier);
      if (!acc) byCashier.set(p.cashier, (acc = newTotals()));
      addPayment(acc, p);
    } else if (NOT_CHARGED.has(p.status)) {
      notCharged += 1;
    } else if (p.status === 'ready') {
      awaitingDeposit += 1;
    } else {
      unresolved += 1;
    }
  }
  const totals = (acc: Totals): Totals => acc;
  return {
    all: totals(all),
    byMethod: { keyed: totals(byMethod.keyed), billing: totals(byMethod.billing), window: totals(byMethod.window) },
    byCashier: [...byCashier.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'ko'))
      .map(([cashier, acc]) => ({ cashier, totals: totals(acc) })),
    notCharged,
    unresolved,
    awaitingDeposit,
    lateRefunds: late.refunds,
    lateApprovals: late.approvals,
  };
}
