import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../core/support/capture-logger';
import { SINGLE_USER_OWNER } from '../../main/auth/access';
import type { AuditAction } from '../../main/audit/audit-log';
import { Ledger } from '../../main/ledger/ledger';
import type { DocumentPrinter, PrintableDocument, PrintOutcome } from '../../main/print/document-printer';
import { createPrinterSettingsStore } from '../../main/printer/printer-settings-store';
import { PrinterService } from '../../main/printer/printer-service';
import { systemSerial } from '../../main/printer/transports/serial';
import { ReceiptService } from '../../main/receipts/receipt-service';
import { RefundStore } from '../../main/refunds/refund-store';
import { intent } from '../core/support/intent';
import { tempDir } from '../core/support/temp-dir';

/** Test fixture for the print port: keeps what it was given; the dialogs answer as told. */
class PaperTray implements DocumentPrinter {
  printed: PrintableDocument[] = [];
  saved: PrintableDocument[] = [];
  printAnswer: PrintOutcome = 'printed';
  saveAnswer: string | null = '/receipts/x.pdf';
  print(document: PrintableDocument): Promise<PrintOutcome> {
    this.printed.push(document);
    return Promise.resolve(this.printAnswer);
  }
  savePdf(document: PrintableDocument): Promise<string | null> {
    this.saved.push(document);
    return Promise.resolve(this.saveAnswer);
  }
}

/** A document's text as read on paper (tags dropped, so Hangul in its 2ch boxes reads as words). */
const shown = (document: PrintableDocument | undefined): string => (document?.html ?? '').replace(/<[^>]+>/g, '');

describe('ReceiptService', () => {
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let tray: PaperTray;
  let audit: AuditAction[];
  let receipts: ReceiptService;
  let refunds: RefundStore;
  const uid = 'rc-1';

  beforeEach(() => {
    dir = tempDir();
    ledger = new Ledger({ dataDir: dir.path });
    refunds = new RefundStore(ledger.database);
    tray = new PaperTray();
    audit = [];
    receipts = new ReceiptService({
      ledger,
      refunds,
      printer: tray,
      // The system printer (the default output): the thermal path has its own tests in tests/printer.
      thermal: new PrinterService({ store: createPrinterSettingsStore({ filePath: `${dir.path}/printer.json` }), serial: systemSerial, logger: captureLogger() }),
      store: () => ({ storeName: '해피 커피', businessNumber: '', lang: 'ko' }),
      access: { current: () => SINGLE_USER_OWNER, caller: () => SINGLE_USER_OWNER, authorize: () => Promise.resolve(SINGLE_USER_OWNER) },
      audit: { record: (_actor, action) => void audit.push(action) },
      now: () => 1_800_000_000_000,
    });
    ledger.insertIntent(intent({ merchantUid: uid, amount: 11_000 }));
    ledger.settle(
      uid,
      { status: 'paid', impUid: 'imp_1', cardName: 'BC', cardNumberMasked: '5365-10**-****-0006', cardQuota: 0, applyNum: '1', receiptUrl: null, failReason: null, reasonCode: null, cancelAmount: 0, sandbox: true, portoneStatus: 'paid', portoneAmount: 11_000 },
      1,
      { type: 'outcome', note: { code: 'paid', params: { impUid: 'imp_1', amount: 11_000 } } },
    );
  });
  afterEach(() => {
    ledger.close();
    dir.cleanup();
  });

  it('the first issue is the original; every later one says 재출력 and is audited as a reprint', async () => {
    expect((await receipts.preview(uid, 'sale')).reprint).toBe(false);
    expect(await receipts.print(uid, 'sale')).toMatchObject({ outcome: 'printed', reprint: false });
    expect(shown(tray.printed[0])).not.toContain('재출력');
    expect(await receipts.savePdf(uid, 'sale')).toEqual({ path: '/receipts/x.pdf', reprint: true });
    expect(shown(tray.saved[0])).toContain('재출력');
    expect(audit).toEqual(['receipt_printed', 'receipt_reprinted']);
  });

  it('a cancelled print or save dialog issued nothing: the next one is still the original', async () => {
    tray.printAnswer = 'cancelled';
    tray.saveAnswer = null;
    await receipts.print(uid, 'sale');
    await receipts.savePdf(uid, 'sale');
    expect(audit).toEqual([]);
    expect((await receipts.preview(uid, 'sale')).reprint).toBe(false);
  });

  it('no refund receipt without a refund, no receipt for a payment that was not approved', async () => {
    await expect(receipts.preview(uid, 'refund')).rejects.toMatchObject({ code: 'conflict' });
    ledger.insertIntent(intent({ merchantUid: 'rc-open' }));
    await expect(receipts.preview('rc-open', 'sale')).rejects.toMatchObject({ code: 'conflict' });
    await expect(receipts.preview('nope', 'sale')).rejects.toMatchObject({ code: 'not_found' });
  });
});
