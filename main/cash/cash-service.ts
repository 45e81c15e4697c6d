import type { CashRefundInput, CashSaleInput, CashSaleView, DrawerFigures, DrawerMovementInput } from '../../contract/cash';
import type { CashReceiptBuyer } from '../../contract/cash-receipts';
import { AppError } from '../../contract/result';
import { changeDue, nextPartTaxFree } from '../../domain/tender-split';
import type { AccessControl, Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Logger } from '../logging/logger';
import { newMerchantUid } from '../payments/merchant-uid';
import type { CashStore } from './cash-store';

export interface CashDeps {
  store: CashStore;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  now: () => number;
  /** Cancels the refunded sale's 현금영수증 and re-issues for the rest (main/cash-receipts). */
  afterRefund: (merchantUid: string, actor: Actor, buyer: CashReceiptBuyer | null) => Promise<void>;
  /** Cash receipts issued and cancelled in a period, for the drawer's figures. */
  receiptSums: (fromMs: number, toMs: number) => { issued: { count: number; amount: number }; cancelled: { count: number; amount: number } };
  /** Kicks the drawer open (the ESC/POS printer's); a till without one just records the cash. */
  openDrawer: () => Promise<void>;
}

/**
 * The cash drawer: every cash movement is one ledger row, written before the till says it is
 * done (cash has no PortOne record to recover from). Refunds, drops and pay-outs need a manager.
 */
export class CashService {
  constructor(private readonly deps: CashDeps) {}

  async take(input: CashSaleInput): Promise<CashSaleView> {
    const actor = this.deps.access.caller();
    const { store, now } = this.deps;
    const repeat = store.saleByAttempt(input.attemptId);
    if (repeat) return repeat;
    if (input.taxFree > input.amount) throw new AppError('invalid_input', 'Tax-free cannot exceed the amount.', { reason: 'cash.tax_free_exceeds', field: 'taxFree' });
    const change = changeDue(input.amount, input.given);
    if (change === null) {
      throw new AppError('invalid_input', 'The cash given does not cover the amount.', { reason: 'cash.not_enough_given', field: 'given', params: { amount: input.amount } });
    }
    const merchantUid = newMerchantUid(now());
    store.insertSale({ merchantUid, attemptId: input.attemptId, amount: input.amount, taxFree: input.taxFree, given: input.given, orderName: input.orderName, actor: actor.name, at: now() });
    this.deps.audit.record(actor, 'cash_taken', merchantUid, { amount: input.amount, given: input.given, change });
    this.kick();
    return this.saleOr404(merchantUid);
  }

  get(merchantUid: string): CashSaleView {
    return this.saleOr404(merchantUid);
  }

  /** Cash back for (part of) a cash sale; its tax-free share follows the tender-split rule unless given. */
  async refund(input: CashRefundInput): Promise<CashSaleView> {
    const actor = await this.deps.access.authorize('manager', input.approval);
    const { store, now } = this.deps;
    store.transaction(() => {
      const sale = this.saleOr404(input.merchantUid);
      const open = sale.amount - sale.refunded;
      if (input.amount > open) {
        throw new AppError('invalid_input', 'The refund is more than what is left of the sale.', { reason: 'cash.refund_exceeds', field: 'amount', params: { open } });
      }
      const openTaxFree = sale.taxFree - sale.refundedTaxFree;
      const taxFree = input.taxFree ?? nextPartTaxFree(sale, store.refundsOf(sale.merchantUid), input.amount);
      if (taxFree > input.amount || taxFree > openTaxFree || openTaxFree - taxFree > open - input.amount) {
        throw new AppError('invalid_input', 'This tax-free share does not fit the sale.', { reason: 'cash.tax_free_exceeds', field: 'taxFree', params: { open: openTaxFree } });
      }
      store.insertMovement({ kind: 'refund', merchantUid: sale.merchantUid, amount: input.amount, taxFree, reason: input.reason, actor: actor.name, at: now() });
    });
    this.deps.audit.record(actor, 'cash_refunded', input.merchantUid, { amount: input.amount, reason: input.reason });
    this.kick();
    await this.deps.afterRefund(input.merchantUid, actor, input.receiptBuyer);
    return this.saleOr404(input.merchantUid);
  }

  /** A drop to the safe or a pay-out from the drawer, with its reason. */
  async move(input: DrawerMovementInput): Promise<{ kind: 'drop' | 'payout'; amount: number; at: number }> {
    const actor = await this.deps.access.authorize('manager', input.approval);
    const at = this.deps.now();
    this.deps.store.insertMovement({ kind: input.kind, merchantUid: null, amount: input.amount, taxFree: 0, reason: input.reason, actor: actor.name, at });
    this.deps.audit.record(actor, 'cash_moved', null, { kind: input.kind, amount: input.amount, reason: input.reason });
    this.kick();
    return { kind: input.kind, amount: input.amount, at };
  }

  /** The drawer over [fromMs, toMs] opened with `float`: expected = float + sales − refunds − pay-outs − drops. */
  figures(fromMs: number, toMs: number, float: number): DrawerFigures {
    const s = this.deps.store.sums(fromMs, toMs);
    const receipts = this.deps.receiptSums(fromMs, toMs);
    return {
      float,
      ...s,
      expected: float + s.cashSales.amount - s.cashRefunds.amount - s.payouts.amount - s.drops.amount,
      receiptsIssued: receipts.issued,
      receiptsCancelled: receipts.cancelled,
    };
  }

  private kick(): void {
    this.deps.openDrawer().catch(() => this.deps.logger.info('cash drawer not opened'));
  }

  private saleOr404(merchantUid: string): CashSaleView {
    const sale = this.deps.store.sale(merchantUid);
    if (!sale) throw new AppError('not_found', 'No cash sale with this number.', { reason: 'cash.unknown_sale', field: 'merchantUid' });
    return sale;
  }
}
