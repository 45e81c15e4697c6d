import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../contract/printer';
import { createPrinterSettingsStore } from '../../main/printer/printer-settings-store';
import { PrinterService } from '../../main/printer/printer-service';
import { systemSerial, type SerialFactory } from '../../main/printer/transports/serial';
import { receiptSlip } from '../../main/receipts/receipt-layout';
import { captureLogger } from '../core/support/capture-logger';
import { tempDir } from '../core/support/temp-dir';
import { decodeEscPos, linesOf, ofType } from './escpos-decoder';
import { COVER_OPEN, FakePrinter, OFFLINE, PAPER_OUT, READY } from './fake-printer';
import { cashSale } from './sample-receipts';

/** @serialport/binding-mock as serialport's SerialPortMock loads it (the package ships ESM and CJS copies; this is the one the port uses). */
const MockBinding = SerialPortMock.binding;

const slip = receiptSlip(cashSale());

describe('ESC/POS over TCP 9100 (a fake printer on 127.0.0.1)', () => {
  let printer: FakePrinter;
  let dir: ReturnType<typeof tempDir>;
  let service: PrinterService;

  beforeEach(async () => {
    printer = new FakePrinter();
    const port = await printer.start();
    dir = tempDir();
    const store = createPrinterSettingsStore({ filePath: `${dir.path}/printer.json` });
    store.set({ ...DEFAULT_PRINTER_SETTINGS, output: 'escpos_network', host: '127.0.0.1', port });
    service = new PrinterService({ store, serial: systemSerial, logger: captureLogger(), timeouts: { jobMs: 2000, connectMs: 1000, statusMs: 300 } });
  });
  afterEach(async () => {
    await printer.close();
    dir.cleanup();
  });

  it('asks the status (DLE EOT 1, 2, 4) first, then sends the receipt', async () => {
    expect(await service.printSlip(slip, { drawer: true })).toEqual({ online: true, coverOpen: false, paperOut: false, paperNearEnd: false });
    const [bytes] = await printer.waitForJobs(1);
    const events = decodeEscPos(bytes ?? Buffer.alloc(0));
    expect(ofType(events, 'status').map((s) => s.n)).toEqual([1, 2, 4]);
    expect(linesOf(events).some((l) => l.includes('거스름돈'))).toBe(true);
    expect(ofType(events, 'qr')).toHaveLength(1);
    expect(ofType(events, 'cut')).toHaveLength(1);
    expect(ofType(events, 'drawer')).toHaveLength(1);
  });

  for (const [name, status, reason] of [
    ['offline', OFFLINE, 'printer.offline'],
    ['paper out', PAPER_OUT, 'printer.paper_out'],
    ['cover open', COVER_OPEN, 'printer.cover_open'],
  ] as const) {
    it(`${name}: the job fails with ${reason} and nothing but the status queries reaches the printer`, async () => {
      printer.status = status;
      await expect(service.printSlip(slip, { drawer: false })).rejects.toMatchObject({ code: 'unavailable', reason });
      const [bytes] = await printer.waitForJobs(1);
      expect(decodeEscPos(bytes ?? Buffer.alloc(0)).map((e) => e.type)).toEqual(['status', 'status', 'status']);
    });
  }

  it('a printer that answers no status is printed to anyway (some are set up that way) and reports no status', async () => {
    printer.status = 'silent';
    expect(await service.printSlip(slip, { drawer: false })).toBeNull();
    const [bytes] = await printer.waitForJobs(1);
    expect(ofType(decodeEscPos(bytes ?? Buffer.alloc(0)), 'qr')).toHaveLength(1);
  });

  it('a printer that hangs fails its job on the deadline, and the next job still prints', async () => {
    printer.status = 'silent';
    const slow = new PrinterService({
      store: { get: () => service.settings(), set: () => undefined },
      serial: systemSerial,
      logger: captureLogger(),
      timeouts: { jobMs: 200, connectMs: 1000, statusMs: 300 },
    });
    await expect(slow.printSlip(slip, { drawer: false })).rejects.toMatchObject({ reason: 'printer.timeout' });
    printer.status = READY;
    await expect(slow.printSlip(slip, { drawer: false })).resolves.toMatchObject({ online: true });
  });

  it('nobody listening: printer.unreachable', async () => {
    await printer.close();
    await expect(service.printSlip(slip, { drawer: false })).rejects.toMatchObject({ reason: 'printer.unreachable' });
  });

  it('the drawer opens on its own (1B 70 00 19 FA) even when the paper is out; kickDrawerForCash follows the setting', async () => {
    printer.status = PAPER_OUT;
    await service.openDrawer();
    expect(await service.kickDrawerForCash()).toBe(true);
    const jobs = await printer.waitForJobs(2);
    for (const job of jobs) expect(ofType(decodeEscPos(job), 'drawer')).toEqual([{ type: 'drawer', bytes: [0x1b, 0x70, 0x00, 0x19, 0xfa] }]);
    service.save({ ...service.settings(), openDrawerOnCash: false });
    expect(await service.kickDrawerForCash()).toBe(false);
  });

  it('a network printer without a host is refused with the field to fix', () => {
    expect(() => service.save({ ...service.settings(), host: '' })).toThrow(expect.objectContaining({ reason: 'printer.host_required', field: 'host' }));
  });
});

describe('ESC/POS over a serial / virtual COM port (serialport mock binding)', () => {
  const path = '/dev/ttyUSB-printer';
  let dir: ReturnType<typeof tempDir>;
  let opened: SerialPortMock[];
  const mockSerial: SerialFactory = (options) => {
    const port = new SerialPortMock({ path: options.path, baudRate: options.baudRate, autoOpen: false });
    opened.push(port);
    return Promise.resolve(port);
  };
  const serialService = (settings: Partial<PrinterSettings>) => {
    const store = createPrinterSettingsStore({ filePath: `${dir.path}/printer.json` });
    store.set({ ...DEFAULT_PRINTER_SETTINGS, output: 'escpos_serial', serialPath: path, baudRate: 19200, ...settings });
    return new PrinterService({ store, serial: mockSerial, logger: captureLogger(), timeouts: { jobMs: 2000, statusMs: 300 } });
  };

  beforeEach(() => {
    dir = tempDir();
    opened = [];
  });
  afterEach(() => {
    MockBinding.reset();
    dir.cleanup();
  });

  it('sends the receipt at the set baud rate, after the printer answered its status', async () => {
    // The printer's three status answers arrive as it opens (the mock's readyData).
    MockBinding.createPort(path, { record: true, readyData: Buffer.from([0x12, 0x12, 0x12]) });
    await serialService({}).printSlip(slip, { drawer: false });
    const port = opened[0];
    expect(port?.baudRate).toBe(19200);
    const events = decodeEscPos(port?.port?.recording ?? Buffer.alloc(0));
    expect(ofType(events, 'status')).toHaveLength(3);
    expect(linesOf(events).some((l) => l.includes('해피 커피 본점'))).toBe(true);
    expect(ofType(events, 'qr')).toHaveLength(1);
    expect(ofType(events, 'invalid')).toEqual([]);
  });

  it('paper out on the serial printer: printer.paper_out', async () => {
    MockBinding.createPort(path, { record: true, readyData: Buffer.from([0x1a, 0x32, 0x72]) });
    await expect(serialService({}).printSlip(slip, { drawer: false })).rejects.toMatchObject({ reason: 'printer.paper_out' });
  });

  it('a port that does not exist: printer.unreachable', async () => {
    await expect(serialService({}).printSlip(slip, { drawer: false })).rejects.toMatchObject({ reason: 'printer.unreachable' });
  });
});
