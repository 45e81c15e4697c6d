import { createServer, type Server, type Socket } from 'node:net';

/** Status bytes the fake answers to DLE EOT 1, 2 and 4 (Epson's fixed bits 0x12 plus the flags). */
export type StatusAnswers = { 1: number; 2: number; 4: number } | 'silent';

export const READY: StatusAnswers = { 1: 0x12, 2: 0x12, 4: 0x12 };
export const OFFLINE: StatusAnswers = { 1: 0x12 | 0x08, 2: 0x12, 4: 0x12 };
export const COVER_OPEN: StatusAnswers = { 1: 0x12 | 0x08, 2: 0x12 | 0x04, 4: 0x12 };
export const PAPER_OUT: StatusAnswers = { 1: 0x12 | 0x08, 2: 0x12 | 0x20, 4: 0x12 | 0x60 };

/**
 * A LAN receipt printer on 127.0.0.1: captures every connection's bytes and answers DLE EOT
 * status queries with the bytes set in `status` ('silent' = it never answers).
 */
export class FakePrinter {
  status: StatusAnswers = READY;
  readonly jobs: Buffer[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private waiters: (() => void)[] = [];

  async start(): Promise<number> {
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  }

  /** Resolves once `count` connections have ended. */
  async waitForJobs(count: number): Promise<Buffer[]> {
    while (this.jobs.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.jobs.slice(0, count);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    const chunks: Buffer[] = [];
    let scanned = 0;
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      for (; scanned + 2 < all.length; scanned++) {
        if (all[scanned] === 0x10 && all[scanned + 1] === 0x04) {
          const n = all[scanned + 2] as 1 | 2 | 4;
          if (this.status !== 'silent') socket.write(Buffer.from([this.status[n]]));
          scanned += 2;
        }
      }
    });
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.jobs.push(Buffer.concat(chunks));
      const waiting = this.waiters;
      this.waiters = [];
      waiting.forEach((w) => w());
    });
    socket.on('error', () => undefined);
  }
}
