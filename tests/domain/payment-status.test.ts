import { describe, expect, it } from 'vitest';
import { PaymentStatus } from '../../contract/schemas';
import { isOpenStatus, ledgerStatusOf, portoneStatusOf, type PortOneStatus } from '../../domain/payment-status';

describe('payment status rules (one home)', () => {
  it('the two mappings agree: PortOne → ledger → PortOne returns the same status', () => {
    for (const status of ['ready', 'paid', 'cancelled', 'failed'] as PortOneStatus[]) {
      for (const cancelled of [0, 100]) expect(portoneStatusOf(ledgerStatusOf(status, cancelled))).toBe(status);
    }
    expect(ledgerStatusOf('paid', 100)).toBe('partially_cancelled');
  });

  it('only pending and unknown are open; every other ledger status is final', () => {
    expect(PaymentStatus.options.filter(isOpenStatus)).toEqual(['pending', 'unknown']);
    for (const open of ['pending', 'unknown'] as const) expect(portoneStatusOf(open)).toBeNull();
  });
});
