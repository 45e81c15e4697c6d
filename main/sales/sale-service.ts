import type { CashRefundInput, CashSaleInput, CashSaleView } from '../../contract/cash';
import type { CashReceiptBuyer, CashReceiptView, IssueCashReceiptResult } from '../../contract/cash-receipts';
import type {
  Cart,
  HeldSaleView,
  PaySaleInput,
  PaySaleResult,
  PricedCart,
  RefundSaleLinesInput,
  RefundSaleLinesResult,
  SaleDetail,
  SaleLineView,
  SalePart,
  SaleRefundQuote,
  SalesSettings,
  SaleStatus,
  SaleView,
  VoidSaleInput,
  VoidSaleResult,
} from '../../contract/sales';
import type { ChargeResult, KeyedChargeInput } from '../../contract/channels';
import type { AgainChargeInput, AgainChargeResult } from '../../contract/customers';
import type { RefundInput, RefundResult } from '../../contract/refunds';
import { AppError, type ErrorInfo } from '../../contract/result';
import type { ManagerApproval, PaymentView } from '../../contract/schemas';
import type { WindowPayInput, WindowPayStarted } from '../../contract/window-payments';
import { lineRefund } from '../../domain/cart';
import { splitAmount } from '../../domain/money';
import { isCharged, isStillPaying } from '../../domain/payment-status';
import { lineNames, linePart, nextPartTaxFree, refundsAsWhole, type LinePartRefusal } from '../../domain/tender-split';
import type { AccessControl, Actor, ApprovedScope } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { ProductView } from '../../contract/catalog';
import { priceCart } from './price-cart';
import type { SaleRow, SaleStore } from './sale-store';

/** The existing tenders' public entry points; the sale passes them its amount, tax_free and name. */
export interface Tenders {
  keyed(input: KeyedChargeInput): Promise<ChargeResult>;
  again(input: AgainChargeInput): Promise<AgainChargeResult>;
  window(input: WindowPayInput): Promise<WindowPayStarted>;
  payment(merchantUid: string): PaymentView | null;
  refundQuote(merchantUid: string): { refundable: number; taxFreeLeft: number };
  refund(input: RefundInput): Promise<RefundResult>;
}

/** The drawer (main/cash) and the 현금영수증 (main/cash-receipts) as a sale's cash part uses them. */
export interface CashTender {
  take(input: CashSaleInput): Promise<CashSaleView>;
  sale(merchantUid: string): CashSaleView | null;
  refund(input: CashRefundInput): Promise<CashSaleView>;
  /** Written before the cash is taken: the receipt this part owes, resumed at start-up after a crash in between. */
  expectReceipt(attemptId: string, buyer: CashReceiptBuyer | null, actor: Actor, saleAmount: number): void;
  issueReceipt(cashUid: string, attemptId: string, buyer: CashReceiptBuyer | null, actor: Actor, saleAmount: number): Promise<IssueCashReceiptResult>;
  receipts(cashUid: string): CashReceiptView[];
}

export interface SaleServiceDeps {
  store: SaleStore;
  product: (productId: string) => ProductView | null;
  tenders: Tenders;
  cash: CashTender;
  access: AccessControl & ApprovedScope;
  audit: AuditLog;
  now: () => number;
}

export const DEFAULT_SALES_SETTINGS: SalesSettings = { discountLimitPercent: 20 };


const sum = (parts: readonly SalePart[], key: 'amount' | 'taxFree' | 'refunded'): number => parts.reduce((n, p) => n + p[key], 0);
const totalChanged = (expected: number, actual: number): AppError =>
  new AppError('conflict', 'The total changed since it was shown; check the cart again.', { reason: 'sales.total_changed', field: 'expectedAmount', params: { expected, actual } });
/** `<saleId>-<partId>` for a part the screen named, else `<saleId>-p<n>` (attempt n). */
const attemptIdOf = (input: PaySaleInput, n: number): string => `${input.saleId}-${input.partId ?? `p${n}`}`;

/** A part by lines the split rule refuses, in the sale's own reasons (a line named by its name too). */
function lineRefusal(refusal: LinePartRefusal, lines: readonly SaleLineView[]): AppError {
  switch (refusal.reason) {
    case 'lines_after_amount_split':
      return new AppError('conflict', 'A part of this sale was paid by amount: the rest is paid by amount too.', { reason: 'sales.lines_after_amount_split', field: 'lines' });
    case 'line_already_paid':
      return new AppError('conflict', 'An earlier part already paid this line.', { reason: 'sales.line_already_paid', field: 'lines', params: { lineId: refusal.lineId, name: lineNames([refusal.lineId], lines).join('') } });
    case 'unknown_line':
      return new AppError('invalid_input', 'No such line in this sale.', { reason: 'sales.unknown_line', field: 'lines', params: { lineId: refusal.lineId } });
    case 'nothing_to_pay':
      return new AppError('invalid_input', 'These lines cost nothing: there is nothing to charge.', { reason: 'sales.nothing_to_pay', field: 'lines' });
  }
}

/** The same line ids, in any order. */
const sameLines = (a: readonly string[], b: readonly string[]): boolean => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
};

const notFound = (): AppError => new AppError('not_found', 'No sale with this id.', { reason: 'sales.not_found', field: 'saleId' });

/**
 * A sale: a priced cart, written with its lines before any payment request, paid through one of
 * the existing tenders, and paid only once PortOne has confirmed that payment. Its status is read
 * from its payments (the ledger), never kept apart from them.
 */
export class SaleService {
  constructor(private readonly deps: SaleServiceDeps) {}

  settings(): SalesSettings {
    return this.deps.store.settings(DEFAULT_SALES_SETTINGS);
  }

  async saveSettings(settings: SalesSettings, approval: ManagerApproval | undefined): Promise<SalesSettings> {
    const actor = await this.deps.access.authorize('manager', approval);
    this.deps.store.saveSettings(settings);
    this.deps.audit.record(actor, 'sales_settings_changed', null, { discountLimitPercent: settings.discountLimitPercent });
    return this.settings();
  }

  price(cart: Cart): PricedCart {
    return priceCart(cart, this.deps.product, this.settings().discountLimitPercent);
  }

  hold(saleId: string, cart: Cart, label: string): HeldSaleView {
    this.assertNoPayment(saleId);
    const priced = this.price(cart);
    const now = this.deps.now();
    this.deps.store.save({ saleId, status: 'held', label, cart, cashier: this.deps.access.caller().name, now }, priced);
    return heldView(this.mustSale(saleId));
  }

  held(): HeldSaleView[] {
    return this.deps.store.held().map(heldView);
  }

  /** Takes the sale off the held list and gives its cart back to the screen. */
  recall(saleId: string): { saleId: string; cart: Cart; label: string } {
    const sale = this.mustHeld(saleId);
    this.deps.store.setStatus(saleId, 'open', this.deps.now());
    return { saleId, cart: sale.cart, label: sale.label };
  }

  deleteHeld(saleId: string): { saleId: string } {
    this.mustHeld(saleId);
    if (this.deps.store.attempts(saleId).length > 0) this.deps.store.setStatus(saleId, 'open', this.deps.now());
    else this.deps.store.delete(saleId);
    return { saleId };
  }

  /**
   * Pays one part of the sale (all that is left unless `amount` says less, or the chosen `lines`) by one tender. The
   * sale and the part's attempt are written before anything leaves; a repeat of a recorded part
   * (same `partId`) returns it through its own tender's dedupe, never paying twice.
   */
  async pay(input: PaySaleInput): Promise<PaySaleResult> {
    const { store, access } = this.deps;
    const actor = access.caller();
    const repeat = await this.repeatPart(input, actor);
    if (repeat) return repeat;
    const stored = store.sale(input.saleId);
    const parts = stored ? this.parts(input.saleId) : [];
    this.assertPayable(stored, parts);
    const paidParts = parts.filter((p) => p.state === 'paid');
    let totals;
    let orderName;
    if (stored && paidParts.length > 0) {
      // Once a part is paid the cart is fixed: the rest is paid at the price written then.
      ({ totals, orderName } = stored.priced);
      if (totals.amount !== input.expectedAmount) throw totalChanged(input.expectedAmount, totals.amount);
    } else {
      const priced = this.price(input.cart);
      ({ totals, orderName } = priced);
      if (totals.amount !== input.expectedAmount) throw totalChanged(input.expectedAmount, totals.amount);
      if (totals.amount === 0) throw new AppError('invalid_input', 'Nothing to charge: the discounts take the total to ₩0.', { reason: 'sales.nothing_to_pay', field: 'cart' });
      if (priced.approvalNeeded) await this.approveDiscount(input, priced);
      store.save({ saleId: input.saleId, status: 'open', label: '', cart: input.cart, cashier: actor.name, now: this.deps.now() }, priced);
    }
    if (input.lines !== undefined) {
      // The lines as written with the sale (fixed once a part is paid): main's net and tax-free, never the screen's.
      const lines = store.lines(input.saleId);
      const result = linePart(lines, paidParts, input.lines);
      if ('refused' in result) throw lineRefusal(result.refused, lines);
      return this.sendPart(input, { ...result.part, orderName }, [...new Set(input.lines)], totals.amount, actor);
    }
    const remaining = totals.amount - sum(paidParts, 'amount');
    const amount = input.amount ?? remaining;
    if (amount > remaining) {
      throw new AppError('invalid_input', 'This part is more than what is left to pay.', { reason: 'sales.part_exceeds_remaining', field: 'amount', params: { remaining } });
    }
    const taxFree = nextPartTaxFree(totals, paidParts, amount);
    return this.sendPart(input, { amount, taxFree, orderName }, null, totals.amount, actor);
  }

  /** `lines`: the line ids the part pays, kept with its attempt; null for a part paid by amount. */
  private async sendPart(input: PaySaleInput, money: { amount: number; taxFree: number; orderName: string }, lines: string[] | null, saleAmount: number, actor: Actor): Promise<PaySaleResult> {
    const { store, tenders } = this.deps;
    const now = this.deps.now();
    const { tender } = input;
    if (tender.kind === 'window') {
      const { attempt } = store.addAttempt(input.saleId, () => null, lines, now);
      const { buyerName, buyerTel, buyerEmail, payMethod, company, companyEn } = tender;
      // The window service refuses a second paid window under one sale id: each part is its own there (this sale guards itself).
      const window = await tenders.window({ buyerName, buyerTel, buyerEmail, payMethod, company, companyEn, ...money, saleId: `${input.saleId}-w${attempt}` });
      store.linkAttempt(input.saleId, attempt, window.merchantUid);
      return { sale: this.detail(input.saleId), charge: null, window, cash: null };
    }
    // The attempt id goes with the ledger's intent (or the cash row), so the link survives a crash mid-part.
    const { attempt, attemptId } = store.addAttempt(input.saleId, (n) => attemptIdOf(input, n), lines, now);
    if (attemptId === null) throw new Error('a keyed, card-on-file or cash attempt always has an id');
    if (tender.kind === 'cash') {
      this.deps.cash.expectReceipt(attemptId, tender.receiptBuyer, actor, saleAmount);
      const part = await this.deps.cash.take({ attemptId, ...money, given: tender.given });
      store.linkAttempt(input.saleId, attempt, part.merchantUid);
      return this.afterCash(input.saleId, part, attemptId, tender.receiptBuyer, actor, saleAmount);
    }
    const charge = await this.charge(input, attemptId, money);
    store.linkAttempt(input.saleId, attempt, charge.merchantUid);
    return { sale: this.detail(input.saleId), charge, window: null, cash: null };
  }

  private async charge(input: PaySaleInput, attemptId: string, money: { amount: number; taxFree: number; orderName: string }): Promise<ChargeResult> {
    const { tender } = input;
    if (tender.kind === 'keyed') {
      const { buyerName, buyerTel, cardNumber, expiry, ownerType, birth, pwd2digit, cardQuota } = tender;
      return this.deps.tenders.keyed({ buyerName, buyerTel, cardNumber, expiry, ownerType, birth, pwd2digit, cardQuota, ...money, attemptId });
    }
    if (tender.kind === 'card_on_file') return (await this.deps.tenders.again({ attemptId, customerUid: tender.customerUid, cardQuota: tender.cardQuota, ...money })).charge;
    throw new Error(`not a card tender: ${tender.kind}`);
  }

  /** The cash is in the drawer (recorded); its 현금영수증 follows. A receipt that cannot be issued now does not undo the cash. */
  private async afterCash(saleId: string, part: CashSaleView, attemptId: string, buyer: CashReceiptBuyer | null, actor: Actor, saleAmount: number): Promise<PaySaleResult> {
    let receipt: IssueCashReceiptResult | null = null;
    let receiptError: ErrorInfo | null = null;
    try {
      receipt = await this.deps.cash.issueReceipt(part.merchantUid, attemptId, buyer, actor, saleAmount);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      receiptError = error.toInfo();
    }
    return { sale: this.detail(saleId), charge: null, window: null, cash: { part, receipt: receipt?.recipient === 'none' ? null : receipt, receiptError } };
  }

  /**
   * A part this sale already recorded under the same `partId`: answered by its own tender's
   * dedupe (the charge runner returns the first result by attempt id, the drawer its first row).
   */
  private async repeatPart(input: PaySaleInput, actor: Actor): Promise<PaySaleResult | null> {
    if (input.partId === undefined || !this.deps.store.sale(input.saleId)) return null;
    const attemptId = attemptIdOf(input, 0);
    const attempt = this.deps.store.attempts(input.saleId).find((a) => a.attemptId === attemptId);
    const part = attempt?.merchantUid ? this.parts(input.saleId).find((p) => p.merchantUid === attempt.merchantUid) : undefined;
    if (!part) return null;
    const { tender } = input;
    const amountChanged = input.amount !== undefined && input.amount !== part.amount;
    // A part by lines is repeated only with the same lines; one by amount only without lines.
    const linesChanged = (input.lines !== undefined || part.lines !== null) && !sameLines(input.lines ?? [], part.lines ?? []);
    if ((tender.kind === 'cash') !== (part.tender === 'cash') || amountChanged || linesChanged) {
      throw new AppError('conflict', 'This part was already sent with another tender, amount or lines.', { reason: 'sales.part_changed', field: 'partId' });
    }
    const money = { amount: part.amount, taxFree: part.taxFree, orderName: this.mustSale(input.saleId).priced.orderName };
    if (tender.kind === 'cash') {
      const cash = await this.deps.cash.take({ attemptId, ...money, given: part.given ?? tender.given });
      const standing = this.cashReceipt(cash.merchantUid);
      if (standing === null) return this.afterCash(input.saleId, cash, attemptId, tender.receiptBuyer, actor, this.mustSale(input.saleId).priced.totals.amount);
      return { sale: this.detail(input.saleId), charge: null, window: null, cash: { part: cash, receipt: { recipient: standing.selfIssued ? 'self_issue' : 'buyer', receipt: standing, daysLate: 0 }, receiptError: null } };
    }
    const charge = await this.charge(input, attemptId, money);
    return { sale: this.detail(input.saleId), charge, window: null, cash: null };
  }

  /** Gives back every paid part that still has money in it: card parts at PortOne, cash from the drawer (its receipt cancelled). */
  async voidSale(input: VoidSaleInput): Promise<VoidSaleResult> {
    const { parts } = this.detail(input.saleId);
    // A part still being confirmed could turn paid after the void: it is settled first.
    if (parts.some((p) => p.state === 'paying')) {
      throw new AppError('conflict', 'A payment of this sale is still being confirmed.', { reason: 'sales.payment_in_progress', field: 'saleId' });
    }
    const open = parts.filter((p) => p.state === 'paid' && p.amount > p.refunded);
    if (open.length === 0) throw new AppError('conflict', 'Nothing of this sale is left to give back.', { reason: 'sales.nothing_to_void', field: 'saleId' });
    const actual = sum(open, 'amount') - sum(open, 'refunded');
    if (actual !== input.amount) {
      throw new AppError('conflict', 'What is still paid of this sale changed since it was shown.', { reason: 'sales.void_amount_changed', field: 'amount', params: { expected: input.amount, actual } });
    }
    // One approval for the whole void (this sale, this amount): every part's refund runs under it.
    const approver = await this.deps.access.authorize('manager', input.approval);
    return this.deps.access.asApproved(approver, () => this.giveBack(input, open));
  }

  private async giveBack(input: VoidSaleInput, open: readonly SalePart[]): Promise<VoidSaleResult> {
    const { tenders, cash } = this.deps;
    const refunds: VoidSaleResult['refunds'] = [];
    for (const part of open) {
      if (part.tender === 'cash') {
        const back = await cash.refund({ merchantUid: part.merchantUid, amount: part.amount - part.refunded, reason: input.reason, receiptBuyer: null });
        refunds.push({ merchantUid: part.merchantUid, tender: 'cash', amount: back.refunded - part.refunded, outcome: 'refunded' });
        continue;
      }
      const quote = tenders.refundQuote(part.merchantUid);
      const result = await tenders.refund({
        merchantUid: part.merchantUid,
        amount: quote.refundable,
        taxFree: quote.taxFreeLeft,
        reason: input.reason,
        expectedRefundable: quote.refundable,
      });
      refunds.push({ merchantUid: part.merchantUid, tender: 'card', amount: quote.refundable, outcome: result.outcome });
    }
    return { refunds, sale: this.detail(input.saleId) };
  }

  detail(saleId: string): SaleDetail {
    const sale = this.mustSale(saleId);
    const parts = this.parts(saleId);
    const payments = parts.flatMap((p) => (p.payment ? [p.payment] : [])).reverse();
    return { sale: this.view(sale, parts), lines: this.deps.store.lines(saleId), payments, parts };
  }

  byPayment(merchantUid: string): SaleDetail | null {
    const saleId = this.deps.store.saleOfPayment(merchantUid);
    return saleId === null ? null : this.detail(saleId);
  }

  recent(limit: number): SaleView[] {
    return this.deps.store.recent(limit).map((s) => this.view(s, this.parts(s.saleId)));
  }

  refundQuote(saleId: string): SaleRefundQuote {
    const detail = this.detail(saleId);
    const reserved = this.deps.store.reserved(saleId);
    return {
      sale: detail,
      returnable: detail.lines.map((line) => {
        const done = line.returnedQty + (reserved.get(line.lineId) ?? 0);
        const qty = line.qty - done;
        return { lineId: line.lineId, qty, ...lineRefund(line, done, qty) };
      }),
    };
  }

  async refundLines(input: RefundSaleLinesInput): Promise<RefundSaleLinesResult> {
    const { store, tenders } = this.deps;
    const detail = this.detail(input.saleId);
    const paid = detail.payments.find((p) => isCharged(p.status));
    if (!paid) throw new AppError('conflict', 'This sale has no paid payment to refund.', { reason: 'sales.not_paid' });
    // A line refund goes back through the one card payment that paid the sale; one paid in parts (or cash) is given back with voidSale.
    if (refundsAsWhole(detail.parts.filter((p) => p.state === 'paid'), detail.sale.remaining)) {
      throw new AppError('conflict', 'A sale paid in parts is refunded as a whole.', { reason: 'sales.split_refund_whole' });
    }
    const reserved = store.reserved(input.saleId);
    let amount = 0;
    let taxFree = 0;
    const asked = new Map<string, number>();
    for (const { lineId, qty } of input.lines) asked.set(lineId, (asked.get(lineId) ?? 0) + qty);
    for (const [lineId, qty] of asked) {
      const line = detail.lines.find((l) => l.lineId === lineId);
      if (!line) throw new AppError('invalid_input', 'No such line in this sale.', { reason: 'sales.unknown_line', field: 'lines', params: { lineId } });
      const done = line.returnedQty + (reserved.get(lineId) ?? 0);
      if (qty > line.qty - done) {
        throw new AppError('invalid_input', 'More units than are left to return.', {
          reason: 'sales.quantity_exceeds_returnable',
          field: 'lines',
          params: { name: line.name, returnable: line.qty - done },
        });
      }
      const back = lineRefund(line, done, qty);
      amount += back.amount;
      taxFree += back.taxFree;
    }
    if (amount === 0) throw new AppError('invalid_input', 'These lines have nothing to give back.', { reason: 'sales.nothing_to_refund', field: 'lines' });
    const lines = [...asked].map(([lineId, qty]) => ({ lineId, qty }));
    const expectedRefundable = tenders.refundQuote(paid.merchantUid).refundable;
    const id = store.addRefund(input.saleId, paid.merchantUid, lines, { amount, taxFree }, this.deps.now());
    let refund: RefundResult;
    try {
      refund = await tenders.refund({
        merchantUid: paid.merchantUid,
        amount,
        taxFree,
        reason: input.reason,
        expectedRefundable,
        ...(input.approval ? { approval: input.approval } : {}),
      });
    } catch (error) {
      // Refused before anything was sent (role, balance, split): the units are returnable again.
      if (error instanceof AppError && error.code !== 'internal') store.settleRefund(id, input.saleId, 'not_refunded', lines);
      throw error;
    }
    // `unknown`: the cancel may have gone through; the units stay reserved.
    if (refund.outcome === 'refunded') store.settleRefund(id, input.saleId, 'refunded', lines);
    else if (refund.outcome !== 'unknown') store.settleRefund(id, input.saleId, 'not_refunded', lines);
    return { asked: { amount, taxFree, vat: splitAmount(amount, taxFree).vat }, refund, sale: this.detail(input.saleId) };
  }

  private async approveDiscount(input: PaySaleInput, priced: PricedCart): Promise<void> {
    const { access, audit } = this.deps;
    const limit = this.settings().discountLimitPercent;
    let approver;
    try {
      approver = await access.authorize('manager', input.approval);
    } catch (error) {
      // The approval request main issued (its id and what it is for) goes with the sale's own sentence.
      if (input.approval || !(error instanceof AppError)) throw error;
      throw new AppError('forbidden', 'A discount above the limit needs a manager.', {
        reason: 'sales.discount_needs_approval',
        field: 'approval',
        params: { ...error.params, limit },
      });
    }
    audit.record(approver, 'sale_discount_approved', input.saleId, { discount: priced.totals.discountTotal, gross: priced.totals.gross, limit });
  }

  /** The sale's tender parts, oldest first, each read from its own record (the ledger's payment or the drawer's row). */
  private parts(saleId: string): SalePart[] {
    const { store, tenders, cash } = this.deps;
    return store
      .attempts(saleId)
      .reverse()
      .flatMap((a): SalePart[] => {
        if (a.merchantUid === null) return [];
        const { lines } = a;
        const taken = cash.sale(a.merchantUid);
        if (taken) {
          const { merchantUid, amount, taxFree, refunded, given, change, takenAt } = taken;
          return [{ merchantUid, tender: 'cash', state: 'paid', amount, taxFree, refunded, given, change, at: takenAt, payment: null, cashReceipt: this.cashReceipt(merchantUid), lines }];
        }
        const payment = tenders.payment(a.merchantUid);
        if (!payment) return [];
        const state = isCharged(payment.status) ? 'paid' : isStillPaying(payment.status) ? 'paying' : 'failed';
        const { merchantUid, amount, taxFree, cancelAmount } = payment;
        return [{ merchantUid, tender: 'card', state, amount, taxFree, refunded: cancelAmount, given: null, change: null, at: payment.updatedAt, payment, cashReceipt: null, lines }];
      });
  }

  /** The standing 현금영수증 of a cash part, else its latest (cancelled, refused…); null when none was asked for. */
  private cashReceipt(cashUid: string): CashReceiptView | null {
    const receipts = this.deps.cash.receipts(cashUid);
    return receipts.find((r) => r.state === 'issued') ?? receipts.at(-1) ?? null;
  }

  /** The status is read from all the parts, never kept apart from them. */
  private view(sale: SaleRow, parts: readonly SalePart[]): SaleView {
    const paidParts = parts.filter((p) => p.state === 'paid');
    const paid = sum(paidParts, 'amount');
    const refunded = sum(paidParts, 'refunded');
    const total = sale.priced.totals.amount;
    let status: SaleStatus = 'open';
    if (paid > 0 && refunded >= paid) status = 'refunded';
    else if (paid >= total && paid > 0) status = refunded > 0 ? 'partially_refunded' : 'paid';
    else if (parts.some((p) => p.state === 'paying')) status = 'paying';
    else if (paid > 0) status = 'partially_paid';
    const fullyPaidAt = paid >= total && paid > 0 ? Math.max(...paidParts.map((p) => p.at)) : null;
    if (fullyPaidAt !== null && sale.paidAt === null) this.deps.store.markPaid(sale.saleId, fullyPaidAt);
    const face = paidParts.find((p) => p.tender === 'card') ?? paidParts[0] ?? parts.at(-1);
    return {
      saleId: sale.saleId as SaleView['saleId'],
      status,
      orderName: sale.priced.orderName,
      totals: sale.priced.totals,
      saleDiscount: sale.saleDiscount,
      cashier: sale.cashier,
      createdAt: sale.createdAt,
      paidAt: fullyPaidAt === null ? null : (sale.paidAt ?? fullyPaidAt),
      merchantUid: face?.merchantUid ?? null,
      refunded,
      paid,
      remaining: Math.max(0, total - paid),
    };
  }

  /** A sale with a part in flight or paid is not changed or held (its cart is fixed). */
  private assertNoPayment(saleId: string): void {
    const sale = this.deps.store.sale(saleId);
    const parts = sale ? this.parts(saleId) : [];
    this.assertPayable(sale, parts);
    if (parts.some((p) => p.state === 'paid')) throw new AppError('conflict', 'Part of this sale is paid: its cart cannot change.', { reason: 'sales.already_paid', field: 'saleId' });
  }

  private assertPayable(sale: SaleRow | null, parts: readonly SalePart[]): void {
    if (!sale) return;
    const status = this.view(sale, parts).status;
    if (status === 'paying') {
      throw new AppError('conflict', 'A payment of this sale is still being confirmed.', { reason: 'sales.payment_in_progress', field: 'saleId' });
    }
    if (status !== 'open' && status !== 'partially_paid') {
      throw new AppError('conflict', 'This sale is already paid.', { reason: 'sales.already_paid', field: 'saleId' });
    }
  }

  private mustSale(saleId: string): SaleRow {
    const sale = this.deps.store.sale(saleId);
    if (!sale) throw notFound();
    return sale;
  }

  private mustHeld(saleId: string): SaleRow {
    const sale = this.mustSale(saleId);
    if (sale.status !== 'held') throw new AppError('conflict', 'This sale is not held.', { reason: 'sales.not_held', field: 'saleId' });
    return sale;
  }
}

function heldView(sale: SaleRow): HeldSaleView {
  return {
    saleId: sale.saleId as HeldSaleView['saleId'],
    label: sale.label,
    cashier: sale.cashier,
    heldAt: sale.updatedAt,
    itemCount: sale.priced.totals.itemCount,
    amount: sale.priced.totals.amount,
    orderName: sale.priced.orderName,
  };
}
