import type { AccessControl } from '../../auth/access';
import type { AuditLog } from '../../audit/audit-log';
import type { DayCloseService } from '../../close/day-close-service';
import type { Handlers } from '../../ipc/handlers';
import type { DocumentPrinter } from '../../print/document-printer';
import { daySlip } from '../../printer/layout/day-slip';
import { AppError } from '../../../contract/result';
import type { Lang } from '../../../contract/schemas';
import type { PrinterService } from '../../printer/printer-service';
import { sampleSlip } from '../../printer/sample-slip';
import { slipDocument } from '../../receipts/receipt-document';
import type { StoreHeader } from '../../receipts/receipt-model';
import type { ReceiptService } from '../../receipts/receipt-service';

export interface PrinterHandlerDeps {
  printer: PrinterService;
  receipts: ReceiptService;
  system: DocumentPrinter;
  days: DayCloseService;
  store: () => StoreHeader;
  lang: () => Lang;
  access: AccessControl;
  audit: AuditLog;
  now: () => number;
}

type PrinterHandlers = Pick<Handlers, 'getPrinterSettings' | 'savePrinterSettings' | 'testPrint' | 'printDaySlip' | 'reprintLast' | 'openDrawer'>;

/** Printer settings (a manager's), test print, the X / Z slip, and the manager's "open drawer". */
export function printerHandlers(d: PrinterHandlerDeps): PrinterHandlers {
  return {
    getPrinterSettings: () => Promise.resolve(d.printer.settings()),
    savePrinterSettings: async ({ settings, approval }) => {
      const actor = await d.access.authorize('manager', approval);
      const saved = d.printer.save(settings);
      d.audit.record(actor, 'settings_changed', null, { area: 'printer', output: saved.output, paper: saved.paper });
      return saved;
    },
    testPrint: async ({ settings }) => {
      const slip = sampleSlip({ lang: d.lang(), paper: settings.paper, store: d.store(), printedAt: d.now() });
      if (settings.output === 'none') throw new AppError('unavailable', 'No receipt printer is set up.', { reason: 'printer.not_configured' });
      if (settings.output === 'system') {
        const outcome = await d.system.print(await slipDocument(slip, { lang: d.lang(), title: 'test print', fileStem: 'test-print' }));
        return { printed: outcome !== 'cancelled', status: null };
      }
      return d.printer.testPrint(settings, slip);
    },
    printDaySlip: async ({ dayId }) => {
      const report = dayId === null ? await d.days.preview() : await d.days.dayReport(dayId);
      const settings = d.printer.settings();
      await d.printer.printSlip(daySlip(report, { lang: d.lang(), paper: settings.paper, store: d.store(), printedAt: d.now() }), { drawer: false });
      return { printed: true as const };
    },
    reprintLast: () => d.receipts.printLast(),
    openDrawer: async ({ approval }) => {
      const actor = await d.access.authorize('manager', approval);
      await d.printer.openDrawer();
      d.audit.record(actor, 'drawer_opened', null, {});
      return { opened: true as const };
    },
  };
}
