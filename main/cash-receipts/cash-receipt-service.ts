import type { CashSaleView } from '../../contract/cash';
import {
  receiptOpen,
  type CashReceiptBuyer,
  type CashReceiptSettings,
  type CashReceiptView,
  type IssueCashReceiptInput,
  type IssueCashReceiptResult,
} from '../../contract/cash-receipts';
import { AppError } from '../../contract/result';
import type { ManagerApproval } from '../../contract/schemas';
import { daysLate, maskIdentifier, receiptRecipient, SELF_ISSUE_IDENTIFIER } from '../../domain/cash-receipt-rules';
import type { AccessControl, Actor } from '../auth/access';
import type { AuditLog } from '../audit/audit-log';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import type { RequestGrace } from '../portone/request-grace';
import type { PortOneExternalReceipt } from '../portone/schemas';
import type { CashReceiptRequest, CashReceiptStore, StoredCashReceipt } from './cash-receipt-store';

export interface CashReceiptDeps {
  store: CashReceiptStore;
  /** The cash sale a receipt is for, with what of it has been refunded. */
  cashSale: (cashUid: string) => CashSaleView | null;
  /** The cash sale taken under a sale part's attempt id, if it was taken. */
  cashSaleByAttempt: (attemptId: string) => CashSaleView | null;
  backend: () => Backend | null;
  /** Used when no channel key is set and the backend is a sandbox. */
  sandboxChannelKey: string;
  /** "Can a request for this receipt still be arriving at PortOne?": the resolver's clock and grace. */
  grace: RequestGrace;
  access: AccessControl;
  audit: AuditLog;
  logger: Logger;
  now: () => number;
}

const SELF_ISSUE: CashReceiptBuyer = { identifierType: 'phone', identifier: SELF_ISSUE_IDENTIFIER, type: 'person' };
const secondsToMs = (s: number): number => s * 1000;
/** How often a receipt left open is asked about again while the till runs. */
export const DEFAULT_CASH_RECEIPT_POLL_MS = 30_000;

/**
 * 현금영수증 for cash taken at the till, with the same safety as a charge: the intent (its
 * merchant_uid, amount, tax_free, type, identifier type, the identifier masked) is in the ledger
 * before PortOne is asked; a lost answer is resolved by `GET /receipts/external/{merchant_uid}`,
 * never by issuing again under a new id. The merchant_uid is the key: PortOne refuses a second
 * standing receipt under it, so even a re-sent request cannot make two.
 */
export class CashReceiptService {
  /** Receipts with a request out from this process: the background check leaves them to it. */
  private readonly talking = new Set<string>();
  /** Sale parts between `expectReceipt` and the end of their own receipt attempt in this process. */
  private readonly parts = new Set<string>();
  /** The recovery under way: the poller's first tick and the host's start-up call share it, never run side by side. */
  private recovering: Promise<void> | null = null;

  constructor(private readonly deps: CashReceiptDeps) {}

  settings(): CashReceiptSettings {
    return this.deps.store.settings();
  }

  async saveSettings(settings: CashReceiptSettings, approval?: ManagerApproval): Promise<CashReceiptSettings> {
    const actor = await this.deps.access.authorize('manager', approval);
    this.deps.store.saveSettings(settings);
    this.deps.audit.record(actor, 'settings_changed', 'cash_receipts', { mandatorySector: settings.mandatorySector, channelKeySet: settings.channelKey !== '' });
    return this.settings();
  }

  list(cashUid: string): CashReceiptView[] {
    return this.deps.store.forCash(cashUid).map((r) => r.view);
  }

  /** After the cash tender, or later from history (warned past the legal 5 days). */
  async issue(input: IssueCashReceiptInput): Promise<IssueCashReceiptResult> {
    const actor = this.deps.access.caller();
    return this.issueFor(input.cashUid, input.buyer, actor, false);
  }

  /**
   * Before a sale's cash part is taken: what its receipt is to be (the buyer's number with it), so
   * that start-up issues it if the till stops between the cash and the receipt. Kept only until
   * the receipt's own intent is written.
   */
  expectReceipt(attemptId: string, buyer: CashReceiptBuyer | null, actor: Actor, saleAmount: number): void {
    this.deps.store.writeRequest({ attemptId, saleAmount, buyer, actor }, this.deps.now());
    this.parts.add(attemptId);
  }

  /**
   * Right after a sale's cash part is in the drawer: to the buyer's number, else 자진발급 when the
   * rule asks for it — judged on the whole sale (`saleAmount`), of which the cash may be a part.
   */
  async afterCashPart(cashUid: string, attemptId: string, buyer: CashReceiptBuyer | null, actor: Actor, saleAmount: number): Promise<IssueCashReceiptResult> {
    try {
      return await this.issueFor(cashUid, buyer, actor, false, saleAmount);
    } finally {
      this.parts.delete(attemptId);
      // Answered (or refused before anything was sent, shown to the cashier): the number is not needed any more.
      // Still open, it is kept: should PortOne turn out to hold none, the background check issues it again.
      if (!this.deps.store.forCash(cashUid).some((r) => receiptOpen(r.view.state))) this.deps.store.dropRequest(attemptId);
    }
  }

  /** Asks PortOne about one receipt and returns what the ledger now says. */
  async refresh(merchantUid: string): Promise<CashReceiptView> {
    const stored = this.getOr404(merchantUid);
    await this.lookup(stored);
    return this.getOr404(merchantUid).view;
  }

  /** 오류발급: cancel an issued receipt without a refund. */
  async cancel(merchantUid: string, approval?: ManagerApproval): Promise<CashReceiptView> {
    const actor = await this.deps.access.authorize('manager', approval);
    const stored = this.getOr404(merchantUid);
    if (stored.view.state !== 'issued') throw new AppError('conflict', 'Only an issued cash receipt can be cancelled.', { reason: 'cash_receipts.not_issued', field: 'merchantUid' });
    return this.cancelOne(stored, actor);
  }

  /**
   * A refund of the cash cancels its receipt; what is left of the sale gets a new one, to the
   * buyer's number when given again (it is never kept), else to the 자진발급 code.
   */
  async afterCashRefund(cashUid: string, actor: Actor, buyer: CashReceiptBuyer | null): Promise<void> {
    const standing = this.deps.store.forCash(cashUid).find((r) => r.view.state === 'issued');
    if (!standing) return;
    const cancelled = await this.cancelOne(standing, actor);
    if (cancelled.state !== 'cancelled') {
      this.deps.logger.warn('cash receipt cancel after refund not confirmed', { merchantUid: standing.view.merchantUid, state: cancelled.state });
      return;
    }
    const sale = this.deps.cashSale(cashUid);
    if (sale && sale.amount - sale.refunded > 0) await this.issueFor(cashUid, buyer, actor, true);
  }

  /**
   * At start-up and then in the background: every receipt whose answer a crash or a lost
   * connection left open is looked up; then every cash part whose receipt was asked for but not
   * issued (a stop between the cash and the receipt, or an answer lost and PortOne holding none)
   * is issued — after PortOne has said it holds none under that number, so never twice. What this
   * process is still asking PortOne about itself is left to it.
   */
  recoverPending(): Promise<void> {
    this.recovering ??= this.recoverOnce().finally(() => {
      this.recovering = null;
    });
    return this.recovering;
  }

  private async recoverOnce(): Promise<void> {
    for (const stored of this.deps.store.open()) if (!this.talking.has(stored.view.merchantUid)) await this.lookup(stored);
    for (const request of this.deps.store.requests()) if (!this.parts.has(request.attemptId)) await this.resume(request);
  }

  private async resume(request: CashReceiptRequest): Promise<void> {
    const { store } = this.deps;
    const sale = this.deps.cashSaleByAttempt(request.attemptId);
    // The cash was never taken: no receipt is owed (a retry of the part asks again).
    if (!sale) return store.dropRequest(request.attemptId);
    const receipts = store.forCash(sale.merchantUid);
    if (receipts.some((r) => receiptOpen(r.view.state))) return; // still unknown: the next start asks again
    const backend = this.deps.backend();
    if (!backend) return; // kept for a start with PortOne set up
    if (receipts.length === 0) {
      // No intent was written, so nothing should be at PortOne; if something is, it is this receipt.
      const seen = await backend.client.getExternalReceipt(sale.merchantUid);
      if (seen.outcome === 'unknown' || seen.outcome === 'rejected') return;
      if (seen.outcome === 'found') {
        this.adopt(sale, request, seen.receipt, backend.apiEnv);
        return store.dropRequest(request.attemptId);
      }
    }
    if (receipts.some((r) => r.view.state === 'issued' || r.view.state === 'cancelled')) return store.dropRequest(request.attemptId);
    try {
      await this.afterCashPart(sale.merchantUid, request.attemptId, request.buyer, request.actor, request.saleAmount);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.deps.logger.warn('cash receipt not issued at start-up', { cashUid: sale.merchantUid, reason: error.reason ?? error.code });
    }
  }

  /** A receipt PortOne holds under the cash sale's number that the ledger never wrote: recorded as it is there. */
  private adopt(sale: CashSaleView, request: CashReceiptRequest, found: PortOneExternalReceipt, apiEnv: string): void {
    const target = request.buyer ?? SELF_ISSUE;
    this.deps.store.writeIntent({
      merchantUid: sale.merchantUid,
      cashUid: sale.merchantUid,
      amount: found.amount,
      taxFree: sale.taxFree - sale.refundedTaxFree,
      type: found.type,
      identifierType: target.identifierType,
      identifierMasked: request.buyer ? maskIdentifier(request.buyer.identifier, request.buyer.identifierType) : SELF_ISSUE_IDENTIFIER,
      selfIssued: !request.buyer,
      apiEnv,
      createdBy: request.actor.name,
      at: this.deps.now(),
    });
    this.applyFound(sale.merchantUid, found, null);
  }

  private async issueFor(cashUid: string, buyer: CashReceiptBuyer | null, actor: Actor, reissue: boolean, saleAmount = 0): Promise<IssueCashReceiptResult> {
    const { store, now } = this.deps;
    const sale = this.deps.cashSale(cashUid);
    if (!sale) throw new AppError('not_found', 'No cash sale with this number.', { reason: 'cash_receipts.unknown_cash_sale', field: 'cashUid' });
    const amount = sale.amount - sale.refunded;
    const taxFree = sale.taxFree - sale.refundedTaxFree;
    const late = daysLate(sale.takenAt, now());
    const receipts = store.forCash(cashUid);
    if (receipts.some((r) => receiptOpen(r.view.state))) {
      throw new AppError('conflict', 'A cash receipt for this sale is still being checked with PortOne.', { reason: 'cash_receipts.in_progress', field: 'cashUid' });
    }
    if (receipts.some((r) => r.view.state === 'issued')) {
      throw new AppError('conflict', 'This sale already has a cash receipt.', { reason: 'cash_receipts.already_issued', field: 'cashUid' });
    }
    if (amount <= 0) throw new AppError('conflict', 'Nothing of this sale is left to issue a receipt for.', { reason: 'cash_receipts.nothing_to_issue', field: 'cashUid' });

    const recipient = buyer ? 'buyer' : reissue ? 'self_issue' : receiptRecipient({ mandatorySector: store.settings().mandatorySector, cashAmount: amount, saleAmount, buyerGaveNumber: false });
    if (recipient === 'none') return { recipient, receipt: null, daysLate: late };

    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet.', { reason: 'cash_receipts.not_configured' });
    const channelKey = store.settings().channelKey || (backend.sandbox ? this.deps.sandboxChannelKey : '');
    if (!channelKey) throw new AppError('unavailable', 'Set the PortOne channel key for cash receipts first.', { reason: 'cash_receipts.not_configured', field: 'channelKey' });

    const target = buyer ?? SELF_ISSUE;
    // A receipt PortOne surely lacks keeps its id; otherwise the next one is numbered after the sale's.
    const last = receipts.at(-1);
    const merchantUid = last && (last.view.state === 'rejected' || last.view.state === 'not_sent') ? last.view.merchantUid : receipts.length === 0 ? cashUid : `${cashUid}-${receipts.length + 1}`;
    store.writeIntent({
      merchantUid,
      cashUid,
      amount,
      taxFree,
      type: target.type,
      identifierType: target.identifierType,
      identifierMasked: buyer ? maskIdentifier(buyer.identifier, buyer.identifierType) : SELF_ISSUE_IDENTIFIER,
      selfIssued: !buyer,
      apiEnv: backend.apiEnv,
      createdBy: actor.name,
      at: now(),
    });
    const answer = await this.sent(merchantUid, () => backend.client.issueExternalReceipt({
      merchant_uid: merchantUid,
      channel_key: channelKey,
      name: sale.orderName,
      amount,
      tax_free: taxFree,
      identifier: target.identifier,
      identifier_type: target.identifierType,
      type: target.type,
    }));
    switch (answer.outcome) {
      case 'issued':
        this.applyFound(merchantUid, answer.receipt, null);
        break;
      case 'rejected':
        store.update(merchantUid, { state: 'rejected', failReason: answer.reason }, now());
        // "Already issued" can be our own earlier request whose answer was lost: PortOne knows.
        if (answer.rejection === 'invalid_request') await this.lookup(this.getOr404(merchantUid), true);
        break;
      case 'unknown':
        store.update(merchantUid, { state: 'unknown', failReason: answer.detail }, now());
        await this.lookup(this.getOr404(merchantUid));
        break;
      case 'not_sent':
        store.update(merchantUid, { state: 'not_sent', failReason: answer.detail }, now());
        break;
    }
    const receipt = this.getOr404(merchantUid).view;
    if (receipt.state === 'issued') {
      this.deps.audit.record(actor, 'cash_receipt_issued', merchantUid, { cashUid, amount, selfIssued: receipt.selfIssued, daysLate: late });
    }
    return { recipient, receipt, daysLate: late };
  }

  private async cancelOne(stored: StoredCashReceipt, actor: Actor): Promise<CashReceiptView> {
    const { store, now } = this.deps;
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet.', { reason: 'cash_receipts.not_configured' });
    const { merchantUid } = stored.view;
    store.update(merchantUid, { state: 'cancelling' }, now());
    const answer = await this.sent(merchantUid, () => backend.client.cancelExternalReceipt(merchantUid));
    switch (answer.outcome) {
      case 'cancelled':
        this.applyFound(merchantUid, answer.receipt, null);
        break;
      case 'none':
        store.update(merchantUid, { state: 'not_sent', failReason: 'PortOne has no receipt under this number.' }, now());
        break;
      case 'not_sent':
        store.update(merchantUid, { state: 'issued', failReason: `The cancel did not leave the till: ${answer.detail}` }, now());
        break;
      case 'rejected':
      case 'unknown':
        // Already cancelled, or no answer: PortOne's own record says which.
        await this.lookup(this.getOr404(merchantUid));
        break;
    }
    const view = this.getOr404(merchantUid).view;
    if (view.state === 'cancelled') this.deps.audit.record(actor, 'cash_receipt_cancelled', merchantUid, { cashUid: view.cashUid, amount: view.amount });
    return view;
  }

  /**
   * PortOne's record decides: standing = issued, cancelled = cancelled, none = it has none. After a
   * refusal (`afterRefusal`) a none keeps the refusal. With no answer the row stays open.
   */
  private async lookup(stored: StoredCashReceipt, afterRefusal = false): Promise<void> {
    const backend = this.deps.backend();
    // A receipt issued in another environment is only known there.
    if (!backend || backend.apiEnv !== stored.apiEnv) return;
    const { merchantUid, state } = stored.view;
    const answer = await backend.client.getExternalReceipt(merchantUid);
    switch (answer.outcome) {
      case 'found':
        this.applyFound(merchantUid, answer.receipt, state === 'cancelling' && answer.receipt.cancelled_at === 0 ? 'The cancel did not reach PortOne: cancel again.' : null);
        break;
      case 'none':
        if (afterRefusal) break;
        // A request whose answer was lost may still be on its way to PortOne: "none" is final only once it surely ended.
        if ((state === 'sending' || state === 'unknown') && !this.deps.grace.surelyEnded(merchantUid)) {
          this.deps.store.update(merchantUid, { state: 'unknown', failReason: 'PortOne has none yet; asked again once the request has surely ended.' }, this.deps.now());
          break;
        }
        this.deps.grace.forget(merchantUid);
        this.deps.store.update(merchantUid, { state: 'not_sent', failReason: 'PortOne has no receipt under this number.' }, this.deps.now());
        break;
      case 'unknown':
        if (state === 'sending') this.deps.store.update(merchantUid, { state: 'unknown', failReason: answer.detail }, this.deps.now());
        break;
      case 'rejected':
        this.deps.logger.warn('cash receipt lookup refused', { merchantUid, reason: answer.reason });
        break;
    }
  }

  /** A request to PortOne about one receipt; its end starts the grace a later "none" waits for. */
  private async sent<T>(merchantUid: string, request: () => Promise<T>): Promise<T> {
    this.talking.add(merchantUid);
    try {
      return await request();
    } finally {
      this.talking.delete(merchantUid);
      this.deps.grace.ended(merchantUid);
    }
  }

  private applyFound(merchantUid: string, receipt: PortOneExternalReceipt, failReason: string | null): void {
    const cancelled = receipt.cancelled_at !== 0;
    this.deps.store.update(
      merchantUid,
      {
        state: cancelled ? 'cancelled' : 'issued',
        applyNum: receipt.apply_num,
        ...(receipt.receipt_url ? { receiptUrl: receipt.receipt_url } : {}),
        appliedAt: secondsToMs(receipt.applied_at),
        // The till's clock, first time it learns of it: the day that counts the cancel (the store keeps the first).
        ...(cancelled ? { cancelledAt: this.deps.now() } : {}),
        failReason,
      },
      this.deps.now(),
    );
  }

  private getOr404(merchantUid: string): StoredCashReceipt {
    const stored = this.deps.store.get(merchantUid);
    if (!stored) throw new AppError('not_found', 'No cash receipt with this number.', { reason: 'cash_receipts.not_issued', field: 'merchantUid' });
    return stored;
  }
}
