import { randomBytes } from 'node:crypto';
import { AppError } from '../../contract/result';
import type { EventNote } from '../../contract/schemas';
import type { VbankAccount, WindowPayInput, WindowPayOutcome, WindowPayStarted, WindowPayState } from '../../contract/window-payments';
import { isCharged, isOpenStatus } from '../../domain/payment-status';
import type { Actor } from '../auth/access';
import type { Ledger, LedgerRecord, WindowDetails } from '../ledger/ledger';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { newMerchantUid } from '../payments/merchant-uid';
import type { Resolver } from '../payments/resolver';
import { settlementOf, TAMPERED_REASON } from '../payments/settlement';
import type { CallResult } from '../portone/outcomes';
import type { PortOnePayment } from '../portone/schemas';
import type { OpenedWindow, PaymentWindowHost } from './host';
import { buildPaymentPage } from './page';
import { parseReturnUrl, type ReturnReport } from './return-query';
import { validateWindowPay } from './settle-rules';
import { verdictOf } from './verify';

/** What the page needs from settings: the IMP merchant code, the window channel's MID, the SDK. */
export interface WindowConfig {
  impCode: string;
  windowMid: string;
  sdkUrl: string;
  /** Origins the window may use besides the PG allowlist (the sandbox's loopback origin). */
  extraOrigins: readonly string[];
}

export interface WindowPaymentDeps {
  ledger: Ledger;
  resolver: Resolver;
  backend: () => Backend | null;
  /** Null: this host cannot show a payment window. */
  host: PaymentWindowHost | null;
  /** Throws AppError naming the missing setting. */
  config: (backend: Backend) => WindowConfig;
  logger: Logger;
  now: () => number;
  actor: () => Actor;
  /** Called once per payment when its outcome is final (the core audits it). */
  onFinished: (state: WindowPayState, actor: Actor) => void;
  /** The customer has this long in the PG window before main closes it and looks the payment up. */
  timeoutMs?: number;
  newMerchantUid?: (now: number) => string;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;

interface Session {
  saleId: string;
  merchantUid: string;
  amount: number;
  backend: Backend;
  actor: Actor;
  phase: WindowPayState['phase'];
  outcome: WindowPayOutcome | null;
  message: string | null;
  vbank: VbankAccount | null;
  window: OpenedWindow | null;
  timer: NodeJS.Timeout | null;
  settled: Promise<void> | null;
}

/** A transfer's bank and an issued virtual account, as PortOne's payment has them. */
function windowDetailsOf(payment: PortOnePayment): WindowDetails {
  const vbank =
    payment.vbank_num === null
      ? null
      : { bank: payment.vbank_name ?? '', number: payment.vbank_num, holder: payment.vbank_holder ?? '', dueAtSeconds: payment.vbank_date > 0 ? payment.vbank_date : null };
  return { bankName: payment.bank_name, vbank, cashReceiptIssued: payment.cash_receipt_issued };
}

/** The outcome a ledger record stands for, by its status and the reason code this service wrote. */
function outcomeOf(record: LedgerRecord): WindowPayOutcome {
  if (record.reasonCode === 'tampered' || record.reasonCode === 'mismatch') return 'tampered';
  if (record.reasonCode === 'test_payment') return 'refused';
  switch (record.payment.status) {
    case 'paid':
    case 'cancelled':
    case 'partially_cancelled':
      return 'paid';
    case 'ready':
      return 'vbank_issued';
    case 'pending':
    case 'unknown':
      return 'checking';
    case 'failed':
    case 'rejected':
      return record.reasonCode === 'declined' ? 'declined' : record.reasonCode === 'invalid_request' ? 'refused' : 'closed';
  }
}

const CLOSED_REASON = 'The payment window was closed; PortOne confirms nothing was paid.';

/**
 * Payments in the PG's window (JS SDK v1). Main writes the intent, registers the amount with
 * `POST /payments/prepare`, has the host open a page built from non-secret values, and decides
 * the outcome only from PortOne's own answer (`GET /payments/{imp_uid}`, or `find` by
 * merchant_uid when the window closed without a usable return).
 */
export class WindowPaymentService {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly deps: WindowPaymentDeps) {}

  async start(input: WindowPayInput): Promise<WindowPayStarted> {
    validateWindowPay(input);
    const { host } = this.deps;
    if (!host) throw new AppError('unavailable', 'This host cannot open a payment window.', { reason: 'window_payments.no_window_host' });
    const open = [...this.sessions.values()].find((s) => s.phase !== 'done');
    if (open) {
      throw new AppError(
        'conflict',
        open.saleId === input.saleId
          ? 'A payment window is already open for this sale. Finish or close it first.'
          : 'Another payment window is open. Finish or close it first.',
        { reason: open.saleId === input.saleId ? 'window_payments.window_open_for_sale' : 'window_payments.other_window_open' },
      );
    }
    const paid = [...this.sessions.values()].find(
      (s) => s.saleId === input.saleId && (s.outcome === 'paid' || s.outcome === 'vbank_issued' || s.outcome === 'checking'),
    );
    if (paid) throw new AppError('conflict', 'This sale already has a payment. Start a new sale.', { reason: 'window_payments.sale_already_paid' });
    const backend = this.deps.backend();
    if (!backend) throw new AppError('unavailable', 'PortOne is not configured yet. Open settings.', { reason: 'settings.portone_not_configured' });
    const config = this.deps.config(backend);

    const { ledger, now, logger } = this.deps;
    const reuse = this.retryOf(input, backend);
    const merchantUid = reuse ?? (this.deps.newMerchantUid ?? newMerchantUid)(now());
    const at = now();
    const session: Session = {
      saleId: input.saleId,
      merchantUid,
      amount: input.amount,
      backend,
      actor: this.deps.actor(),
      phase: 'open',
      outcome: null,
      message: null,
      vbank: null,
      window: null,
      timer: null,
      settled: null,
    };
    // Reserved before the first await, so a second click cannot open a second window.
    this.sessions.set(merchantUid, session);
    try {
      if (reuse) ledger.reopen(merchantUid, null, at);
      else ledger.insertIntent({
        merchantUid,
        attemptId: null,
        saleId: input.saleId,
        kind: 'window',
        payMethod: input.payMethod,
        amount: input.amount,
        taxFree: input.taxFree,
        orderName: input.orderName,
        buyerName: input.buyerName,
        cardQuota: 0,
        cardNumberMasked: null,
        cashier: session.actor.name,
        sandbox: backend.sandbox,
        apiEnv: backend.apiEnv,
        at,
        // The window may charge from the moment it opens: a 404 right after is "not there yet".
        requestSentAt: at,
      });
      // A reused merchant_uid had its amount registered by the window it opened (the same amount).
      const prepared = reuse ? ({ kind: 'ok' } as const) : await backend.client.prepare(merchantUid, input.amount);
      if (prepared.kind !== 'ok') {
        ledger.mark(merchantUid, { status: 'failed', failReason: 'The amount could not be registered with PortOne.', reasonCode: 'not_sent' }, now(), {
          type: 'outcome',
          note: { code: 'prepare_failed', params: { cause: prepared.kind } },
        });
        this.finish(session, 'refused', 'The amount could not be registered with PortOne; the window was not opened.');
        throw new AppError('unavailable', 'PortOne did not register the amount, so the payment window was not opened. Try again.', { reason: 'window_payments.amount_not_registered' });
      }
      const nonce = randomBytes(16).toString('base64');
      const html = buildPaymentPage({
        sdkUrl: config.sdkUrl,
        impCode: config.impCode,
        windowMid: config.windowMid,
        merchantUid,
        amount: input.amount,
        taxFree: input.taxFree,
        orderName: input.orderName,
        buyerName: input.buyerName,
        buyerTel: input.buyerTel,
        buyerEmail: input.buyerEmail,
        payMethod: input.payMethod,
        company: input.company,
        companyEn: input.companyEn,
        returnUrl: host.returnUrl(merchantUid),
        aliveUrl: host.aliveUrl(merchantUid),
        nonce,
      });
      ledger.addEvent(merchantUid, now(), { type: 'window_opened', note: { code: 'window_opened', params: { payMethod: input.payMethod, mid: config.windowMid } } });
      session.window = host.open(
        { merchantUid, html, nonce, extraOrigins: config.extraOrigins },
        { returned: (url) => this.returned(merchantUid, url), closed: () => this.closed(merchantUid) },
      );
      session.timer = setTimeout(() => this.timedOut(merchantUid), this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      session.timer.unref();
      logger.info('window payment: opened', { merchantUid, amount: input.amount, payMethod: input.payMethod });
      return { merchantUid, pageUrl: session.window.pageUrl };
    } catch (error) {
      if (session.phase !== 'done') {
        this.sessions.delete(merchantUid);
        // The window never opened, so nothing can have been paid through it.
        if (ledger.get(merchantUid)?.payment.status === 'pending') {
          ledger.mark(merchantUid, { status: 'failed', failReason: 'The payment window could not be opened.', reasonCode: 'not_sent' }, now(), {
            type: 'outcome',
            note: { code: 'window_not_opened', params: {} },
          });
        }
      }
      throw error;
    }
  }

  /**
   * The sale's earlier window, by the ledger (so after a restart too): still open or being checked
   * → no second window; paid → none at all; settled as not paid after its window really opened
   * (its amount registered at PortOne) → its merchant_uid is reused, so that should "not paid"
   * ever be wrong, PortOne refuses the second payment as a duplicate of a paid merchant_uid.
   */
  private retryOf(input: WindowPayInput, backend: Backend): string | null {
    const earlier = this.deps.ledger.latestOfSale(input.saleId);
    if (!earlier || earlier.record.payment.kind !== 'window') return null;
    const { payment } = earlier.record;
    if (isOpenStatus(payment.status) || payment.status === 'ready') {
      throw new AppError('conflict', 'This sale has a payment still being checked with the card company. Wait for its answer.', { reason: 'charge.charge_in_flight' });
    }
    if (isCharged(payment.status)) throw new AppError('conflict', 'This sale already has a payment. Start a new sale.', { reason: 'window_payments.sale_already_paid' });
    const opened = this.deps.ledger.detail(payment.merchantUid)?.events.some((e) => e.type === 'window_opened') ?? false;
    const reusable = opened && !earlier.linked && earlier.record.apiEnv === backend.apiEnv && payment.amount === input.amount;
    return reusable ? payment.merchantUid : null;
  }

  state(merchantUid: string): WindowPayState {
    const record = this.deps.ledger.get(merchantUid);
    if (!record || record.payment.kind !== 'window') throw new AppError('not_found', 'No window payment with this order number.', { reason: 'window_payments.payment_not_found' });
    const session = this.sessions.get(merchantUid);
    // A `checking` payment is settled later by the resolver: then the ledger knows better.
    if (session && !(session.outcome === 'checking' && !isOpenStatus(record.payment.status))) {
      return { merchantUid, phase: session.phase, outcome: session.outcome, message: session.message, payment: record.payment, vbank: session.vbank };
    }
    // After a restart (or once the resolver settled it): what the ledger knows.
    return { merchantUid, phase: 'done', outcome: outcomeOf(record), message: record.payment.failReason, payment: record.payment, vbank: record.payment.window?.vbank ?? null };
  }

  /** The cashier stops waiting: the window closes and the payment is settled by lookup. */
  async close(merchantUid: string): Promise<WindowPayState> {
    const session = this.sessions.get(merchantUid);
    if (session && session.phase === 'open') {
      session.window?.close();
      this.closed(merchantUid);
    }
    await session?.settled;
    return this.state(merchantUid);
  }

  /** Resolves when no verification is running. */
  async whenIdle(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.settled));
  }

  /** Shutdown: windows close; their payments are looked up before the ledger closes. */
  async shutdown(): Promise<void> {
    for (const s of this.sessions.values()) {
      if (s.phase === 'open') {
        s.window?.close();
        this.closed(s.merchantUid);
      }
    }
    await this.whenIdle();
  }

  private returned(merchantUid: string, url: string): void {
    const session = this.sessions.get(merchantUid);
    if (!session || session.phase === 'verifying') return;
    if (session.phase === 'done' && session.outcome !== 'checking' && session.outcome !== 'closed') return;
    // A late return (after a close, a timeout, a "checking") is verified again: it may be an approval.
    this.endWindow(session);
    const report = parseReturnUrl(url);
    this.deps.logger.info('window payment: returned', { merchantUid, impUid: report.impUid, errorCode: report.errorCode });
    session.settled = this.verify(session, report).catch((error: unknown) => this.failSafe(session, error));
  }

  private closed(merchantUid: string): void {
    const session = this.sessions.get(merchantUid);
    if (!session || session.phase !== 'open') return;
    this.endWindow(session);
    this.deps.logger.info('window payment: window closed without a return', { merchantUid });
    session.settled = this.verify(session, null).catch((error: unknown) => this.failSafe(session, error));
  }

  private timedOut(merchantUid: string): void {
    const session = this.sessions.get(merchantUid);
    if (!session || session.phase !== 'open') return;
    this.deps.logger.warn('window payment: timed out', { merchantUid });
    session.window?.close();
    this.closed(merchantUid);
  }

  private endWindow(session: Session): void {
    session.phase = 'verifying';
    if (session.timer) clearTimeout(session.timer);
    session.window?.close();
  }

  /**
   * The callback is a hint: its imp_uid is fetched and checked against the sale. Anything but this
   * sale's payment (another order's, a 404 for an odd or foreign imp_uid, no answer) proves
   * nothing, so the sale is then found by its own merchant_uid.
   */
  private async verify(session: Session, report: ReturnReport | null): Promise<void> {
    const { client } = session.backend;
    const { ledger, now } = this.deps;
    const { merchantUid } = session;
    // The window is over: PortOne's grace for a payment it may still be recording starts now.
    this.deps.resolver.requestEnded(merchantUid);
    if (report?.impUid) {
      const byImpUid = await client.getPayment(report.impUid);
      if (byImpUid.kind === 'ok' && verdictOf(byImpUid.value, session).kind !== 'other_order') {
        return this.apply(session, byImpUid, report);
      }
      const why = byImpUid.kind === 'ok' ? 'belongs to another order' : `answered ${byImpUid.kind}`;
      this.deps.logger.warn('window payment: callback imp_uid not usable, looking up the order', { merchantUid, impUid: report.impUid, why });
      ledger.addEvent(merchantUid, now(), { type: 'callback_rejected', note: { code: 'callback_rejected', params: { impUid: report.impUid, cause: why } } });
    }
    await this.apply(session, await client.findByMerchantUid(merchantUid), report);
  }

  private async apply(session: Session, answer: CallResult<PortOnePayment>, report: ReturnReport | null): Promise<void> {
    const { ledger, now } = this.deps;
    const { merchantUid } = session;
    if (answer.kind === 'not_found' && report?.errorCode != null && report.impUid === null) {
      // The SDK refused before any PG window opened (no imp_uid): nothing can have been paid.
      const message = report.errorMsg ?? 'The payment window refused the request.';
      ledger.mark(merchantUid, { status: 'failed', failReason: message, reasonCode: 'invalid_request' }, now(), {
        type: 'outcome',
        note: { code: 'window_refused', params: { errorCode: report.errorCode } },
      });
      return this.finish(session, 'refused', message);
    }
    if (answer.kind !== 'ok') {
      // Not found yet, or no answer: PortOne may still record it; the resolver decides after the grace.
      return this.keepChecking(session, { code: 'verifying', params: { cause: answer.kind } });
    }
    const payment = answer.value;
    const verdict = verdictOf(payment, session);
    if (verdict.kind === 'paid' || verdict.kind === 'vbank_issued') ledger.setWindowDetails(merchantUid, windowDetailsOf(payment));
    const settlement = settlementOf(payment, session.backend, session.amount);
    if (settlement.reasonCode === 'test_payment' && (verdict.kind === 'paid' || verdict.kind === 'vbank_issued')) {
      ledger.settle(merchantUid, settlement, now(), { type: 'outcome', note: { code: 'test_payment', params: { impUid: payment.imp_uid } } });
      return this.finish(session, 'refused', settlement.failReason);
    }
    switch (verdict.kind) {
      case 'paid':
        ledger.settle(merchantUid, settlement, now(), { type: 'outcome', note: { code: 'paid', params: { impUid: payment.imp_uid, amount: payment.amount } } });
        return this.finish(session, 'paid', null);
      case 'vbank_issued':
        session.vbank = ledger.get(merchantUid)?.payment.window?.vbank ?? null;
        ledger.settle(merchantUid, settlement, now(), {
          type: 'vbank_issued',
          note: session.vbank
            ? { code: 'vbank_issued', params: { bank: session.vbank.bank, account: session.vbank.number, holder: session.vbank.holder } }
            : { code: 'vbank_pending', params: {} },
        });
        return this.finish(session, 'vbank_issued', null);
      case 'failed': {
        const closedByUser = report?.errorCode === 'F1002' || report === null;
        ledger.settle(merchantUid, { ...settlement, reasonCode: closedByUser ? 'not_charged' : 'declined' }, now(), {
          type: 'outcome',
          note: { code: 'failed', params: { impUid: payment.imp_uid, amount: payment.amount } },
        });
        return closedByUser ? this.finish(session, 'closed', null) : this.finish(session, 'declined', verdict.reason);
      }
      case 'in_progress':
        // `ready` without an account: the customer may still approve (a phone, a slow PG page).
        return this.keepChecking(session, { code: 'in_progress', params: { impUid: payment.imp_uid } });
      case 'cancelled':
        ledger.mark(merchantUid, { status: 'failed', failReason: CLOSED_REASON, reasonCode: 'not_charged' }, now(), {
          type: 'outcome',
          note: { code: 'window_closed', params: { status: payment.status, impUid: payment.imp_uid } },
        });
        return this.finish(session, 'closed', null);
      case 'tampered':
        return this.cancelTampered(session, payment, verdict.reason);
      case 'other_order':
        // find/{merchant_uid} answered for another order: it says nothing about this one.
        return this.keepChecking(session, { code: 'other_payment', params: {} });
    }
  }

  /** Open until PortOne says otherwise: the resolver looks it up and settles it (grace from the window's end). */
  private keepChecking(session: Session, note: EventNote): void {
    const { merchantUid } = session;
    this.deps.ledger.mark(merchantUid, { status: 'unknown', failReason: null, reasonCode: 'checking' }, this.deps.now(), { type: 'outcome', note });
    this.deps.resolver.track(merchantUid);
    this.finish(session, 'checking', null);
  }

  /** A payment for this sale with another amount: cancelled at PortOne at once, the cashier told. */
  private async cancelTampered(session: Session, payment: PortOnePayment, reason: string): Promise<void> {
    const { ledger, now, logger } = this.deps;
    const { merchantUid } = session;
    logger.error('window payment: amount mismatch, cancelling', { merchantUid, impUid: payment.imp_uid });
    ledger.addEvent(merchantUid, now(), { type: 'tampered', note: { code: 'tampered', params: { actual: payment.amount, amount: session.amount } } });
    const cancelled = await session.backend.client.cancel({
      imp_uid: payment.imp_uid,
      reason: 'POS: amount did not match the sale (tampering)',
      checksum: payment.amount - payment.cancel_amount,
    });
    const final = cancelled.kind === 'ok' ? cancelled.value : payment;
    // Cancelled: `tampered`, final. Cancel unanswered or refused: a mismatch, open until a lookup sees it cancelled.
    const settlement = settlementOf(final, session.backend, session.amount);
    ledger.settle(merchantUid, settlement, now(), {
      type: 'outcome',
      note:
        cancelled.kind === 'ok'
          ? { code: 'tamper_cancelled', params: { impUid: payment.imp_uid } }
          : { code: 'tamper_cancel_failed', params: { cause: cancelled.kind } },
    });
    if (isOpenStatus(settlement.status)) this.deps.resolver.track(merchantUid);
    const message = cancelled.kind === 'ok' ? `${TAMPERED_REASON} (${reason})` : `${reason}. Cancelling it at PortOne failed: cancel it in the PortOne console.`;
    this.finish(session, 'tampered', message);
  }

  /** An unexpected error while verifying: the payment stays open for the resolver, never "not paid". */
  private failSafe(session: Session, error: unknown): void {
    this.deps.logger.error('window payment: verification crashed', { merchantUid: session.merchantUid, error: error instanceof Error ? error.name : 'unknown' });
    this.deps.resolver.track(session.merchantUid);
    this.finish(session, 'checking', null);
  }

  private finish(session: Session, outcome: WindowPayOutcome, message: string | null): void {
    if (session.timer) clearTimeout(session.timer);
    session.phase = 'done';
    session.outcome = outcome;
    session.message = message;
    this.deps.logger.info('window payment: finished', { merchantUid: session.merchantUid, outcome });
    if (this.deps.ledger.get(session.merchantUid)) this.deps.onFinished(this.state(session.merchantUid), session.actor);
  }
}
