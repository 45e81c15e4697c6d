import type { Handlers } from '../../ipc/handlers';
import type { ReceiptService } from '../../receipts/receipt-service';

/** Receipts: preview, print (system dialog, or the page's own print in the browser host), PDF. */
export function receiptHandlers(receipts: ReceiptService): Pick<Handlers, 'receiptPreview' | 'printReceipt' | 'saveReceiptPdf'> {
  return {
    receiptPreview: ({ merchantUid, kind }) => receipts.preview(merchantUid, kind),
    printReceipt: ({ merchantUid, kind }) => receipts.print(merchantUid, kind),
    saveReceiptPdf: ({ merchantUid, kind }) => receipts.savePdf(merchantUid, kind),
  };
}
