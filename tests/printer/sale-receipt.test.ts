import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRINTER_SETTINGS, type PrinterSettings } from '../../contract/printer';
import type { ChargeResult } from '../../contract/channels';
import type { PaymentDetail } from '../../contract/schemas';
import { data, keyedRequest, startCoreFixture, type CoreFixture } from '../support/core-fixture';
import { decodeEscPos, linesOf, ofType } from './escpos-decoder';
import { FakePrinter, PAPER_OUT, READY, OFFLINE } from './fake-printer';

/**
 * The whole path in the core: a keyed charge over HTTP against the sandbox, then its receipt to
 * a fake LAN printer. A printer that fails never touches the sale; the receipt can be printed
 * again and is then still the original.
 */
describe('a sale and its receipt on the thermal printer', () => {
  let fx: CoreFixture;
  let printer: FakePrinter;
  let settings: PrinterSettings;

  beforeAll(async () => {
    printer = new FakePrinter();
    const port = await printer.start();
    fx = await startCoreFixture({ dirPrefix: 'pos-printer-', deps: { printerTimeouts: { jobMs: 3000, connectMs: 1000, statusMs: 500 } } });
    settings = { ...DEFAULT_PRINTER_SETTINGS, output: 'escpos_network', host: '127.0.0.1', port, owner: '김대표', phone: '02-123-4567' };
    data(await fx.call('savePrinterSettings', { settings }));
  });
  afterAll(async () => {
    await fx.close();
    await printer.close();
  });

  const charge = async (attemptId: string) => data<ChargeResult>(await fx.call('chargeKeyed', keyedRequest({ attemptId, orderName: '원두 1kg' })));

  it('offline or out of paper: the sale stays paid, the print says why, and the next print is the original', async () => {
    const sale = await charge('printer-fail-0001');
    expect(sale.outcome).toBe('paid');
    for (const [status, reason] of [
      [OFFLINE, 'printer.offline'],
      [PAPER_OUT, 'printer.paper_out'],
    ] as const) {
      printer.status = status;
      const res = await fx.call('printReceipt', { merchantUid: sale.merchantUid, kind: 'sale' });
      expect(res).toMatchObject({ ok: false, error: { code: 'unavailable', reason } });
    }
    const detail = data<PaymentDetail>(await fx.call('getPayment', { merchantUid: sale.merchantUid }));
    expect(detail.payment.status).toBe('paid');

    printer.status = READY;
    const before = printer.jobs.length;
    expect(data(await fx.call('printReceipt', { merchantUid: sale.merchantUid, kind: 'sale' }))).toMatchObject({ outcome: 'printed', reprint: false });
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    const events = decodeEscPos(job ?? Buffer.alloc(0));
    const lines = linesOf(events).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('상품명 원두 1kg');
    expect(lines).toContain('대표자 김대표');
    expect(lines.join('\n')).not.toContain('재출력');
    // A card sale: no drawer kick.
    expect(ofType(events, 'drawer')).toEqual([]);
  });

  it('the second print of the same receipt says 재출력', async () => {
    const sale = await charge('printer-again-0001');
    data(await fx.call('printReceipt', { merchantUid: sale.merchantUid, kind: 'sale' }));
    const before = printer.jobs.length;
    expect(data(await fx.call('printReceipt', { merchantUid: sale.merchantUid, kind: 'sale' }))).toMatchObject({ reprint: true });
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    expect(linesOf(decodeEscPos(job ?? Buffer.alloc(0))).some((l) => l.includes('재출력'))).toBe(true);
  });

  it('test print reports the status; the X report prints in the same style', async () => {
    printer.status = READY;
    expect(data(await fx.call('testPrint', { settings }))).toEqual({ printed: true, status: { online: true, coverOpen: false, paperOut: false, paperNearEnd: false } });
    data(await fx.call('openDay', { floatAmount: 50_000 }));
    const before = printer.jobs.length;
    data(await fx.call('printDaySlip', { dayId: null }));
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    const lines = linesOf(decodeEscPos(job ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('중간정산 (X)');
    expect(lines).toContain('시재금 50,000원');
  });

  it('the day close prints the drawer slip: float, cash sales, refunds, drops, pay-outs, expected, counted, difference', async () => {
    const sale = data<{ merchantUid: string }>(await fx.call('takeCash', { attemptId: 'drawer-slip-0001', amount: 12_000, taxFree: 0, given: 20_000, orderName: '도시락' }));
    data(await fx.call('refundCash', { merchantUid: sale.merchantUid, amount: 2_000, reason: '부분 반품' }));
    data(await fx.call('moveDrawerCash', { kind: 'drop', amount: 30_000, reason: '금고 입금' }));
    data(await fx.call('moveDrawerCash', { kind: 'payout', amount: 3_000, reason: '택배비' }));
    const closed = data<{ day: { id: number } }>(await fx.call('closeDay', { countedCash: 26_000 }));
    // Each cash movement kicked the drawer open (a job of its own): those are out first.
    await fx.core.whenIdle();
    const before = printer.jobs.length;
    data(await fx.call('printDaySlip', { dayId: closed.day.id }));
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    const lines = linesOf(decodeEscPos(job ?? Buffer.alloc(0))).map((l) => l.replace(/\s+/g, ' ').trim());
    // 50,000 + 12,000 − 2,000 − 30,000 − 3,000 = 27,000 expected; 26,000 counted.
    for (const line of ['마감정산 (Z)', '시재 정산', '시재금 50,000원', '현금 매출 1건 +12,000원', '현금 환불 1건 -2,000원', '금고 입금 1건 -30,000원', '지급 1건 -3,000원', '예상 현금 27,000원', '마감 현금 26,000원', '과부족 1,000원 부족']) {
      expect(lines).toContain(line);
    }
  });

  it('the manager opens the drawer: one kick, audited', async () => {
    const before = printer.jobs.length;
    expect(data(await fx.call('openDrawer', {}))).toEqual({ opened: true });
    const [job] = (await printer.waitForJobs(before + 1)).slice(before);
    expect(ofType(decodeEscPos(job ?? Buffer.alloc(0)), 'drawer')).toHaveLength(1);
    const page = data<{ entries: { action: string }[] }>(await fx.call('auditPage', { beforeSeq: null, limit: 5 }));
    expect(page.entries.map((e) => e.action)).toContain('drawer_opened');
  });
});
