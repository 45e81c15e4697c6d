import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Request } from '../../contract/channels';
import { createLogger, fileSink } from '../../main/logging';
import { setFaults } from '../../sandbox/control';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { tempDir } from '../core/support/temp-dir';
import { IPC_CALLER, keyedRequest, startCoreFixture } from '../support/core-fixture';
import { cardDataNeedles, findCardData } from './card-scan';

/**
 * Suite-level scan: one data directory (ledger, its WAL, a debug-level log) after a charge
 * down every path the app has — approved, each decline shape, refused by validation, unknown and
 * resolved by lookup, a repeat of a finished sale, a card kept on file and charged again, a
 * refund — holds none of the card data that went in. (The fault campaign scans its own data dir
 * after kills and restarts.)
 */
const INVALID_LUHN = '5365-1000-0000-0007';

describe('card data at rest, after every payment path', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('no file in the data directory holds a card number, expiry, birth date or password digits', async () => {
    const logger = createLogger({ level: 'debug', sinks: [fileSink(join(dir.path, 'logs', 'pos.log'))] });
    const fx = await startCoreFixture({
      dataDir: dir.path,
      logger,
      caller: IPC_CALLER,
      deps: {
        // Background lookups every 20 ms; the grace outlasts the injected latency (as 60 s outlasts PortOne's).
        sleep: (_ms, signal) => new Promise((resolve) => (signal.aborted ? resolve() : setTimeout(resolve, 20))),
        settleGraceMs: 2_000,
        portoneTimeouts: { chargeMs: 400 },
      },
    });
    const { core, sandbox, call } = fx;
    let seq = 0;
    const keyed = (cardNumber: string, extra: Partial<Request<'chargeKeyed'>> = {}): Request<'chargeKeyed'> =>
      keyedRequest({ attemptId: `at-rest-${Date.now()}-${++seq}`, amount: 23_000, orderName: 'At rest', cardNumber, ...extra });
    try {
      const outcomes: string[] = [];
      for (const card of Object.values(TEST_CARDS)) {
        const answer = await call('chargeKeyed', keyed(card));
        outcomes.push(answer.ok ? (answer.data as { outcome: string }).outcome : answer.error.code);
      }
      expect(outcomes).toEqual(['paid', 'failed', 'rejected', 'rejected', 'failed', 'failed']);
      expect(await call('chargeKeyed', keyed(INVALID_LUHN))).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'cardNumber' } });

      // Unknown outcomes (dropped answer, 5xx after the charge, latency past the timeout), then resolved by lookup.
      const unknown: string[] = [];
      for (const fault of [{ commitThenDrop: true }, { status: 503 as const, phase: 'after' as const }, { latencyMs: 600 }]) {
        await setFaults(sandbox.url, { path: '/subscribe/payments/onetime', count: 1, ...fault });
        const answer = await call('chargeKeyed', keyed(TEST_CARDS.approve));
        expect(answer).toMatchObject({ ok: true, data: { outcome: 'unknown' } });
        if (answer.ok) unknown.push((answer.data as { merchantUid: string }).merchantUid);
      }
      await core.whenIdle();
      for (const merchantUid of unknown) {
        expect(await call('refreshPayment', { merchantUid })).toMatchObject({ ok: true, data: { payment: { status: 'paid' } } });
      }

      // A repeat of a finished sale answers from the ledger.
      const sale = keyed(TEST_CARDS.approve);
      const first = await call('chargeKeyed', sale);
      expect(await call('chargeKeyed', sale)).toEqual(first);

      // Card on file: kept with a charge, charged again; then a partial refund.
      const saved = await call('chargeKeyed', keyed(TEST_CARDS.approve, { saveCard: { consent: true, name: 'Lee', phone: '', memo: '' } }));
      expect(saved).toMatchObject({ ok: true, data: { outcome: 'paid' } });
      const customers = await call('searchCustomers', { query: 'Lee', limit: 10 });
      const customerUid = customers.ok ? (customers.data as { customerUid: string }[])[0]?.customerUid : undefined;
      expect(customerUid).toBeDefined();
      const again = await call('chargeAgain', { attemptId: `at-rest-again-${Date.now()}`, customerUid, amount: 9_900, taxFree: 0, orderName: 'Again', cardQuota: 0 });
      expect(again).toMatchObject({ ok: true, data: { charge: { outcome: 'paid' } } });
      if (!first.ok) throw new Error('charge');
      const merchantUid = (first.data as { merchantUid: string }).merchantUid;
      const quote = await call('refundQuote', { merchantUid });
      if (!quote.ok) throw new Error('quote');
      const refundable = (quote.data as { refundable: number }).refundable;
      expect(await call('refund', { merchantUid, amount: 3_000, taxFree: 0, reason: 'returned', expectedRefundable: refundable })).toMatchObject({
        ok: true,
        data: { outcome: 'refunded' },
      });

      const needles = cardDataNeedles([...Object.values(TEST_CARDS), INVALID_LUHN]);
      // While running (the WAL holds the latest writes) and after an orderly close.
      expect(findCardData(dir.path, needles).hits).toEqual([]);
      await core.close();
      const after = findCardData(dir.path, needles);
      expect(after.hits).toEqual([]);
      expect(after.files.map((f) => f.slice(dir.path.length))).toEqual(expect.arrayContaining(['/ledger.sqlite', '/logs/pos.log']));
    } finally {
      await fx.close();
    }
  }, 60_000);
});
