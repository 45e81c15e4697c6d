import { z } from 'zod';
import { defineReasons } from './result';
import { PrintResult } from './receipts';
import { ManagerApproval, MerchantUid } from './schemas';

/** Receipt printers: where receipts go, the paper, the drawer, and the store's letterhead. */

export const printerReasons = defineReasons('printer', [
  'not_configured',
  'unreachable',
  'timeout',
  'offline',
  'cover_open',
  'paper_out',
  'no_drawer',
  'host_required',
  'serial_path_required',
  'no_sale',
]);
export type PrinterReason = (typeof printerReasons)[number];

export const PrinterOutput = z.enum(['none', 'system', 'escpos_network', 'escpos_serial']);
export type PrinterOutput = z.infer<typeof PrinterOutput>;

/** Receipts go to an ESC/POS printer (LAN or serial), which also drives the cash drawer. */
export const isEscPosOutput = (output: PrinterOutput): boolean => output === 'escpos_network' || output === 'escpos_serial';

export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

const Host = z.union([z.literal(''), z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, 'printer host: an IP address or host name')]);

export const PrinterSettings = z.strictObject({
  output: PrinterOutput,
  host: Host,
  port: z.number().int().min(1).max(65535),
  serialPath: z.string().trim().max(200),
  baudRate: z.union([z.literal(9600), z.literal(19200), z.literal(38400), z.literal(57600), z.literal(115200)]),
  paper: z.union([z.literal(58), z.literal(80)]),
  autoCut: z.boolean(),
  copies: z.number().int().min(1).max(3),
  /** At the end of a sale: print by itself, ask the cashier, or print only when asked. */
  printReceipt: z.enum(['always', 'ask', 'never']),
  openDrawerOnCash: z.boolean(),
  /** The letterhead next to the store name and business number of the general settings. */
  owner: z.string().trim().max(40),
  address: z.string().trim().max(120),
  phone: z.union([z.literal(''), z.string().regex(/^0\d{1,3}-?\d{3,4}-?\d{4}$/, 'phone: e.g. 02-123-4567')]),
});
export type PrinterSettings = z.infer<typeof PrinterSettings>;

export const DEFAULT_PRINTER_SETTINGS: PrinterSettings = {
  output: 'system',
  host: '',
  port: 9100,
  serialPath: '',
  baudRate: 9600,
  paper: 80,
  autoCut: true,
  copies: 1,
  printReceipt: 'ask',
  openDrawerOnCash: true,
  owner: '',
  address: '',
  phone: '',
};

/** What the printer said when asked (`DLE EOT`); null = it does not answer status queries. */
export const PrinterStatus = z.object({
  online: z.boolean(),
  coverOpen: z.boolean(),
  paperOut: z.boolean(),
  paperNearEnd: z.boolean(),
});
export type PrinterStatus = z.infer<typeof PrinterStatus>;

export const TestPrintResult = z.object({ printed: z.boolean(), status: PrinterStatus.nullable() });
export type TestPrintResult = z.infer<typeof TestPrintResult>;

export const printerContract = {
  getPrinterSettings: { channel: 'printer:get', request: z.strictObject({}).optional(), response: PrinterSettings },
  savePrinterSettings: {
    channel: 'printer:save',
    request: z.strictObject({ settings: PrinterSettings, approval: ManagerApproval.optional() }),
    response: PrinterSettings,
  },
  /** Prints a sample with these (possibly unsaved) settings and reports the printer's status. */
  testPrint: { channel: 'printer:test', request: z.strictObject({ settings: PrinterSettings }), response: TestPrintResult },
  /** The day-close (Z, a closed day) or interim (X, today so far: dayId null) report on the receipt printer. */
  printDaySlip: {
    channel: 'printer:day-slip',
    request: z.strictObject({ dayId: z.number().int().min(1).nullable() }),
    response: z.object({ printed: z.literal(true) }),
  },
  /** The receipt of the latest approved sale, again (one key at the till); a reprint when it was issued before. */
  reprintLast: { channel: 'printer:reprint-last', request: z.strictObject({}).optional(), response: PrintResult.extend({ merchantUid: MerchantUid }) },
  /** The manager's "open drawer" (audited). */
  openDrawer: { channel: 'printer:drawer', request: z.strictObject({ approval: ManagerApproval.optional() }), response: z.object({ opened: z.literal(true) }) },
} as const;
