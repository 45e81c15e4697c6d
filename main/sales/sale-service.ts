import type {
  Cart,
  HeldSaleView,
  PaySaleInput,
  PaySaleResult,
  PricedCart,
  RefundSaleLinesInput,
  RefundSaleLinesResult,
  SaleDetail,
  SaleRefundQuote,
  SalesSettings,
  SaleStatus,
  SaleView,
} from '../../contract/sales';
import type { ChargeResult, KeyedChargeInput } from '../../contract/channels';
import type { AgainChargeInput, AgainChargeResult } from '../../contract/customers';
import type { RefundInput, RefundResult } from '../../contract/refunds';
import { AppError } from '../../contract/result';
import type { ManagerApproval, PaymentView } from '../../contract/schemas';
import type { WindowPayInput, WindowPayStarted } from '../../contract/window-payments';
import { lineRefund } from '../../domain/cart';
import { splitAmount } from '../../domain/money';
import type { AccessControl } from '../auth/access';
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
  refundQuote(merchantUid: string): { refundable: number };
  refund(input: RefundInput): Promise<RefundResult>;
}

export interface SaleServiceDeps {
  store: SaleStore;
  product: (productId: string) => ProductView | null;
  tenders: Tenders;
  access: AccessControl;
  audit: AuditLog;
  now: () => number;
}

export const DEFAULT_SALES_SETTINGS: SalesSettings = { discountLimitPercent: 20 };

const PAID: readonly PaymentView['status'][] = ['paid', 'partially_cancelled', 'cancelled'];
const IN_FLIGHT: readonly PaymentView['status'][] = ['pending', 'unknown', 'ready'];

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
    this.deps.store.save({ saleId, status: 'held', label, cart, cashier: this.deps.access.current().name, now }, priced);
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

  async pay(input: PaySaleInput): Promise<PaySaleResult> {
    const { store, access, tenders } = this.deps;
    const actor = await access.authorize('cashier');
    this.assertNoPayment(input.saleId);
    const priced = this.price(input.cart);
    const { amount, taxFree } = priced.totals;
    if (amount !== input.expectedAmount) {
      throw new AppError('conflict', 'The total changed since it was shown; check the cart again.', {
        reason: 'sales.total_changed',
        field: 'expectedAmount',
        params: { expected: input.expectedAmount, actual: amount },
      });
    }
    if (amount === 0) throw new AppError('invalid_input', 'Nothing to charge: the discounts take the total to ₩0.', { reason: 'sales.nothing_to_pay', field: 'cart' });
    if (priced.approvalNeeded) await this.approveDiscount(input, priced);

    const now = this.deps.now();
    store.save({ saleId: input.saleId, status: 'open', label: '', cart: input.cart, cashier: actor.name, now }, priced);
    const { tender } = input;
    const money = { amount, taxFree, orderName: priced.orderName };
    if (tender.kind === 'window') {
      const { attempt } = store.addAttempt(input.saleId, () => null, now);
      const { buyerName, buyerTel, buyerEmail, payMethod, company, companyEn } = tender;
      const window = await tenders.window({ buyerName, buyerTel, buyerEmail, payMethod, company, companyEn, ...money, saleId: input.saleId });
      store.linkAttempt(input.saleId, attempt, window.merchantUid);
      return { sale: this.detail(input.saleId), charge: null, window };
    }
    // The attempt id goes with the ledger's intent, so the link survives a crash mid-charge.
    const { attempt, attemptId } = store.addAttempt(input.saleId, (n) => `${input.saleId}-p${n}`, now);
    if (attemptId === null) throw new Error('a keyed attempt always has an id');
    let charge: ChargeResult;
    if (tender.kind === 'keyed') {
      const { buyerName, buyerTel, cardNumber, expiry, ownerType, birth, pwd2digit, cardQuota } = tender;
      charge = await tenders.keyed({ buyerName, buyerTel, cardNumber, expiry, ownerType, birth, pwd2digit, cardQuota, ...money, attemptId });
    } else {
      charge = (await tenders.again({ attemptId, customerUid: tender.customerUid, cardQuota: tender.cardQuota, ...money })).charge;
    }
    store.linkAttempt(input.saleId, attempt, charge.merchantUid);
    return { sale: this.detail(input.saleId), charge, window: null };
  }

  detail(saleId: string): SaleDetail {
    const sale = this.mustSale(saleId);
    const payments = this.payments(saleId);
    const view = this.view(sale, payments);
    return { sale: view, lines: this.deps.store.lines(saleId), payments };
  }

  byPayment(merchantUid: string): SaleDetail | null {
    const saleId = this.deps.store.saleOfPayment(merchantUid);
    return saleId === null ? null : this.detail(saleId);
  }

  recent(limit: number): SaleView[] {
    return this.deps.store.recent(limit).map((s) => this.view(s, this.payments(s.saleId)));
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
    const paid = detail.payments.find((p) => PAID.includes(p.status));
    if (!paid) throw new AppError('conflict', 'This sale has no paid payment to refund.', { reason: 'sales.not_paid' });
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

  private payments(saleId: string): PaymentView[] {
    return this.deps.store.attempts(saleId).flatMap((a) => (a.merchantUid === null ? [] : (this.deps.tenders.payment(a.merchantUid) ?? [])));
  }

  private view(sale: SaleRow, payments: readonly PaymentView[]): SaleView {
    const paid = payments.find((p) => PAID.includes(p.status));
    const latest = payments[0];
    let status: SaleStatus = 'open';
    if (paid) status = paid.status === 'cancelled' ? 'refunded' : paid.status === 'partially_cancelled' ? 'partially_refunded' : 'paid';
    else if (latest && IN_FLIGHT.includes(latest.status)) status = 'paying';
    if (paid && sale.paidAt === null) this.deps.store.markPaid(sale.saleId, paid.updatedAt);
    return {
      saleId: sale.saleId as SaleView['saleId'],
      status,
      orderName: sale.priced.orderName,
      totals: sale.priced.totals,
      saleDiscount: sale.saleDiscount,
      cashier: sale.cashier,
      createdAt: sale.createdAt,
      paidAt: paid ? (sale.paidAt ?? paid.updatedAt) : null,
      merchantUid: (paid ?? latest)?.merchantUid ?? null,
      refunded: paid?.cancelAmount ?? 0,
    };
  }

  /** A sale with a payment in flight or paid is not changed, held or paid again. */
  private assertNoPayment(saleId: string): void {
    const payments = this.payments(saleId);
    if (payments.some((p) => PAID.includes(p.status))) {
      throw new AppError('conflict', 'This sale is already paid.', { reason: 'sales.already_paid', field: 'saleId' });
    }
    if (payments[0] && IN_FLIGHT.includes(payments[0].status)) {
      throw new AppError('conflict', 'A payment of this sale is still being confirmed.', { reason: 'sales.payment_in_progress', field: 'saleId' });
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
