import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import { PAPER_MM, type DocumentPrinter, type PrintableDocument } from '../print/document-printer';
import { lockedDownWebPreferences } from './web-preferences';

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;

/** A hidden print window never needs DevTools, packaged or not. */
export const printWindowOptions = (): BrowserWindowConstructorOptions => ({ show: false, webPreferences: lockedDownWebPreferences(true) });

/**
 * A hidden sandboxed window holding one document; destroyed by the caller. The documents carry
 * no scripts (every value is escaped); JavaScript stays on only so main can measure the height.
 */
async function loadHidden(document: PrintableDocument): Promise<BrowserWindow> {
  const window = new BrowserWindow(printWindowOptions());
  await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(document.html)}`);
  return window;
}

/**
 * The Electron DocumentPrinter: the system print dialog for paper, a save dialog (starting in
 * `<dataDir>/receipts`) and `printToPDF` for files.
 */
export function createElectronPrinter(options: { outDir: string; parent: () => BrowserWindow | null }): DocumentPrinter {
  return {
    async print(document) {
      const window = await loadHidden(document);
      try {
        return await new Promise((resolve) => {
          window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success ? 'printed' : 'cancelled'));
        });
      } finally {
        window.destroy();
      }
    },
    async savePdf(document) {
      await mkdir(options.outDir, { recursive: true });
      const parent = options.parent();
      const dialogOptions = { defaultPath: join(options.outDir, document.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return null;
      const window = await loadHidden(document);
      try {
        const paper = PAPER_MM[document.paper];
        const contentPx = Number(await window.webContents.executeJavaScript('document.documentElement.scrollHeight', true));
        const heightInches = paper.height > 0 ? paper.height / MM_PER_INCH : Math.max(contentPx / CSS_PX_PER_INCH, 2);
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          pageSize: { width: paper.width / MM_PER_INCH, height: heightInches },
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        await writeFile(choice.filePath, pdf);
        return choice.filePath;
      } finally {
        window.destroy();
      }
    },
  };
}
