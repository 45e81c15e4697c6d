import type { Intent } from '../../../main/ledger/ledger';

let seq = 0;

/** A keyed intent with sensible defaults; override what the test cares about. */
export function intent(overrides: Partial<Intent> = {}): Intent {
  seq += 1;
  return {
    merchantUid: `test-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    attemptId: null,
    kind: 'keyed',
    amount: 11_000,
    taxFree: 0,
    orderName: 'Coffee beans',
    buyerName: 'Kim',
    cardQuota: 0,
    cardNumberMasked: '5365-10**-****-0006',
    cashier: 'test',
    sandbox: true,
    apiEnv: 'sandbox',
    at: 1_700_000_000_000 + seq,
    requestSentAt: null,
    ...overrides,
  };
}
