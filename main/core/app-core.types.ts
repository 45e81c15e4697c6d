import type { SecretVault } from '../config/secret-vault';
import type { SettingsStore } from '../config/settings-store';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../logging/logger';
import type { Sleep } from '../payments/resolver';
import type { Timeouts } from '../portone/client';
import type { DocumentPrinter } from '../print/document-printer';
import type { PrinterTimeouts } from '../printer/printer-service';
import type { SerialFactory } from '../printer/transports/serial';
import type { EmbeddedSandbox } from './portone-backend';
import type { PaymentWindowHost } from '../window-payments/host';

/** Everything the main-side services need from the host (Electron or the browser host). */
export interface AppCoreDeps {
  /** Where the ledger, the sandbox's data file and logs live. */
  dataDir: string;
  settings: SettingsStore;
  vault: SecretVault;
  logger: Logger;
  /** The embedded PortOne emulator, used in sandbox mode or when nothing is saved (the host passes it in). */
  sandbox: EmbeddedSandbox;
  /** PORTONE_API_URL: use this PortOne-compatible API instead of the embedded sandbox / api.iamport.kr. */
  portoneApiUrl?: string;
  now?: () => number;
  /** Path of a better-sqlite3 binary built for Electron's ABI (dev runs of `npm start`); default: the installed one. */
  sqliteNativeBinding?: string;
  /** PortOne request timeouts (tests shorten them). */
  portoneTimeouts?: Partial<Timeouts>;
  /** Waits between background lookups of an unknown payment (tests make them instant). */
  sleep?: Sleep;
  /** How long after a charge's timeout a 404 from `find` still means "not there yet" (default 60 s). */
  settleGraceMs?: number;
  /** Monotonic ms clock for "the request surely ended" (tests step the wall clock apart from it). */
  monotonic?: () => number;
  /** Prints receipts and reports and saves them as PDF (each host its own; none = printing unavailable). */
  printer?: DocumentPrinter;
  /** Opens serial ports for an ESC/POS printer on a (virtual) COM port; default the system's ports. */
  serial?: SerialFactory;
  /** Receipt printer timeouts (tests shorten them). */
  printerTimeouts?: Partial<PrinterTimeouts>;
  /** Shows the PG payment window (Electron: a modal child window; browser host: a popup page). */
  paymentWindow?: PaymentWindowHost;
  /** How often schedules are polled while running (default 5 minutes; also once on start-up). */
  schedulePollMs?: number;
  /** How often 현금영수증 left open (answer lost, request kept) are asked about again (default 30 s). */
  cashReceiptPollMs?: number;
  /** POS_IAMPORT_JS_URL: the JS SDK v1 the payment page loads instead of the default. */
  iamportJsUrl?: string;
}

export interface AppCore {
  handlers: Handlers;
  /** Resolves intents left unresolved by a crash; called once on start-up. */
  recoverPending(): Promise<void>;
  /** Resolves when no background lookup or charge is running (tests, orderly shutdown). */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}
