import type { PrinterStatus } from '../../contract/printer';
import { statusQuery } from './escpos/commands';
import { PrinterFault, type PrinterConnection } from './transports/link';

/**
 * DLE EOT 1, 2 and 4, each answered with one byte (Epson's fixed bits 0 and 7 clear, 1 and 4 set):
 * n=1 bit 3 offline; n=2 bit 2 cover open, bit 5 stopped for paper end; n=4 bits 5–6 paper end,
 * bits 2–3 paper near end. A byte without the fixed bits is not a status answer.
 */
const isStatusByte = (b: number): boolean => (b & 0x93) === 0x12;

/** The printer's state, or null when it does not answer status queries (some are set up not to). */
export async function readStatus(connection: PrinterConnection, timeoutMs: number): Promise<PrinterStatus | null> {
  const answers: number[] = [];
  for (const n of [1, 2, 4] as const) {
    await connection.write(statusQuery(n));
    const b = await connection.readByte(timeoutMs);
    if (b === null || !isStatusByte(b)) return null;
    answers.push(b);
  }
  const [printer, cause, paper] = answers as [number, number, number];
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (cause & 0x04) !== 0,
    paperOut: (paper & 0x60) !== 0 || (cause & 0x20) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
  };
}

/** A status that keeps a job off the paper, as the fault the till explains (cover and paper first: they are why a printer is offline). */
export function blockingFault(status: PrinterStatus): PrinterFault | null {
  if (status.coverOpen) return new PrinterFault('cover_open', 'printer cover is open');
  if (status.paperOut) return new PrinterFault('paper_out', 'printer is out of paper');
  if (!status.online) return new PrinterFault('offline', 'printer is offline');
  return null;
}
