import { safeFileName, type PrintableDocument } from '../print/document-printer';
import { htmlDocument } from '../print/html';
import { SLIP_CSS, slipHtml } from '../printer/layout/slip-html';
import type { Slip } from '../printer/layout/slip';
import type { ReceiptModel } from './receipt-model';
import { receiptText } from './receipt-text';

/** A laid-out slip as a whole page for the system printer or a PDF (the same lines the thermal printer gets). */
export async function slipDocument(slip: Slip, options: { lang: string; title: string; fileStem: string }): Promise<PrintableDocument> {
  return {
    html: htmlDocument({ lang: options.lang, title: options.title, css: SLIP_CSS, body: await slipHtml(slip, options.lang) }),
    fileName: safeFileName(options.fileStem),
    paper: 'receipt',
  };
}

/** The receipt's page: title and file name from the model, the lines from its slip. */
export function receiptDocument(model: ReceiptModel, slip: Slip): Promise<PrintableDocument> {
  const uid = model.payment.merchantUid;
  return slipDocument(slip, {
    lang: model.lang,
    title: `${receiptText(model.lang)(model.kind)} ${uid}`,
    fileStem: `receipt-${model.kind}-${uid}${model.reprint ? '-reprint' : ''}-${model.printedAt}`,
  });
}
