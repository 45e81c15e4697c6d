import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../main/payments/backend';
import { KeyedChargeService } from '../../main/payments/keyed-charge';
import { closeTotals } from '../../main/close/close-totals';
import { keyedInput, paymentsHarness, type Harness } from './harness';

/**
 * Issue 12, finding 7: in live mode a payment PortOne marks `sandbox: true` was made through a test
 * channel (nothing real charged): it is a configuration error, never a sale counted as paid.
 */
describe('live mode refuses test payments', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('a keyed charge answered with sandbox: true is not paid: a configuration error the close does not count', async () => {
    h = await paymentsHarness();
    const harness = h;
    // Live settings pointed at a PortOne whose channel is a test channel (every sandbox payment is one).
    const live: Backend = { ...harness.backend, apiEnv: 'live-account', sandbox: false };
    const service = new KeyedChargeService({ ledger: harness.ledger, resolver: harness.resolver, backend: () => live, logger: harness.logger, now: Date.now, cashier: () => 'test' });
    const result = await service.chargeKeyed(keyedInput());
    expect(result).toMatchObject({ outcome: 'rejected', reasonCode: 'test_payment' });
    expect(result.reason).toContain('test');
    const record = harness.ledger.get(result.merchantUid);
    expect(record?.payment).toMatchObject({ status: 'rejected', sandbox: true });
    const totals = closeTotals([{ ...(record?.payment ?? result.payment), refundedTaxFree: null }], { refunds: 0, approvals: 0 });
    expect(totals.all.approved.count).toBe(0);
  });
});
