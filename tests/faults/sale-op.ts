import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Cart, PaySaleResult, SaleDetail } from '../../contract/sales';
import { LEDGER_FILE } from '../../main/ledger/ledger';
import { listCashReceipts } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { CARD } from '../core/support/sandbox';
import { KILLED, type CallOutcome, type CoreProcess } from './core-process';
import type { Random } from './random';
import type { Told } from './reconcile';

/**
 * Sales through the sales contract in the fault campaign: paid by cash (with or without a
 * 현금영수증 number; 자진발급 from ₩100,000 in the mandatory sector), or split into a cash part and
 * a keyed card part — by amount, or by choosing lines (the 면세 line one way, the 과세 line the
 * other, each part taking its lines' own tax-free). One campaign operation sends one part, so faults and kills land on each; a
 * part without a final answer is sent again later with the same partId, as the screen does.
 */

type Tender = { kind: 'cash'; given: number; receiptBuyer: { identifierType: 'phone'; identifier: string } | null } | ReturnType<typeof keyed>;

interface PartPlan {
  partId: string;
  amount: number;
  /** Paid by choosing these lines (amount and tax-free are theirs); else by amount. */
  lines?: string[];
  /** A line part's own tax-free share, as the lines have it. */
  taxFree?: number;
  tender: Tender;
}

export interface SalePlan {
  saleId: string;
  cart: Cart;
  total: number;
  parts: PartPlan[];
  /** The next part to send (parts before it are paid). */
  next: number;
  /** Paid in full, or given up after a declined card part or too many refusals. */
  done: boolean;
  refusals: number;
}

const keyed = (cardNumber: string) => ({
  kind: 'keyed' as const,
  buyerName: '',
  buyerTel: '',
  cardNumber,
  expiry: CARD.expiry,
  ownerType: 'personal' as const,
  birth: CARD.birth,
  pwd2digit: CARD.pwd,
  cardQuota: 0,
});

const cashPart = (random: Random, amount: number): Tender => ({
  kind: 'cash',
  given: random.chance(0.5) ? amount : Math.ceil(amount / 10_000) * 10_000,
  receiptBuyer: random.chance(0.6) ? { identifierType: 'phone', identifier: random.pick(['010-1234-5678', '010-9876-5432']) } : null,
});

/** A new sale: ₩1,000–₩200,000, sometimes with a tax-free line; cash only, or cash + a keyed card in either order. */
export function newSalePlan(random: Random, seed: number, index: number): SalePlan {
  const total = random.int(10, 2_000) * 100;
  const taxFree = random.chance(0.3) ? random.int(1, Math.max(1, Math.floor(total / 200))) * 100 : 0;
  const line = (lineId: string, taxation: 'taxable' | 'tax_free', unitPrice: number) => ({ kind: 'amount' as const, lineId, name: taxation === 'taxable' ? '과세' : '면세', taxation, qty: 1, unitPrice, discount: null });
  const cart: Cart = { lines: [line('l1', 'taxable', total - taxFree), ...(taxFree > 0 ? [line('l2', 'tax_free', taxFree)] : [])], saleDiscount: null };
  // The sale id is unique per campaign; a part's id only within its sale.
  const partId = (n: number) => `p${n}i${index}`;
  const saleId = `sale-fault${seed}-${index}`;
  const split = total >= 200 && random.chance(0.6);
  if (split && taxFree > 0 && random.chance(0.6)) {
    const freeByCash = random.chance(0.5);
    const byLines: PartPlan[] = [
      { partId: partId(1), amount: taxFree, lines: ['l2'], taxFree, tender: freeByCash ? cashPart(random, taxFree) : keyed(TEST_CARDS.approve) },
      { partId: partId(2), amount: total - taxFree, lines: ['l1'], taxFree: 0, tender: freeByCash ? keyed(TEST_CARDS.approve) : cashPart(random, total - taxFree) },
    ];
    return { saleId, cart, total, parts: random.chance(0.5) ? byLines : byLines.reverse(), next: 0, done: false, refusals: 0 };
  }
  if (!split) return { saleId, cart, total, parts: [{ partId: partId(1), amount: total, tender: cashPart(random, total) }], next: 0, done: false, refusals: 0 };
  const cash = random.int(1, total / 100 - 1) * 100;
  const card = { partId: partId(2), amount: total - cash, tender: keyed(random.chance(0.9) ? TEST_CARDS.approve : TEST_CARDS.declineFailed) };
  const parts = [{ partId: partId(1), amount: cash, tender: cashPart(random, cash) }, card];
  return { saleId, cart, total, parts: random.chance(0.5) ? parts : parts.reverse(), next: 0, done: false, refusals: 0 };
}

/** The call for the plan's next part, and the PortOne path its faults go on. */
export function salePartCall(plan: SalePlan): { method: 'paySale'; payload: unknown; path: string } {
  const part = plan.parts[plan.next];
  if (!part) throw new Error(`sale ${plan.saleId} has no part left`);
  return {
    method: 'paySale',
    payload: { saleId: plan.saleId, cart: plan.cart, expectedAmount: plan.total, tender: part.tender, ...(part.lines ? { lines: part.lines } : { amount: part.amount }), partId: part.partId },
    path: part.tender.kind === 'cash' ? '/receipts/external/*' : '/subscribe/payments/onetime',
  };
}

/** A card part's attempt id in the ledger (the sale's own scheme): what the campaign's `told` is keyed by. */
export const partAttemptId = (plan: SalePlan, partId: string): string => `${plan.saleId}-${partId}`;

/**
 * Moves the plan on from the answer to its part. `tell` records what the screen was told of a
 * card part; `unknown` and a kill leave the part to be sent again.
 */
export function hearSalePart(plan: SalePlan, outcome: CallOutcome, tell: (attemptId: string, merchantUid: string, told: Told) => void): void {
  const part = plan.parts[plan.next];
  if (!part || outcome === KILLED) return;
  if (!outcome.ok) {
    // Still being checked (or the core just restarted): asked again later, up to a point.
    if (++plan.refusals > 8) plan.done = true;
    return;
  }
  const result = outcome.data as PaySaleResult;
  if (part.tender.kind !== 'cash') {
    const charge = result.charge;
    if (!charge) return;
    tell(partAttemptId(plan, part.partId), charge.merchantUid, charge.outcome);
    if (charge.outcome === 'unknown') return;
    if (charge.outcome !== 'paid') {
      plan.done = true;
      return;
    }
  }
  plan.next += 1;
  if (plan.next === plan.parts.length) plan.done = true;
}

/** Each sale's parts add up: paid ≤ total, a paid sale's parts are its total and its tax-free, each part what the plan sent. */
export async function saleProblems(core: CoreProcess, plans: readonly SalePlan[]): Promise<string[]> {
  const problems: string[] = [];
  for (const plan of plans) {
    const got = await core.call('getSale', { saleId: plan.saleId });
    if (got === KILLED) return [...problems, 'the core died while the sales were read'];
    if (!got.ok) {
      if (plan.next > 0) problems.push(`sale ${plan.saleId}: parts were paid, yet the sale is not found (${got.error.code})`);
      continue;
    }
    const { sale, parts } = got.data as SaleDetail;
    const paid = parts.filter((p) => p.state === 'paid');
    const sum = (key: 'amount' | 'taxFree') => paid.reduce((n, p) => n + p[key], 0);
    if (sum('amount') !== sale.paid) problems.push(`sale ${plan.saleId}: parts ₩${sum('amount')}, sale says paid ₩${sale.paid}`);
    if (sale.paid > plan.total) problems.push(`sale ${plan.saleId}: paid ₩${sale.paid} of ₩${plan.total}`);
    if (sale.status !== 'open' && sale.status !== 'partially_paid' && sale.status !== 'paying' && (sum('amount') !== sale.totals.amount || sum('taxFree') !== sale.totals.taxFree)) {
      problems.push(`sale ${plan.saleId}: paid, but its parts are ₩${sum('amount')} (tax-free ₩${sum('taxFree')}) of ₩${sale.totals.amount} (₩${sale.totals.taxFree})`);
    }
    for (const p of paid) {
      if (p.taxFree > p.amount || p.taxFree < 0) problems.push(`sale ${plan.saleId}: part ${p.merchantUid} tax-free ₩${p.taxFree} of ₩${p.amount}`);
      const planned = plan.parts.find((x) => x.amount === p.amount && (x.tender.kind === 'cash') === (p.tender === 'cash'));
      if (!planned) problems.push(`sale ${plan.saleId}: part ${p.merchantUid} (${p.tender} ₩${p.amount}) was never sent`);
      else if (planned.taxFree !== undefined && planned.taxFree !== p.taxFree) problems.push(`sale ${plan.saleId}: line part ${p.merchantUid} tax-free ₩${p.taxFree}, its lines ₩${planned.taxFree}`);
    }
    // A card part may be refunded by the campaign's refund operations afterwards.
    if (plan.next === plan.parts.length && !['paid', 'partially_refunded', 'refunded'].includes(sale.status)) {
      problems.push(`sale ${plan.saleId}: every part answered paid, the sale is ${sale.status}`);
    }
    if (paid.filter((p) => p.tender === 'cash').length > plan.parts.filter((p) => p.tender.kind === 'cash').length) problems.push(`sale ${plan.saleId}: cash taken twice`);
  }
  return problems;
}

const ReceiptRow = (r: unknown) => r as { merchant_uid: string; cash_uid: string; state: string };

/**
 * Every 현금영수증 the POS says is issued (or cancelled) is at the sandbox exactly so, the sandbox
 * has none the POS does not, no cash sale has two standing ones, and nothing is left open or owed.
 */
export async function receiptProblems(dataDir: string, sandboxUrl: string): Promise<{ problems: string[]; issued: number }> {
  const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true });
  let rows: { merchant_uid: string; cash_uid: string; state: string }[];
  let requests: number;
  try {
    rows = db.prepare('SELECT merchant_uid, cash_uid, state FROM cash_receipts').all().map(ReceiptRow);
    requests = Number(db.prepare('SELECT count(*) FROM cash_receipt_requests').pluck().get());
  } finally {
    db.close();
  }
  const remote = new Map((await listCashReceipts(sandboxUrl)).filter((r) => r.kind === 'external').map((r) => [r.id, r]));
  const problems: string[] = [];
  if (requests > 0) problems.push(`${requests} receipt request(s) still owed after recovery`);
  const standingPerSale = new Map<string, number>();
  for (const row of rows) {
    const there = remote.get(row.merchant_uid);
    if (row.state === 'sending' || row.state === 'unknown' || row.state === 'cancelling') problems.push(`receipt ${row.merchant_uid}: still ${row.state}`);
    if (row.state === 'issued' && (!there || there.receipt.cancelled_at !== 0)) problems.push(`receipt ${row.merchant_uid}: issued in the POS, ${there ? 'cancelled' : 'none'} at PortOne`);
    if (row.state === 'cancelled' && there?.receipt.cancelled_at === 0) problems.push(`receipt ${row.merchant_uid}: cancelled in the POS, standing at PortOne`);
    if ((row.state === 'rejected' || row.state === 'not_sent') && there) problems.push(`receipt ${row.merchant_uid}: ${row.state} in the POS, yet PortOne has it`);
  }
  const known = new Set(rows.map((r) => r.merchant_uid));
  for (const [id, there] of remote) {
    if (!known.has(id)) problems.push(`receipt ${id}: at PortOne, unknown to the POS`);
    const cashUid = rows.find((r) => r.merchant_uid === id)?.cash_uid ?? id;
    if (there.receipt.cancelled_at === 0) standingPerSale.set(cashUid, (standingPerSale.get(cashUid) ?? 0) + 1);
  }
  for (const [cashUid, n] of standingPerSale) if (n > 1) problems.push(`cash sale ${cashUid}: ${n} standing receipts at PortOne`);
  return { problems, issued: rows.filter((r) => r.state === 'issued').length };
}
