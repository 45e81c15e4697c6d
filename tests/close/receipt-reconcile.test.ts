import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearFaults, setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import { attemptId, callOk } from '../cash/support';
import { sandboxToken } from '../core/support/sandbox';
import { startCoreFixture, type CoreFixture } from '../support/core-fixture';

/** A 현금영수증 call straight at the sandbox, behind the till's back. */
async function behindTheTill(baseUrl: string, method: 'POST' | 'DELETE', merchantUid: string): Promise<void> {
  const body = method === 'POST' ? { channel_key: SANDBOX_CREDENTIALS.channelKey, name: '직접 발급', amount: 7_000, identifier: '01011112222', identifier_type: 'phone', type: 'person' } : undefined;
  const res = await fetch(`${baseUrl}/receipts/external/${encodeURIComponent(merchantUid)}`, {
    method,
    headers: { authorization: await sandboxToken(baseUrl), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(((await res.json()) as { code: number }).code).toBe(0);
}

/** The day's reconciliation asks PortOne about every cash receipt of the period (core, real HTTP). */
describe('cash receipts in the reconciliation', () => {
  let fx: CoreFixture;
  beforeEach(async () => {
    fx = await startCoreFixture({ dirPrefix: 'pos-receipt-recon-' });
  });
  afterEach(() => fx.close());

  const cashSale = (amount: number) => callOk(fx, 'takeCash', { attemptId: attemptId(), amount, taxFree: 0, given: amount, orderName: '현금 판매' });

  it('finds a receipt cancelled at PortOne only and one PortOne holds that the POS does not', async () => {
    await callOk(fx, 'openDay', { floatAmount: 0 });
    const kept = await cashSale(20_000);
    const cancelledThere = await cashSale(15_000);
    const issuedThere = await cashSale(7_000);
    for (const sale of [kept, cancelledThere]) {
      const issued = await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: '010-3333-4444' } });
      expect(issued.receipt?.state).toBe('issued');
    }
    await behindTheTill(fx.sandbox.url, 'DELETE', cancelledThere.merchantUid);
    await behindTheTill(fx.sandbox.url, 'POST', issuedThere.merchantUid);

    const recon = await callOk(fx, 'reconcileDay', {});
    expect(recon.receipts).toMatchObject({ checked: 3, error: null });
    expect(recon.receipts?.issues.map((i) => [i.kind, i.merchantUid, i.pos, i.portone]).sort()).toEqual(
      [
        ['receipt_cancelled_at_portone', cancelledThere.merchantUid, 'issued', 'cancelled'],
        ['receipt_missing_here', issuedThere.merchantUid, 'none', 'issued'],
      ].sort(),
    );
  });

  it('says so when PortOne cannot be asked about a receipt, and reports no difference it could not check', async () => {
    await callOk(fx, 'openDay', { floatAmount: 0 });
    const sale = await cashSale(9_000);
    await callOk(fx, 'issueCashReceipt', { cashUid: sale.merchantUid, buyer: { identifierType: 'phone', identifier: '010-3333-4444' } });
    await setFaults(fx.sandbox.url, { path: '/receipts/external/*', method: 'GET', status: 502 });
    const recon = await callOk(fx, 'reconcileDay', {});
    await clearFaults(fx.sandbox.url);
    expect(recon.receipts).toMatchObject({ checked: 0, issues: [] });
    expect(recon.receipts?.error).toEqual(expect.any(String));
  });
});
