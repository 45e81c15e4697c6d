import type { Bucket, CloseTotals, Totals } from '../../contract/close';
import type { PaymentKind, PaymentStatus, WindowPayMethod } from '../../contract/schemas';
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
  /** The card company PortOne named (null = not a card, or not known yet). */
  cardName?: string | null;
  /** A payment-window payment's method; null when it was written before the method was kept. */
  payMethod?: WindowPayMethod | null;
  /** Its card company or bank (domain/pay-method windowCompany). */
  company?: string | null;
  /** The refunds' own tax-free shares when the POS made every one of them; null = unknown. */
  refundedTaxFree?: number | null;
}

const WINDOW_ORDER: readonly WindowPayMethod[] = ['card', 'trans', 'vbank', 'phone'];

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

function groupOf(groups: Map<string, Totals>, key: string): Totals {
  let acc = groups.get(key);
  if (!acc) groups.set(key, (acc = newTotals()));
  return acc;
}

const sorted = (groups: Map<string, Totals>): [string, Totals][] => [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'ko'));

/**
 * Z-report figures of one business day: approved / refunded / net, each with count, tax-free,
 * supply and VAT, for the whole day, per method, per cashier and per card company. One pass, no sorting beyond the
 * cashier list. VAT is computed per payment (as PortOne does) and then summed, never from the sums.
 */
export function closeTotals(payments: Iterable<DayPayment>, late: { refunds: number; approvals: number }): CloseTotals {
  const all = newTotals();
  const byMethod = { keyed: newTotals(), billing: newTotals(), window: newTotals() };
  const byWindow = new Map<string, { method: WindowPayMethod; company: string | null; totals: Totals }>();
  const byCashier = new Map<string, Totals>();
  const byCompany = new Map<string, Totals>();
  let notCharged = 0;
  let unresolved = 0;
  let awaitingDeposit = 0;
  for (const p of payments) {
    if (isCharged(p.status)) {
      addPayment(all, p);
      // A scheduled charge is a card-on-file charge PortOne ran at its time: the same line of the report.
      addPayment(byMethod[p.kind === 'scheduled' ? 'billing' : p.kind], p);
      if (p.kind === 'window' && p.payMethod) {
        const company = p.company ?? null;
        const key = `${p.payMethod}\u0000${company ?? ''}`;
        let group = byWindow.get(key);
        if (!group) byWindow.set(key, (group = { method: p.payMethod, company, totals: newTotals() }));
        addPayment(group.totals, p);
      }
      addPayment(groupOf(byCashier, p.cashier), p);
      addPayment(groupOf(byCompany, p.cardName ?? ''), p);
    } else if (NOT_CHARGED.has(p.status)) {
      notCharged += 1;
    } else if (p.status === 'ready') {
      awaitingDeposit += 1;
    } else {
      unresolved += 1;
    }
  }
  return {
    all,
    byMethod,
    byWindowMethod: [...byWindow.values()].sort(
      (a, b) => WINDOW_ORDER.indexOf(a.method) - WINDOW_ORDER.indexOf(b.method) || (a.company ?? '').localeCompare(b.company ?? '', 'ko'),
    ),
    byCashier: sorted(byCashier).map(([cashier, totals]) => ({ cashier, totals })),
    byCardCompany: sorted(byCompany).map(([company, totals]) => ({ company, totals })),
    notCharged,
    unresolved,
    awaitingDeposit,
    lateRefunds: late.refunds,
    lateApprovals: late.approvals,
  };
}
