/**
 * `tsx webhost/receipt-screenshot.ts`: the 80 mm (and 58 mm) receipt of a sample cash sale as the
 * preview draws it — the same slip the thermal printer gets — rendered in Chromium to
 * docs/screenshots/receipt-80mm.png and receipt-58mm.png.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { receiptDocument } from '../main/receipts/receipt-document';
import { receiptSlip } from '../main/receipts/receipt-layout';
import { cashSale } from '../tests/printer/sample-receipts';

const OUT_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 420, height: 800 }, deviceScaleFactor: 2 });
  for (const paper of [80, 58] as const) {
    const model = cashSale({ paper });
    const doc = await receiptDocument(model, receiptSlip(model));
    await page.setContent(doc.html.replace('</style>', '.slip{border:1px solid #ccc;margin:8px}</style>'));
    await page.locator('.slip').screenshot({ path: `${OUT_DIR}receipt-${paper}mm.png` });
  }
} finally {
  await browser.close();
}
