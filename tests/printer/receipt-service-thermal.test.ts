import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRINTER_SETTINGS } from '../../contract/printer';
import { SINGLE_USER_OWNER } from '../../main/auth/access';
import { Ledger } from '../../main/ledger/ledger';
import { NO_PRINTER } from '../../main/print/document-printer';
import { createPrinterSettingsStore } from '../../main/printer/printer-settings-store';
import { PrinterService } from '../../main/printer/printer-service';
import { systemSerial } from '../../main/printer/transports/serial';
import { ReceiptService } from '../../main/receipts/receipt-service';
import { RefundStore } from '../../main/refunds/refund-store';
import { captureLogger } from '../core/support/capture-logger';
import { intent } from '../core/support/intent';
import { tempDir } from '../core/support/temp-dir';
import { decodeEscPos, linesOf, ofType } from './escpos-decoder';
import { FakePrinter } from './fake-printer';
import { cashSale } from './sample-receipts';

/** The receipt service with a cart's sections (what the sale work will hand it) and a real printer service. */
describe('ReceiptService on the thermal printer with a cash sale', () => {
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let printer: FakePrinter;
  let receipts: ReceiptService;
  const uid = 'cash-1';

  beforeEach(async () => {
    dir = tempDir();
    printer = new FakePrinter();
    const port = await printer.start();
    ledger = new Ledger({ dataDir: dir.path });
    const store = createPrinterSettingsStore({ filePath: `${dir.path}/printer.json` });
    store.set({ ...DEFAULT_PRINTER_SETTINGS, output: 'escpos_network', host: '127.0.0.1', port, paper: 58, address: '부산광역시 해운대구' });
    receipts = new ReceiptService({
      ledger,
      refunds: new RefundStore(ledger.database),
      printer: NO_PRINTER,
      thermal: new PrinterService({ store, serial: systemSerial, logger: captureLogger() }),
      store: () => ({ storeName: '바다 상회', businessNumber: '', lang: 'ko' }),
      sale: (merchantUid) => (merchantUid === uid ? cashSale().sale : undefined),
      access: { current: () => SINGLE_USER_OWNER, caller: () => SINGLE_USER_OWNER, authorize: () => Promise.resolve(SINGLE_USER_OWNER) },
      audit: { record: () => undefined },
      now: () => 1_800_000_000_000,
    });
    ledger.insertIntent(intent({ merchantUid: uid, amount: 23_500 }));
    ledger.settle(
      uid,
      { status: 'paid', impUid: 'imp_9', cardName: null, cardNumberMasked: null, cardQuota: 0, applyNum: null, receiptUrl: 'https://iamport.kr/receipt/imp_9', failReason: null, reasonCode: null, cancelAmount: 0, sandbox: false, portoneStatus: 'paid', portoneAmount: 23_500 },
      1,
      { type: 'outcome', note: { code: 'paid', params: { impUid: 'imp_9', amount: 23_500 } } },
    );
  });
  afterEach(async () => {
    ledger.close();
    await printer.close();
    dir.cleanup();
  });

  it('the first receipt opens the drawer once and carries the cart; the reprint does not open it again', async () => {
    await receipts.print(uid, 'sale');
    await receipts.print(uid, 'sale');
    const [first, second] = await printer.waitForJobs(2);
    const a = decodeEscPos(first ?? Buffer.alloc(0));
    const b = decodeEscPos(second ?? Buffer.alloc(0));
    expect(ofType(a, 'drawer')).toHaveLength(1);
    expect(ofType(b, 'drawer')).toHaveLength(0);
    const lines = linesOf(a).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(expect.arrayContaining(['바다 상회', '부산광역시 해운대구', '*유기농 우유 1L', '거스름돈 6,500원']));
    expect(ofType(a, 'line').every((l) => l.columns <= 32)).toBe(true);
    expect(linesOf(b).some((l) => l.includes('재출력'))).toBe(true);
  });
});

describe('printer settings file', () => {
  it('a bad field falls back to its default and keeps the others', () => {
    const dir = tempDir();
    const filePath = `${dir.path}/printer.json`;
    writeFileSync(filePath, JSON.stringify({ output: 'escpos_network', host: '10.0.0.7', port: 70_000, paper: 58 }));
    const settings = createPrinterSettingsStore({ filePath }).get();
    expect(settings).toMatchObject({ output: 'escpos_network', host: '10.0.0.7', port: 9100, paper: 58 });
    dir.cleanup();
  });
});
