import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { createElectronPrinter } from '../../main/electron/print';
import { tempDir } from '../core/support/temp-dir';
import { BrowserWindow, electronState, resetElectron } from '../electron/mocks/electron';

vi.mock('electron', () => import('../electron/mocks/electron'));

const doc = { html: '<!doctype html><html><body><p>영수증</p></body></html>', fileName: 'receipt-sale-x.pdf', paper: 'receipt' as const };

describe('Electron DocumentPrinter (hidden window)', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    resetElectron();
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  const printer = () => createElectronPrinter({ outDir: join(dir.path, 'receipts'), parent: () => null });

  it('prints through the system dialog from a hidden sandboxed window, then destroys it', async () => {
    expect(await printer().print(doc)).toBe('printed');
    const [window] = BrowserWindow.instances;
    expect(window?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(window?.loadURL).toHaveBeenCalledWith(`data:text/html;charset=utf-8,${encodeURIComponent(doc.html)}`);
    expect(window?.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
    expect(window?.destroyed).toBe(true);
  });

  it('a closed print dialog is "cancelled"', async () => {
    const p = printer();
    const pending = p.print(doc);
    const window = BrowserWindow.instances[0];
    if (window) window.webContents.printAnswer = false;
    // The answer is read when print() runs, after the page loaded.
    expect(await pending).toBe('cancelled');
  });

  it('saves a PDF where the save dialog says, starting in <dataDir>/receipts; a cancelled dialog writes nothing', async () => {
    expect(await printer().savePdf(doc)).toBeNull();
    expect(BrowserWindow.instances).toHaveLength(0);

    const target = join(dir.path, 'chosen.pdf');
    electronState.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await printer().savePdf(doc)).toBe(target);
    expect(electronState.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: join(dir.path, 'receipts', doc.fileName) }));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-fake');
    expect(existsSync(join(dir.path, 'receipts'))).toBe(true);
    const window = BrowserWindow.instances[0];
    // 80 mm wide, as long as the content (600 px at 96 px/in).
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: { width: 80 / 25.4, height: 600 / 96 } }));
    expect(window?.destroyed).toBe(true);
  });
});
