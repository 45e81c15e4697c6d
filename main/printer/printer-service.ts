import { isEscPosOutput, type PrinterSettings, type PrinterStatus, type TestPrintResult } from '../../contract/printer';
import { AppError } from '../../contract/result';
import type { Logger } from '../logging/logger';
import { encodeDrawerKick, encodeJob } from './escpos/encoder';
import type { Slip } from './layout/slip';
import type { PrinterSettingsStore } from './printer-settings-store';
import { PrintQueue } from './print-queue';
import { blockingFault, readStatus } from './status';
import { PrinterFault, type PrinterLink } from './transports/link';
import { serialLink, type SerialFactory } from './transports/serial';
import { tcpLink } from './transports/tcp';

export interface PrinterTimeouts {
  /** Whole job: connect, status, bytes out. */
  jobMs: number;
  connectMs: number;
  /** Wait for each status byte. */
  statusMs: number;
}

export const DEFAULT_PRINTER_TIMEOUTS: PrinterTimeouts = { jobMs: 10_000, connectMs: 3000, statusMs: 1000 };

export interface PrinterServiceDeps {
  store: PrinterSettingsStore;
  serial: SerialFactory;
  logger: Logger;
  timeouts?: Partial<PrinterTimeouts>;
}

const FAULT_MESSAGES: Record<PrinterFault['kind'], string> = {
  unreachable: 'The receipt printer could not be reached.',
  timeout: 'The receipt printer did not answer in time.',
  offline: 'The receipt printer is offline.',
  cover_open: 'The receipt printer cover is open.',
  paper_out: 'The receipt printer is out of paper.',
};

/** A printer fault as the error the till shows (reason printer.<kind>); anything else passes through. */
export function printerError(error: unknown): unknown {
  if (!(error instanceof PrinterFault)) return error;
  return new AppError('unavailable', FAULT_MESSAGES[error.kind], { reason: `printer.${error.kind}` });
}

/** The settings' own rule beyond the schema: the chosen wire needs its address. */
export function checkPrinterSettings(settings: PrinterSettings): void {
  if (settings.output === 'escpos_network' && settings.host === '') {
    throw new AppError('invalid_input', 'A network printer needs its host.', { reason: 'printer.host_required', field: 'host' });
  }
  if (settings.output === 'escpos_serial' && settings.serialPath === '') {
    throw new AppError('invalid_input', 'A serial printer needs its port.', { reason: 'printer.serial_path_required', field: 'serialPath' });
  }
}

/**
 * The ESC/POS printer: settings, print jobs through the queue (status first, then the bytes),
 * the cash drawer. Jobs fail with a PrinterFault turned into an AppError; none ever throws into
 * a charge, which is complete before any receipt is asked for.
 */
export class PrinterService {
  private readonly timeouts: PrinterTimeouts;
  private readonly queue: PrintQueue;

  constructor(private readonly deps: PrinterServiceDeps) {
    this.timeouts = { ...DEFAULT_PRINTER_TIMEOUTS, ...deps.timeouts };
    this.queue = new PrintQueue(this.timeouts.jobMs);
  }

  settings(): PrinterSettings {
    return this.deps.store.get();
  }

  save(next: PrinterSettings): PrinterSettings {
    checkPrinterSettings(next);
    this.deps.store.set(next);
    return this.settings();
  }

  /** True when receipts go to an ESC/POS printer (not the system dialog, not nowhere). */
  isEscPos(settings = this.settings()): boolean {
    return isEscPosOutput(settings.output);
  }

  /** Prints a slip with the saved settings (copies, cut), opening the drawer first when asked. */
  printSlip(slip: Slip, options: { drawer: boolean }, settings = this.settings()): Promise<PrinterStatus | null> {
    const bytes = encodeJob(slip, { copies: settings.copies, cut: settings.autoCut, drawer: options.drawer });
    return this.send(settings, bytes);
  }

  /** A sample slip with the given (maybe unsaved) settings; the status is reported either way. */
  async testPrint(settings: PrinterSettings, sample: Slip): Promise<TestPrintResult> {
    checkPrinterSettings(settings);
    const status = await this.send(settings, encodeJob(sample, { copies: 1, cut: settings.autoCut, drawer: false }));
    return { printed: true, status };
  }

  /** Opens the drawer hanging off the ESC/POS printer. */
  async openDrawer(): Promise<void> {
    const settings = this.settings();
    if (!this.isEscPos(settings)) throw new AppError('unavailable', 'The cash drawer needs an ESC/POS receipt printer.', { reason: 'printer.no_drawer' });
    await this.send(settings, encodeDrawerKick(), { ignoreStatus: true });
  }

  /**
   * For cash taken without a receipt being printed: kicks the drawer when "open drawer on cash"
   * is on. Never throws (a drawer that did not open must not undo a sale); says whether it opened.
   */
  async kickDrawerForCash(): Promise<boolean> {
    const settings = this.settings();
    if (!settings.openDrawerOnCash || !this.isEscPos(settings)) return false;
    try {
      await this.send(settings, encodeDrawerKick(), { ignoreStatus: true });
      return true;
    } catch (error) {
      this.deps.logger.warn('cash drawer did not open', { error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  private link(settings: PrinterSettings): PrinterLink {
    if (settings.output === 'escpos_network') return tcpLink({ host: settings.host, port: settings.port, connectTimeoutMs: this.timeouts.connectMs });
    if (settings.output === 'escpos_serial') return serialLink({ path: settings.serialPath, baudRate: settings.baudRate, open: this.deps.serial });
    throw new AppError('unavailable', 'No ESC/POS receipt printer is set up.', { reason: 'printer.not_configured' });
  }

  /** One job: connect, read the status (a blocking one fails the job), send the bytes, close. */
  private async send(settings: PrinterSettings, bytes: Buffer, options: { ignoreStatus?: boolean } = {}): Promise<PrinterStatus | null> {
    const link = this.link(settings);
    try {
      return await this.queue.run(async (signal) => {
        const connection = await link.open(signal);
        try {
          const status = await readStatus(connection, this.timeouts.statusMs);
          const fault = status && !options.ignoreStatus ? blockingFault(status) : null;
          if (fault) throw fault;
          await connection.write(bytes);
          return status;
        } finally {
          await connection.close();
        }
      });
    } catch (error) {
      throw printerError(error);
    }
  }
}
