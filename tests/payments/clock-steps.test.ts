import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { Resolver } from '../../main/payments/resolver';
import { setFaults } from '../../sandbox/control';
import { sandboxPaymentsFor } from '../core/support/sandbox';
import { keyedInput, paymentsHarness, type Harness } from './harness';

const ONETIME = '/subscribe/payments/onetime';
const HOUR = 3_600_000;

/**
 * Issue 12, finding 3: "the request surely ended" is judged on a monotonic clock from when the
 * request's answer came back, so a wall-clock step (NTP, a cashier fixing the date) or a restart
 * never turns "not there yet" into "not charged".
 */
describe('grace period on a clock that cannot jump', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it.each([90_000, 2 * HOUR, -2 * HOUR])('a wall-clock step of %d ms: a charge PortOne records late is found paid, never called not charged', async (step) => {
    h = await paymentsHarness({ timeouts: { chargeMs: 200 }, background: false });
    // PortOne takes longer than our timeout, then records the charge as paid.
    await setFaults(h.sandbox.url, { path: ONETIME, latencyMs: 900, count: 1 });
    const result = await h.service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    h.jumpWall(step);
    expect(await h.resolver.lookupOnce(result.merchantUid)).toBe('open');
    expect(h.ledger.get(result.merchantUid)?.payment.status).toBe('unknown');
    await delay(1_200);
    expect(await h.resolver.lookupOnce(result.merchantUid)).toBe('resolved');
    expect(h.ledger.get(result.merchantUid)?.payment.status).toBe('paid');
    expect(await sandboxPaymentsFor(h.sandbox.url, result.merchantUid)).toHaveLength(1);
  });

  it('after the wall clock stepped back 2 h, a charge PortOne never received is still settled once the grace passed', async () => {
    h = await paymentsHarness({ timeouts: { chargeMs: 200 }, background: false });
    await setFaults(h.sandbox.url, { path: ONETIME, status: 503, count: 1 });
    const result = await h.service.chargeKeyed(keyedInput());
    expect(result.outcome).toBe('unknown');
    h.jumpWall(-2 * HOUR);
    expect(await h.resolver.lookupOnce(result.merchantUid)).toBe('open');
    h.advance(61_000);
    expect(await h.resolver.lookupOnce(result.merchantUid)).toBe('resolved');
    expect(h.ledger.get(result.merchantUid)?.payment).toMatchObject({ status: 'failed' });
    expect(h.ledger.get(result.merchantUid)?.reasonCode).toBe('not_charged');
  });

  it('after a restart the grace starts again: a 404 hours later (wall clock) is still "not there yet" at first', async () => {
    h = await paymentsHarness({ timeouts: { chargeMs: 200 }, background: false });
    await setFaults(h.sandbox.url, { path: ONETIME, status: 503, count: 1 });
    const result = await h.service.chargeKeyed(keyedInput());
    h.jumpWall(3 * HOUR);
    const harness = h;
    const restarted = new Resolver({ ledger: harness.ledger, backend: () => harness.backend, logger: harness.logger, now: harness.now, monotonic: harness.monotonic, sleep: harness.sleep });
    try {
      expect(await restarted.lookupOnce(result.merchantUid)).toBe('open');
      harness.advance(61_000);
      expect(await restarted.lookupOnce(result.merchantUid)).toBe('resolved');
      expect(harness.ledger.get(result.merchantUid)?.reasonCode).toBe('not_charged');
    } finally {
      await restarted.close();
    }
  });
});

/**
 * Issue 12 (must-have): a retry of the same sale after "not charged" reuses its merchant_uid, so
 * should that conclusion ever be wrong, PortOne's refusal of an already-paid merchant_uid stops a
 * second charge.
 */
describe('retry of the same sale', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('after "not charged" the retry goes out under the same merchant_uid; a wrong conclusion cannot charge twice', async () => {
    h = await paymentsHarness({ timeouts: { chargeMs: 200 }, background: false });
    const saleId = `sale-${Date.now()}`;
    // PortOne records the charge only after we gave up and concluded "not charged".
    await setFaults(h.sandbox.url, { path: ONETIME, latencyMs: 900, count: 1 });
    const first = await h.service.chargeKeyed(keyedInput({ saleId }));
    expect(first.outcome).toBe('unknown');
    h.advance(61_000);
    expect(await h.resolver.lookupOnce(first.merchantUid)).toBe('resolved');
    expect(h.ledger.get(first.merchantUid)?.reasonCode).toBe('not_charged');
    await delay(1_200);
    const retry = await h.service.chargeKeyed(keyedInput({ saleId }));
    expect(retry.merchantUid).toBe(first.merchantUid);
    await h.resolver.lookupOnce(retry.merchantUid);
    expect(h.ledger.get(retry.merchantUid)?.payment.status).toBe('paid');
    expect((await sandboxPaymentsFor(h.sandbox.url, first.merchantUid)).filter((p) => p.status === 'paid')).toHaveLength(1);
  });

  it('a sale with a payment still being checked cannot start another', async () => {
    h = await paymentsHarness({ timeouts: { chargeMs: 200 }, background: false });
    const saleId = `sale-${Date.now()}`;
    await setFaults(h.sandbox.url, { path: ONETIME, status: 503, count: 1 });
    expect((await h.service.chargeKeyed(keyedInput({ saleId }))).outcome).toBe('unknown');
    await expect(h.service.chargeKeyed(keyedInput({ saleId }))).rejects.toMatchObject({ code: 'conflict' });
  });
});
