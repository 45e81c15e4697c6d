import { describe, expect, it } from 'vitest';
import { compareWithPortOne, type LedgerSide } from '../../main/close/reconcile';
import { PortOnePayment } from '../../main/portone/schemas';

const remote = (over: Partial<Record<string, unknown>>): PortOnePayment =>
  PortOnePayment.parse({ imp_uid: 'imp_1', merchant_uid: 'pos-1', amount: 10_000, cancel_amount: 0, status: 'paid', started_at: 100, ...over });
const local = (over: Partial<LedgerSide>): LedgerSide => ({ merchantUid: 'pos-1', impUid: 'imp_1', status: 'paid', amount: 10_000, cancelAmount: 0, ...over });
const always = () => true;
const never = () => false;

describe('reconciliation against PortOne', () => {
  it('finds nothing when both agree, a partly refunded payment included (V1 keeps it paid)', () => {
    const issues = compareWithPortOne(
      [local({}), local({ merchantUid: 'pos-2', status: 'partially_cancelled', cancelAmount: 4_000 })],
      [remote({}), remote({ imp_uid: 'imp_2', merchant_uid: 'pos-2', cancel_amount: 4_000 })],
      always,
      never,
    );
    expect(issues).toEqual([]);
  });

  it('lists a PortOne payment the ledger does not have, unless it belongs to another day', () => {
    const direct = remote({ imp_uid: 'imp_9', merchant_uid: 'direct-1' });
    expect(compareWithPortOne([], [direct], always, never)).toEqual([
      expect.objectContaining({ kind: 'missing_in_ledger', merchantUid: 'direct-1', impUid: 'imp_9', ledger: null }),
    ]);
    expect(compareWithPortOne([], [direct], () => false, never)).toEqual([]);
    expect(compareWithPortOne([], [direct], always, (uid) => uid === 'direct-1')).toEqual([]);
  });

  it('lists a charged ledger payment PortOne does not have; a declined one is fine either way', () => {
    const issues = compareWithPortOne([local({}), local({ merchantUid: 'pos-3', status: 'rejected', impUid: null })], [], always, never);
    expect(issues).toEqual([expect.objectContaining({ kind: 'missing_at_portone', merchantUid: 'pos-1' })]);
  });

  it('lists a different status or amount', () => {
    const issues = compareWithPortOne(
      [local({}), local({ merchantUid: 'pos-2', status: 'unknown' }), local({ merchantUid: 'pos-3' })],
      [remote({ status: 'cancelled', cancel_amount: 10_000 }), remote({ merchant_uid: 'pos-2' }), remote({ merchant_uid: 'pos-3', cancel_amount: 500 })],
      always,
      never,
    );
    expect(issues.map((i) => [i.kind, i.merchantUid])).toEqual([
      ['status_differs', 'pos-1'],
      ['status_differs', 'pos-2'],
      ['amount_differs', 'pos-3'],
    ]);
  });

  it('prefers the paid attempt when PortOne holds several for one merchant_uid', () => {
    const issues = compareWithPortOne([local({})], [remote({ status: 'failed', imp_uid: 'imp_0' }), remote({})], always, never);
    expect(issues).toEqual([]);
  });
});
