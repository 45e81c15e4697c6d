import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsView } from '../../contract/channels';
import { AppError } from '../../contract/result';
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
import type { Backend } from '../payments/backend';
import { ChargeRunner } from '../payments/charge-runner';
import { CardRegistration } from '../customers/card-registration';
import { CustomerService } from '../customers/customer-service';
import { CustomerStore } from '../customers/customer-store';
import { KeyedChargeService } from '../payments/keyed-charge';
import { DEFAULT_SETTLE_GRACE_MS, Resolver } from '../payments/resolver';
import { DEFAULT_TIMEOUTS, PortOneClient } from '../portone/client';
import { createTransport } from '../portone/transport';
import { HistorySearch } from '../history/history-search';
import { ReceiptService } from '../receipts/receipt-service';
import { RefundService } from '../refunds/refund-service';
import { RefundStore } from '../refunds/refund-store';
import { historyHandlers } from './handlers/history';
import { receiptHandlers } from './handlers/receipts';
import { refundHandlers } from './handlers/refunds';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import type { AppCore, AppCoreDeps } from './app-core.types';
import { testConnection } from './connection-test';
import { windowPaymentHandlers } from './handlers/window-payments';
import { windowConfigFor } from '../window-payments/config';
import { WindowPaymentService } from '../window-payments/service';
import { customerHandlers } from './handlers/customers';
import { scheduleHandlers } from './handlers/schedules';
import { DEFAULT_SCHEDULE_POLL_MS, SchedulePoller } from '../schedules/schedule-poller';
import { ScheduleService } from '../schedules/schedule-service';
import { ScheduleStore } from '../schedules/schedule-store';
import { apiEnvOf, chooseEnvironment, maskKey, type Environment } from './environment';
import { CashService } from '../cash/cash-service';
import { CashStore } from '../cash/cash-store';
import { CashReceiptService } from '../cash-receipts/cash-receipt-service';
import { CashReceiptStore } from '../cash-receipts/cash-receipt-store';
import { cashHandlers } from './handlers/cash';
import { cashReceiptHandlers } from './handlers/cash-receipts';

export const SANDBOX_JOURNAL_FILE = 'sandbox-journal.jsonl';
/** The embedded sandbox keeps its journal across runs, so its payments keep one name in the ledger. */
const EMBEDDED_SANDBOX_ENV = 'embedded-sandbox';

/** What is live right now: the backend the services use, plus what "test connection" needs. */
interface Active {
  backend: Backend;
  credentials: Credentials;
}

/**
 * Composition root shared by both hosts: builds the ledger, the PortOne client for the chosen
 * environment (starting the embedded sandbox when that is the one), the services, and a handler
 * for every contract method.
 */
export async function createAppCore(deps: AppCoreDeps): Promise<AppCore> {
  const now = deps.now ?? Date.now;
  const { logger } = deps;
  mkdirSync(deps.dataDir, { recursive: true });
  const ledger = new Ledger({
    dataDir: deps.dataDir,
    ...(deps.sqliteNativeBinding ? { nativeBinding: deps.sqliteNativeBinding } : {}),
  });
  const audit = new SqliteAuditLog(ledger.database, now);
  const access = new AccessService({ accounts: new AccountStore(ledger.database), audit, now });
  let sandbox: SandboxHandle | null = null;
  let active: Active | null = null;

  const resolver = new Resolver({
    ledger,
    backend: () => active?.backend ?? null,
    logger,
    now,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.settleGraceMs !== undefined ? { settleGraceMs: deps.settleGraceMs } : {}),
  });
  const runnerDeps = { ledger, resolver, backend: () => active?.backend ?? null, logger, now, cashier: () => access.current().name };
  // One runner for keyed and billing-key charges: one charge at a time, the same intent/outcome/resolution path.
  const runner = new ChargeRunner(runnerDeps);
  const customerStore = new CustomerStore(ledger.database);
  const settleMs = (deps.portoneTimeouts?.chargeMs ?? DEFAULT_TIMEOUTS.chargeMs) + (deps.settleGraceMs ?? DEFAULT_SETTLE_GRACE_MS);
  const schedules = new ScheduleService({
    store: new ScheduleStore(ledger.database),
    customers: customerStore,
    ledger,
    backend: runnerDeps.backend,
    access,
    audit,
    logger,
    now,
    settleMs,
  });
  const schedulePoller = new SchedulePoller(() => schedules.poll(), deps.schedulePollMs ?? DEFAULT_SCHEDULE_POLL_MS, logger);
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
    settleMs,
  });

  const windowPayments = new WindowPaymentService({
    ledger,
    resolver,
    backend: () => active?.backend ?? null,
    host: deps.paymentWindow ?? null,
    config: (backend) =>
      windowConfigFor({ apiBaseUrl: backend.client.baseUrl, settings: deps.settings.get(), sdkUrl: deps.iamportJsUrl, sandbox: SANDBOX_CREDENTIALS }),
    logger,
    now,
    actor: () => access.current(),
    onFinished: (state, actor) =>
      audit.record(actor, 'charge', state.merchantUid, { kind: 'window', amount: state.payment.amount, outcome: state.outcome }),
  });

  const refundStore = new RefundStore(ledger.database);
  const refunds = new RefundService({
    ledger,
    store: refundStore,
    backend: () => active?.backend ?? null,
    access,
    audit,
    logger,
    now,
    ...(deps.settleGraceMs !== undefined ? { settleGraceMs: deps.settleGraceMs } : {}),
  });
  const history = new HistorySearch(ledger);
  const thermal = new PrinterService({
    store: createPrinterSettingsStore({ filePath: join(deps.dataDir, 'printer-settings.json'), logger }),
    serial: deps.serial ?? systemSerial,
    logger,
    ...(deps.printerTimeouts ? { timeouts: deps.printerTimeouts } : {}),
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
  });

  function clientFor(baseUrl: string, credentials: Credentials): PortOneClient {
    return new PortOneClient({
      transport: createTransport(baseUrl),
      credentials,
      logger,
      now,
      ...(deps.portoneTimeouts ? { timeouts: deps.portoneTimeouts } : {}),
    });
  }

  async function activate(env: Environment, keyedMidSetting: string, billingKeyOnly: boolean): Promise<Active> {
    if (env.kind === 'embedded-sandbox') {
      sandbox ??= await startSandbox({ port: 0, dataFile: join(deps.dataDir, SANDBOX_JOURNAL_FILE) });
      // The embedded sandbox plays the merchant's Hecto contract as the settings describe it.
      sandbox.setBillingKeyOnlyIssuance(billingKeyOnly);
      const credentials = { impKey: sandbox.credentials.impKey, impSecret: sandbox.credentials.impSecret };
      return {
        credentials,
        backend: {
          client: clientFor(sandbox.url, credentials),
          apiEnv: EMBEDDED_SANDBOX_ENV,
          // The configured MID is sent as configured, so settings can be tried out in the sandbox.
          keyedMid: keyedMidSetting || sandbox.credentials.keyedMid,
          sandbox: true,
        },
      };
    }
    return {
      credentials: env.credentials,
      backend: {
        client: clientFor(env.baseUrl, env.credentials),
        apiEnv: apiEnvOf(env.baseUrl, env.credentials.impKey),
        keyedMid: env.keyedMid,
        sandbox: env.sandbox,
      },
    };
  }

  /** (Re)builds the client from what is saved now. A charge in flight keeps the client it started with. */
  async function configure(): Promise<void> {
    const settings = deps.settings.get();
    const env = chooseEnvironment(settings, await savedCredentials(), deps.portoneApiUrl, SANDBOX_CREDENTIALS);
    active = await activate(env, settings.keyedMid, settings.hectoBillingKeyOnly);
    logger.info('portone configured', { apiBaseUrl: active.backend.client.baseUrl, sandbox: active.backend.sandbox });
  }

  /** After a switch, intents that belong to the newly active PortOne can be resolved. */
  async function reconfigure(): Promise<void> {
    await configure();
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

  async function settingsView(): Promise<SettingsView> {
    const stored = deps.settings.get();
    const saved = await savedCredentials();
    return {
      ...stored,
      hasCredentials: saved !== null,
      maskedKey: saved ? maskKey(saved.impKey) : null,
      vault: deps.vault.status(),
      apiBaseUrl: active?.backend.client.baseUrl ?? '',
    };
  }

  function detailOr404(merchantUid: string) {
    const detail = ledger.detail(merchantUid);
    if (!detail) throw new AppError('not_found', 'No payment with this order number.');
    return detail;
  }

  const cashStore = new CashStore(ledger.database);
  const cashReceiptStore = new CashReceiptStore(ledger.database);
  const cashReceipts = new CashReceiptService({
    store: cashReceiptStore,
    cashSale: (uid) => cashStore.sale(uid),
    backend: () => active?.backend ?? null,
    sandboxChannelKey: SANDBOX_CREDENTIALS.channelKey,
    access,
    audit,
    logger,
    now,
  });
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

  const dayStore = new DayStore(ledger.database);
  const days = new DayCloseService({
    days: dayStore,
    access,
    audit,
    backend: () => active?.backend ?? null,
    now,
    printer: deps.printer ?? NO_PRINTER,
    letterhead: () => {
      const { lang, storeName, businessNumber } = deps.settings.get();
      return { lang, storeName, businessNumber };
    },
    auditHead: () => audit.head(),
    drawer: (from, to, float) => cash.figures(from, to, float),
  });

  const handlers: Handlers = {
    getSettings: () => settingsView(),
    saveSettings: async ({ approval, ...input }) => {
      const actor = await access.authorize('manager', approval);
      deps.settings.set(input);
      audit.record(actor, 'settings_changed', null, { mode: input.mode, lang: input.lang });
      await reconfigure();
      return settingsView();
    },
    saveCredentials: async (input) => {
      const actor = await access.authorize('manager', input.approval);
      await deps.vault.save({ impKey: input.impKey, impSecret: input.impSecret });
      audit.record(actor, 'credentials_changed', null, { action: 'saved' });
      await reconfigure();
      return settingsView();
    },
    clearCredentials: async ({ approval }) => {
      const actor = await access.authorize('manager', approval);
      await deps.vault.clear();
      audit.record(actor, 'credentials_changed', null, { action: 'cleared' });
      await reconfigure();
      return settingsView();
    },
    testConnection: async (input) => {
      if (!active) throw new AppError('unavailable', 'PortOne is not configured yet.');
      const credentials = input ?? active.credentials;
      const timeoutMs = deps.portoneTimeouts?.tokenMs ?? DEFAULT_TIMEOUTS.tokenMs;
      return testConnection(active.backend.client.baseUrl, credentials, now, timeoutMs);
    },
    chargeKeyed: async (input) => {
      // Signed in and not locked; the charge is recorded under this cashier even if the till locks meanwhile.
      const actor = await access.authorize('cashier');
      const result = await charges.chargeKeyed(input);
      audit.record(actor, 'charge', result.merchantUid, { kind: 'keyed', amount: input.amount, outcome: result.outcome });
      return result;
    },
    recentPayments: ({ limit }) => Promise.resolve(ledger.recent(limit)),
    getPayment: ({ merchantUid }) => Promise.resolve(detailOr404(merchantUid)),
    refreshPayment: async ({ merchantUid }) => {
      detailOr404(merchantUid);
      if ((await resolver.lookupOnce(merchantUid)) === 'open') resolver.track(merchantUid);
      return detailOr404(merchantUid);
    },
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
    ...cashHandlers(cash),
    ...cashReceiptHandlers(cashReceipts),
  };

  try {
    await configure();
  } catch (error) {
    ledger.close();
    throw error;
  }
  // On start-up and every few minutes: results of schedules arrive only by asking.
  schedulePoller.start();

  let closed = false;
  return {
    // Locked or signed out, only the session calls and in-flight follow-ups get through.
    handlers: requireSession(handlers, access),
    recoverPending: async () => {
      await resolver.recoverPending();
      await refunds.recoverPending();
      await cashReceipts.recoverPending();
    },
    whenIdle: async () => {
      await charges.whenIdle();
      await windowPayments.whenIdle();
      await resolver.whenIdle();
      await schedulePoller.idle();
      await thermal.whenIdle();
    },
    async close() {
      if (closed) return;
      closed = true;
      await schedulePoller.stop();
      await charges.whenIdle();
      await windowPayments.shutdown();
      await resolver.close();
      active?.backend.client.close();
      await sandbox?.close();
      ledger.close();
    },
  };
}
