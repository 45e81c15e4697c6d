import { connect, type Socket } from 'node:net';
import { ByteInbox, PrinterFault, type PrinterConnection, type PrinterLink } from './link';

/** A LAN printer's raw port (9100, "JetDirect"): bytes in, status bytes out, on one TCP socket. */
export function tcpLink(options: { host: string; port: number; connectTimeoutMs: number }): PrinterLink {
  return {
    open: (signal) =>
      new Promise<PrinterConnection>((resolve, reject) => {
        const socket = connect({ host: options.host, port: options.port });
        const inbox = new ByteInbox();
        const fail = (fault: PrinterFault) => {
          clearTimeout(timer);
          socket.destroy();
          reject(fault);
        };
        const timer = setTimeout(
          () => fail(new PrinterFault('timeout', `no connection to ${options.host}:${options.port} within ${options.connectTimeoutMs} ms`)),
          options.connectTimeoutMs,
        );
        const onAbort = () => fail(new PrinterFault('timeout', 'print job timed out'));
        signal.addEventListener('abort', onAbort, { once: true });
        socket.on('data', (chunk) => inbox.push(chunk));
        socket.once('error', (error) => fail(new PrinterFault('unreachable', `${options.host}:${options.port}: ${error.message}`)));
        socket.once('connect', () => {
          clearTimeout(timer);
          resolve(connection(socket, inbox, signal, onAbort));
        });
      }),
  };
}

function connection(socket: Socket, inbox: ByteInbox, signal: AbortSignal, onAbort: () => void): PrinterConnection {
  let lost: Error | null = null;
  socket.on('error', (error) => (lost = error));
  return {
    write: (bytes) =>
      new Promise((resolve, reject) => {
        if (lost) return reject(new PrinterFault('unreachable', lost.message));
        socket.write(bytes, (error) => (error ? reject(new PrinterFault('unreachable', error.message)) : resolve()));
      }),
    readByte: (timeoutMs) => inbox.next(timeoutMs),
    close: () =>
      new Promise((resolve) => {
        signal.removeEventListener('abort', onAbort);
        if (socket.destroyed) return resolve();
        // end() flushes what is written; a printer that never closes its side is not waited for.
        const timer = setTimeout(() => socket.destroy(), 2000);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
        socket.end();
      }),
  };
}
