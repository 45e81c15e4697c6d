import { z } from 'zod';
import { defineReasons } from './result';
import { MerchantUid } from './schemas';

export const ReceiptKind = z.enum(['sale', 'refund']);
export type ReceiptKind = z.infer<typeof ReceiptKind>;

const ReceiptRequest = z.strictObject({ merchantUid: MerchantUid, kind: ReceiptKind });

/**
 * The receipt's markup as main builds it (every value escaped; no scripts, inline SVG for the QR
 * code), `reprint` = it was issued before, so this one says 재발행 / REPRINT.
 */
export const ReceiptPreview = z.object({ bodyHtml: z.string(), reprint: z.boolean() });
export type ReceiptPreview = z.infer<typeof ReceiptPreview>;

/** `in_page`: this host has no print dialog of its own; the page prints `bodyHtml` itself. */
export const PrintResult = ReceiptPreview.extend({ outcome: z.enum(['printed', 'cancelled', 'in_page']) });
export type PrintResult = z.infer<typeof PrintResult>;

/** `path` null: the save dialog was cancelled. */
export const PdfResult = z.object({ path: z.string().nullable(), reprint: z.boolean() });
export type PdfResult = z.infer<typeof PdfResult>;

export const receiptsContract = {
  receiptPreview: { channel: 'receipts:preview', request: ReceiptRequest, response: ReceiptPreview },
  printReceipt: { channel: 'receipts:print', request: ReceiptRequest, response: PrintResult },
  saveReceiptPdf: { channel: 'receipts:pdf', request: ReceiptRequest, response: PdfResult },
} as const;

export const receiptsReasons = defineReasons('receipts', ['not_issued', 'no_refund']);

/** Printing receipts and reports (main/print). */
export const printReasons = defineReasons('print', ['unavailable']);
