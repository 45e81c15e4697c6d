import { AppError } from '../../contract/result';

/**
 * Printing and PDF, as a port: receipts (and the day-close report) are built as self-contained
 * HTML documents by pure functions; each host supplies a DocumentPrinter that turns one into
 * paper or a PDF file. Electron: a hidden window (`webContents.print()` / `printToPDF()`); the
 * browser host: headless Chromium for PDFs, and the page's own `window.print()` for paper.
 */

/** One printable document: a whole HTML page (inline `<style>`, inline SVG, no scripts, no network). */
export interface PrintableDocument {
  html: string;
  /** Suggested file name without directory, ending in `.pdf`. */
  fileName: string;
  /** Paper width; receipts are 80 mm roll paper, reports A4. */
  paper: 'receipt' | 'a4';
}

/**
 * `printed`: the system print dialog was confirmed. `cancelled`: the user closed it.
 * `in_page`: this host cannot open a print dialog itself (the browser host): the page shows the
 * document and calls `window.print()`.
 */
export type PrintOutcome = 'printed' | 'cancelled' | 'in_page';

export interface DocumentPrinter {
  print(document: PrintableDocument): Promise<PrintOutcome>;
  /** Writes the PDF and resolves to its path; null when the user cancelled a save dialog. */
  savePdf(document: PrintableDocument): Promise<string | null>;
}

/** Paper sizes in millimetres (height 0 = as long as the content, for roll paper). */
export const PAPER_MM: Record<PrintableDocument['paper'], { width: number; height: number }> = {
  receipt: { width: 80, height: 0 },
  a4: { width: 210, height: 297 },
};

/** A file name that is safe on every OS, keeping letters, digits, `-` and `_`. */
export function safeFileName(stem: string): string {
  const cleaned = stem.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80);
  return `${cleaned || 'document'}.pdf`;
}

const noPrinter = (): Promise<never> =>
  Promise.reject(new AppError('unavailable', 'Printing is not available in this setup.', { reason: 'print.unavailable' }));

/** What a host without any printer gives the core (e.g. a test core): nothing is printed or written. */
export const NO_PRINTER: DocumentPrinter = { print: noPrinter, savePdf: noPrinter };
