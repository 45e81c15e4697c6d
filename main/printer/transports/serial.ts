import { ByteInbox, PrinterFault, type PrinterConnection, type PrinterLink } from './link';

/** What this link needs of a serialport stream (`SerialPort`, or `SerialPortMock` in tests). */
export interface SerialDevice {
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  readonly isOpen: boolean;
}

export type SerialFactory = (options: { path: string; baudRate: number }) => Promise<SerialDevice>;

/** The real ports, loaded only when a serial printer is used (the native binding is not needed otherwise). */
export const systemSerial: SerialFactory = async (options) => {
  const { SerialPort } = await import('serialport');
  return new SerialPort({ path: options.path, baudRate: options.baudRate, autoOpen: false });
};

/**
 * A USB printer's virtual COM port (the vendor's driver: COM3 on Windows, /dev/ttyUSB0 or
 * /dev/ttyACM0 on Linux) or a real RS-232 port: 8N1 at the printer's baud rate.
 */
export function serialLink(options: { path: string; baudRate: number; open: SerialFactory }): PrinterLink {
  const unreachable = (error: unknown) => new PrinterFault('unreachable', `${options.path}: ${error instanceof Error ? error.message : String(error)}`);
  return {
    async open(signal) {
      const device = await options.open({ path: options.path, baudRate: options.baudRate }).catch((error: unknown) => Promise.reject(unreachable(error)));
      const inbox = new ByteInbox();
      device.on('data', (chunk) => inbox.push(chunk));
      return new Promise<PrinterConnection>((resolve, reject) => {
        const onAbort = () => reject(new PrinterFault('timeout', 'print job timed out'));
        signal.addEventListener('abort', onAbort, { once: true });
        device.open((error) => {
          signal.removeEventListener('abort', onAbort);
          if (error) return reject(unreachable(error));
          resolve(serialConnection(device, inbox));
        });
      });
    },
  };
}

function serialConnection(device: SerialDevice, inbox: ByteInbox): PrinterConnection {
  return {
    write: (bytes) =>
      new Promise((resolve, reject) => {
        device.write(bytes, (error) => {
          if (error) return reject(new PrinterFault('unreachable', error.message));
          device.drain((drainError) => (drainError ? reject(new PrinterFault('unreachable', drainError.message)) : resolve()));
        });
      }),
    readByte: (timeoutMs) => inbox.next(timeoutMs),
    close: () => new Promise((resolve) => (device.isOpen ? device.close(() => resolve()) : resolve())),
  };
}
