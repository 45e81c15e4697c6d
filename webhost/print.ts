import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PAPER_MM, type DocumentPrinter } from '../main/print/document-printer';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface ChromiumPrinter extends DocumentPrinter {
  close(): Promise<void>;
}

/**
 * The browser host's DocumentPrinter. PDFs come from headless Chromium (`page.pdf()`), written to
 * `outDir`; paper is printed by the cashier's own page (`window.print()` on the receipt view),
 * since a server cannot open the print dialog of the browser the cashier looks at.
 */
export function createChromiumPrinter(options: { outDir: string; executablePath?: string }): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = () =>
    (browser ??= chromium.launch({
      executablePath: options.executablePath ?? CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    }));

  return {
    print: () => Promise.resolve('in_page'),
    async savePdf(document) {
      const page = await (await launch()).newPage({ javaScriptEnabled: false });
      try {
        await page.setContent(document.html, { waitUntil: 'load' });
        const paper = PAPER_MM[document.paper];
        const contentPx = await page.evaluate('document.documentElement.scrollHeight');
        const pdf = await page.pdf({
          printBackground: true,
          width: `${paper.width}mm`,
          height: paper.height > 0 ? `${paper.height}mm` : `${Math.max(Number(contentPx) + 2, 200)}px`,
        });
        await mkdir(options.outDir, { recursive: true });
        const path = join(options.outDir, document.fileName);
        await writeFile(path, pdf);
        return path;
      } finally {
        await page.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running).close();
    },
  };
}
