/**
 * A receipt on the thermal printer: (1) laying out and encoding an 80 mm cash sale with a cart
 * (letterhead, 3 lines, VAT split, change, cash receipt, QR) against iconv-lite encoding the same
 * text alone; (2) the whole job to a fake LAN printer on 127.0.0.1 (connect, DLE EOT ×3, bytes,
 * close) against a bare connect-write-close of the same bytes to the same server, in the same run.
 */
import iconv from 'iconv-lite';
import { connect } from 'node:net';
import { DEFAULT_PRINTER_SETTINGS } from '../../contract/printer';
import { encodeJob } from '../../main/printer/escpos/encoder';
import { PrinterService } from '../../main/printer/printer-service';
import { systemSerial } from '../../main/printer/transports/serial';
import { receiptSlip } from '../../main/receipts/receipt-layout';
import { captureLogger } from '../../tests/core/support/capture-logger';
import { FakePrinter } from '../../tests/printer/fake-printer';
import { cashSale } from '../../tests/printer/sample-receipts';
import { measureInterleaved } from '../lib/measure';
import { row, type Figure } from '../lib/types';

const OPTIONS = { copies: 1, cut: true, drawer: true };

function rawSend(port: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    socket.once('close', () => resolve());
    socket.once('error', reject);
  });
}

export const figure: Figure = async () => {
  const model = cashSale();
  const text = receiptSlip(model)
    .blocks.map((b) => (b.kind === 'text' ? b.text : b.data))
    .join('\n');
  const encode = await measureInterleaved(
    { slip: () => encodeJob(receiptSlip(model), OPTIONS), iconv: () => iconv.encode(text, 'euc-kr') },
    { iterations: 2000, warmupIterations: 100, rounds: 4 },
  );

  const printer = new FakePrinter();
  const port = await printer.start();
  try {
    const settings = { ...DEFAULT_PRINTER_SETTINGS, output: 'escpos_network' as const, host: '127.0.0.1', port };
    const service = new PrinterService({ store: { get: () => settings, set: () => undefined }, serial: systemSerial, logger: captureLogger() });
    const slip = receiptSlip(model);
    const bytes = encodeJob(slip, OPTIONS);
    const job = await measureInterleaved(
      { job: () => service.printSlip(slip, { drawer: true }), raw: () => rawSend(port, bytes) },
      { iterations: 200, warmupIterations: 10, rounds: 4 },
    );
    const { slip: s, iconv: i } = encode;
    const { job: j, raw: r } = job;
    if (!s || !i || !j || !r) throw new Error('receipt bench: missing samples');
    return [
      row({
        figure: 'receipt: lay out + encode an 80 mm cash sale (KS X 1001 checked), p95',
        value: s.p95,
        unit: 'ms',
        baseline: i.p95,
        p50: s.p50,
        p95: s.p95,
        note: 'baseline: iconv-lite euc-kr encode of the same text (no layout, no check)',
      }),
      row({
        figure: 'receipt: whole print job to a LAN printer on loopback (status + bytes), p95',
        value: j.p95,
        unit: 'ms',
        baseline: r.p95,
        p50: j.p50,
        p95: j.p95,
        note: 'baseline: connect, write the same bytes, close (no status round trips)',
      }),
    ];
  } finally {
    await printer.close();
  }
};
