import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Credentials } from '../config/secret-vault';
import type { Handlers } from '../ipc/handlers';
import { Ledger } from '../ledger/ledger';
import { AccessService } from '../auth/access-service';
import { AccountStore } from '../auth/account-store';
import { requireSession } from '../auth/session-guard';
import { SqliteAuditLog } from '../audit/sqlite-audit-log';
import { DayCloseService } from '../close/day-close-service';
import { DayStore } from '../close/day-store';
import { NO_PRINTER } from '../print/document-printer';
import { createPrinterSettingsStore } from '../printer/printer-settings-store';
import { PrinterService } from '../printer/printer-service';
import { systemSerial } from '../printer/transports/serial';
import { printerHandlers } from './handlers/printer';
import { auditHandlers } from './handlers/audit';
import { authHandlers } from './handlers/auth';
import { closeHandlers } from './handlers/close';
import { ChargeRunner } from '../payments/charge-runner';
import { auditCharge } from '../payments/charge-audit';
import { CardRegistration } from '../customers/card-registration';
import { CustomerService } from '../customers/customer-service';
import { CustomerStore } from '../customers/customer-store';
import { KeyedChargeService } from '../payments/keyed-charge';
import { DEFAULT_SETTLE_GRACE_MS, Resolver } from '../payments/resolver';
import { RequestGrace } from '../portone/request-grace';
import { DEFAULT_TIMEOUTS } from '../portone/client';
import { HistorySearch } from '../history/history-search';
import { ReceiptService } from '../receipts/receipt-service';
import { RefundService } from '../refunds/refund-service';
import { RefundStore } from '../refunds/refund-store';
import { historyHandlers } from './handlers/history';
import { receiptHandlers } from './handlers/receipts';
import { refundHandlers } from './handlers/refunds';
import type { AppCore, AppCoreDeps } from './app-core.types';
import { windowPaymentHandlers } from './handlers/window-payments';
import { windowConfigFor } from '../window-payments/config';
import { WindowPaymentService } from '../window-payments/service';
import { customerHandlers } from './handlers/customers';
import { scheduleHandlers } from './handlers/schedules';
import { Poller } from './poller';
import { DEFAULT_SCHEDULE_POLL_MS, ScheduleService } from '../schedules/schedule-service';
import { ScheduleStore } from '../schedules/schedule-store';
import { chargeHandlers } from './handlers/charge';
import { settingsHandlers } from './handlers/settings';
import { PortOneBackend } from './portone-backend';
import { catalogHandlers } from './handlers/catalog';
import { CatalogService } from '../catalog/catalog-service';
import { CatalogStore } from '../catalog/catalog-store';
import { salesHandlers } from './handlers/sales';
import { SaleService } from '../sales/sale-service';
import { SaleStore } from '../sales/sale-store';
import { cashFaceOf, receiptSectionsOf } from '../sales/receipt-sections';
import { CashService } from '../cash/cash-service';
import { CashStore } from '../cash/cash-store';
import { CashReceiptService, DEFAULT_CASH_RECEIPT_POLL_MS } from '../cash-receipts/cash-receipt-service';
import { CashReceiptStore } from '../cash-receipts/cash-receipt-store';
import { cashHandlers } from './handlers/cash';
import { cashReceiptHandlers } from './handlers/cash-receipts';

export { SANDBOX_JOURNAL_FILE } from './portone-backend';

/**
 * Composition root shared by both hosts, wiring only: the ledger, the PortOne backend for the
 * chosen environment (portone-backend.ts; the host passes the embedded sandbox in), the services,
 * and each feature's handlers (handlers/<feature>.ts).
 */
export async function createAppCore(deps: AppCoreDeps): Promise<AppCore> {
  const now = deps.now ?? Date.now;
  const { logger } = deps;
  mkdirSync(deps.dataDir, { recursive: true });
  const ledger = new Ledger({
    dataDir: deps.dataDir,
    ...(deps.sqliteNativeBinding ? { nativeBinding: deps.sqliteNativeBinding } : {}),
  });
  const keys = await deps.vault.keys();
  const audit = new SqliteAuditLog(ledger.database, now, keys.audit);
  const access = new AccessService({ accounts: new AccountStore(ledger.database), audit, now, pepper: keys.pepper });
  const portone = new PortOneBackend({
    dataDir: deps.dataDir,
    settings: deps.settings,
    savedCredentials: () => savedCredentials(),
    logger,
    now,
    portoneApiUrl: deps.portoneApiUrl,
    portoneTimeouts: deps.portoneTimeouts,
    sandbox: deps.sandbox,
  });

  const resolver = new Resolver({
    ledger,
    backend: () => portone.backend(),
    logger,
    now,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.settleGraceMs !== undefined ? { settleGraceMs: deps.settleGraceMs } : {}),
    ...(deps.monotonic ? { monotonic: deps.monotonic } : {}),
    // A card replacement may be waiting for this payment (customers is built below; called only later).
    onSettled: () => void customers.resumeReplacements().catch(() => logger.warn('card replacement: resume failed')),
  });
  const runnerDeps = { ledger, resolver, backend: () => portone.backend(), logger, now, cashier: () => access.current().name };
  // One runner for keyed and billing-key charges: one charge at a time, the same intent/outcome/resolution path.
  const runner = new ChargeRunner(runnerDeps);
  const customerStore = new CustomerStore(ledger.database);
  // Each service asks "can this request still be arriving?" on the same monotonic clock and grace as the resolver.
  const grace = (): RequestGrace => new RequestGrace(deps.settleGraceMs ?? DEFAULT_SETTLE_GRACE_MS, deps.monotonic);
  const schedules = new ScheduleService({
    store: new ScheduleStore(ledger.database),
    customers: customerStore,
    ledger,
    backend: runnerDeps.backend,
    access,
    audit,
    logger,
    now,
    grace: grace(),
  });
  const schedulePoller = new Poller('schedule', () => schedules.poll(), deps.schedulePollMs ?? DEFAULT_SCHEDULE_POLL_MS, logger);
  const customers = new CustomerService({
    store: customerStore,
    ledger,
    runner,
    backend: runnerDeps.backend,
    access,
    audit,
    logger,
    now,
    // No schedule may point at a deleted key (main/schedules).
    beforeKeyDeleted: (customerUid) => schedules.revokeBeforeKeyDeleted(customerUid),
  });
  const charges = new KeyedChargeService({ ...runnerDeps, runner, cards: customers });
  const registration = new CardRegistration({
    store: customerStore,
    backend: runnerDeps.backend,
    access,
    audit,
    logger,
    now,
    contracted: () => deps.settings.get().hectoBillingKeyOnly,
    grace: grace(),
  });

  const windowPayments = new WindowPaymentService({
    ledger,
    resolver,
    backend: () => portone.backend(),
    host: deps.paymentWindow ?? null,
    config: (backend) =>
      windowConfigFor({ apiBaseUrl: backend.client.baseUrl, settings: deps.settings.get(), sdkUrl: deps.iamportJsUrl, sandbox: deps.sandbox.account }),
    logger,
    now,
    actor: () => access.current(),
    onFinished: (state, actor) =>
      auditCharge(audit, actor, { merchantUid: state.merchantUid, kind: 'window', amount: state.payment.amount, outcome: state.outcome }),
  });

  const refundStore = new RefundStore(ledger.database);
  const refunds = new RefundService({
    ledger,
    store: refundStore,
    backend: () => portone.backend(),
    access,
    audit,
    logger,
    now,
    grace: grace(),
  });
  const catalog = new CatalogService({ store: new CatalogStore(ledger.database), access, audit, now });
  const history = new HistorySearch(ledger);
  const thermal = new PrinterService({
    store: createPrinterSettingsStore({ filePath: join(deps.dataDir, 'printer-settings.json'), logger }),
    serial: deps.serial ?? systemSerial,
    logger,
    ...(deps.printerTimeouts ? { timeouts: deps.printerTimeouts } : {}),
  });
  const cashStore = new CashStore(ledger.database);
  const cashReceiptStore = new CashReceiptStore(ledger.database);
  const cashReceipts = new CashReceiptService({
    store: cashReceiptStore,
    cashSale: (uid) => cashStore.sale(uid),
    cashSaleByAttempt: (attemptId) => cashStore.saleByAttempt(attemptId),
    backend: () => portone.backend(),
    sandboxChannelKey: deps.sandbox.account.channelKey,
    grace: grace(),
    access,
    audit,
    logger,
    now,
  });
  // A 현금영수증 whose answer a lost connection left open is asked about again while the till runs, not only at the next start.
  const receiptPoller = new Poller('cash receipt', () => cashReceipts.recoverPending(), deps.cashReceiptPollMs ?? DEFAULT_CASH_RECEIPT_POLL_MS, logger);
  const cash = new CashService({
    store: cashStore,
    access,
    audit,
    logger,
    now,
    afterRefund: (uid, actor, buyer) => cashReceipts.afterCashRefund(uid, actor, buyer),
    receiptSums: (from, to) => cashReceiptStore.sums(from, to),
    openDrawer: () => thermal.openDrawer(),
  });

  const saleStore = new SaleStore(ledger.database);
  const sales = new SaleService({
    store: saleStore,
    product: (productId) => catalog.product(productId),
    tenders: {
      keyed: (input) => charges.chargeKeyed(input),
      again: (input) => customers.chargeAgain(input),
      window: (input) => windowPayments.start(input),
      payment: (merchantUid) => ledger.get(merchantUid)?.payment ?? null,
      refundQuote: (merchantUid) => refunds.quote(merchantUid),
      refund: (input) => refunds.refund(input),
    },
    cash: {
      take: (input) => cash.take(input),
      sale: (uid) => cashStore.sale(uid),
      refund: (input) => cash.refund(input),
      expectReceipt: (attemptId, buyer, actor, saleAmount) => cashReceipts.expectReceipt(attemptId, buyer, actor, saleAmount),
      issueReceipt: (uid, attemptId, buyer, actor, saleAmount) => cashReceipts.afterCashPart(uid, attemptId, buyer, actor, saleAmount),
      receipts: (uid) => cashReceipts.list(uid),
    },
    access,
    audit,
    now,
  });
  const receipts = new ReceiptService({
    ledger,
    refunds: refundStore,
    printer: deps.printer ?? NO_PRINTER,
    thermal,
    store: () => deps.settings.get(),
    access,
    audit,
    now,
    sale: (merchantUid) => {
      const detail = sales.byPayment(merchantUid);
      return detail ? receiptSectionsOf(detail, deps.settings.get().lang) : undefined;
    },
    cashFace: (merchantUid) => {
      const detail = sales.byPayment(merchantUid);
      return detail ? cashFaceOf(detail, merchantUid, portone.backend()?.sandbox ?? false) : null;
    },
    lastCash: () => cashStore.latestSale(),
  });

  /** After a switch, intents that belong to the newly active PortOne can be resolved. */
  async function reconfigure(): Promise<void> {
    await portone.configure();
    void resolver.recoverPending().catch(() => logger.warn('recovery after reconfigure failed'));
  }

  /** A vault that cannot be read (e.g. the OS keyring is locked) must not keep the till from starting. */
  async function savedCredentials(): Promise<Credentials | null> {
    try {
      return await deps.vault.load();
    } catch {
      logger.warn('credentials could not be read; running as if none were saved');
      return null;
    }
  }

  const dayStore = new DayStore(ledger.database);
  const days = new DayCloseService({
    days: dayStore,
    access,
    audit,
    backend: () => portone.backend(),
    now,
    printer: deps.printer ?? NO_PRINTER,
    letterhead: () => {
      const { lang, storeName, businessNumber } = deps.settings.get();
      return { lang, storeName, businessNumber };
    },
    auditHead: () => audit.head(),
    salesSummary: (fromMs, toMs) => saleStore.summary(fromMs, toMs),
    drawer: (from, to, float) => cash.figures(from, to, float),
    receiptsOfPeriod: (from, to, apiEnv) => cashReceiptStore.ofPeriod(from, to, apiEnv),
  });

  const handlers: Handlers = {
    ...settingsHandlers({
      settings: deps.settings,
      vault: deps.vault,
      access,
      audit,
      now,
      tokenTimeoutMs: deps.portoneTimeouts?.tokenMs ?? DEFAULT_TIMEOUTS.tokenMs,
      savedCredentials,
      active: () => portone.active(),
      reconfigure,
    }),
    ...chargeHandlers(charges, access, audit),
    ...refundHandlers(refunds),
    ...historyHandlers({ search: history, ledger, resolver, refunds }),
    ...receiptHandlers(receipts),
    ...authHandlers(access),
    ...auditHandlers(audit, access, now, () => dayStore.auditAnchors()),
    ...closeHandlers(days),
    ...printerHandlers({
      printer: thermal,
      receipts,
      system: deps.printer ?? NO_PRINTER,
      days,
      store: () => receipts.storeHeader(),
      lang: () => deps.settings.get().lang,
      access,
      audit,
      now,
    }),
    ...customerHandlers(customers, registration, access, audit),
    ...scheduleHandlers(schedules),
    ...windowPaymentHandlers(windowPayments),
    ...catalogHandlers(catalog),
    ...salesHandlers(sales, access, audit),
    ...cashHandlers(cash),
    ...cashReceiptHandlers(cashReceipts),
  };

  try {
    await portone.configure();
  } catch (error) {
    ledger.close();
    throw error;
  }
  // On start-up and every few minutes: results of schedules arrive only by asking.
  schedulePoller.start();
  receiptPoller.start();

  let closed = false;
  return {
    // Locked or signed out, only the session calls and in-flight follow-ups get through.
    handlers: requireSession(handlers, access),
    recoverPending: async () => {
      await resolver.recoverPending();
      await refunds.recoverPending();
      await customers.resumeReplacements();
      await cashReceipts.recoverPending();
    },
    whenIdle: async () => {
      await charges.whenIdle();
      await windowPayments.whenIdle();
      await resolver.whenIdle();
      await schedulePoller.idle();
      await receiptPoller.idle();
      await thermal.whenIdle();
    },
    async close() {
      if (closed) return;
      closed = true;
      await schedulePoller.stop();
      await receiptPoller.stop();
      await charges.whenIdle();
      await windowPayments.shutdown();
      await resolver.close();
      await portone.close();
      ledger.close();
    },
  };
}
