/**
 * How bytes reach a printer and its status bytes come back, whatever the wire (TCP 9100, a
 * serial / virtual COM port). One connection per print job, closed after it.
 */
export interface PrinterConnection {
  write(bytes: Buffer): Promise<void>;
  /** The next byte the printer sent, or null when none came within `timeoutMs`. */
  readByte(timeoutMs: number): Promise<number | null>;
  close(): Promise<void>;
}

export interface PrinterLink {
  /** Opens the connection; rejects with a PrinterFault when the printer cannot be reached. The signal aborts the attempt. */
  open(signal: AbortSignal): Promise<PrinterConnection>;
}

/** Why a job did not reach the paper; the receipt service turns it into an error the till explains. */
export type PrinterFaultKind = 'unreachable' | 'timeout' | 'offline' | 'cover_open' | 'paper_out';

export class PrinterFault extends Error {
  constructor(
    readonly kind: PrinterFaultKind,
    detail: string,
  ) {
    super(detail);
    this.name = 'PrinterFault';
  }
}

/** Bytes arriving from the printer, handed out one at a time to whoever waits for them. */
export class ByteInbox {
  private readonly bytes: number[] = [];
  private waiter: ((b: number | null) => void) | null = null;

  push(chunk: Buffer): void {
    for (const b of chunk) this.bytes.push(b);
    this.wake();
  }

  next(timeoutMs: number): Promise<number | null> {
    const ready = this.bytes.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.waiter = (b) => {
        clearTimeout(timer);
        this.waiter = null;
        resolve(b);
      };
    });
  }

  private wake(): void {
    if (!this.waiter) return;
    const b = this.bytes.shift();
    if (b !== undefined) this.waiter(b);
  }
}
