import { afterEach, describe, expect, it } from 'vitest';
import { PortOneClient, type ExternalReceiptRequest } from '../../main/portone/client';
import { createTransport } from '../../main/portone/transport';
import { clearFaults, listCashReceipts, setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';

let seq = 0;
const uid = () => `cash-${Date.now()}-${++seq}`;
const PHONE = '010-9876-5432';

function receipt(overrides: Partial<ExternalReceiptRequest> = {}): ExternalReceiptRequest {
  return {
    merchant_uid: uid(),
    channel_key: SANDBOX_CREDENTIALS.channelKey,
    name: '아메리카노 외 1건',
    amount: 10_000,
    tax_free: 0,
    identifier: PHONE,
    identifier_type: 'phone',
    type: 'person',
    ...overrides,
  };
}

/** The external cash-receipt calls of the REST client, over real HTTP against the sandbox. */
describe('PortOne client: external cash receipts', () => {
  const sandboxes: SandboxHandle[] = [];
  const clients: PortOneClient[] = [];
  const logger = captureLogger();

  async function setup(secret: string = SANDBOX_CREDENTIALS.impSecret) {
    const s = await startSandbox({ port: 0 });
    sandboxes.push(s);
    const c = new PortOneClient({
      transport: createTransport(s.url),
      credentials: { impKey: SANDBOX_CREDENTIALS.impKey, impSecret: secret },
      logger,
      timeouts: { chargeMs: 5_000, lookupMs: 5_000, tokenMs: 5_000 },
    });
    clients.push(c);
    return { s, c };
  }

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await Promise.all(sandboxes.splice(0).map((s) => s.close()));
    // The identifier is personal data: never in a log line.
    expect(logger.text()).not.toContain(PHONE);
    expect(logger.text()).not.toContain('98765432');
    logger.lines.length = 0;
  });

  it('issues, looks up and cancels: issued (with the 국세청 approval number) → found → cancelled; a second cancel is rejected', async () => {
    const { s, c } = await setup();
    const request = receipt({ tax_free: 1_000 });
    const issued = await c.issueExternalReceipt(request);
    expect(issued).toMatchObject({ outcome: 'issued', receipt: { merchant_uid: request.merchant_uid, amount: 10_000, vat: 818, type: 'person', cancelled_at: 0 } });
    if (issued.outcome !== 'issued') throw new Error('not issued');
    expect(issued.receipt.apply_num).toMatch(/^\d{9}$/);
    expect((await listCashReceipts(s.url)).map((r) => [r.id, r.identifier])).toEqual([[request.merchant_uid, PHONE]]);

    expect(await c.getExternalReceipt(request.merchant_uid)).toEqual({ outcome: 'found', receipt: issued.receipt });

    const cancelled = await c.cancelExternalReceipt(request.merchant_uid);
    expect(cancelled).toMatchObject({ outcome: 'cancelled', receipt: { apply_num: issued.receipt.apply_num } });
    if (cancelled.outcome !== 'cancelled') throw new Error('not cancelled');
    expect(cancelled.receipt.cancelled_at).toBeGreaterThan(0);
    expect(await c.cancelExternalReceipt(request.merchant_uid)).toEqual({ outcome: 'rejected', reason: '이미 발급취소된 현금영수증입니다.' });
  });

  it('unknown merchant_uid: lookup and cancel answer none', async () => {
    const { c } = await setup();
    expect(await c.getExternalReceipt(uid())).toEqual({ outcome: 'none' });
    expect(await c.cancelExternalReceipt(uid())).toEqual({ outcome: 'none' });
  });

  it('refusals are rejected with the sandbox sentence: a duplicate, a malformed identifier, bad credentials', async () => {
    const { c } = await setup();
    const request = receipt();
    expect((await c.issueExternalReceipt(request)).outcome).toBe('issued');
    expect(await c.issueExternalReceipt(request)).toEqual({
      outcome: 'rejected',
      rejection: 'invalid_request',
      reason: '이미 현금영수증이 발급된 건입니다. 다시 발급하려면 먼저 발급취소(DELETE)하세요.',
    });
    expect(await c.issueExternalReceipt(receipt({ identifier: '123', identifier_type: 'business', type: 'company' }))).toEqual({
      outcome: 'rejected',
      rejection: 'invalid_request',
      reason: 'identifier 는 사업자등록번호 10자리여야 합니다. (identifier_type business)',
    });

    const bad = await setup('not-the-secret');
    expect(await bad.c.issueExternalReceipt(receipt())).toMatchObject({ outcome: 'rejected', rejection: 'credentials' });
  });

  it('a lost answer (commit then drop) is unknown; the lookup finds the one receipt that was issued', async () => {
    const { s, c } = await setup();
    const request = receipt();
    await setFaults(s.url, { path: '/receipts/external/*', method: 'POST', commitThenDrop: true, count: 1 });
    expect(await c.issueExternalReceipt(request)).toMatchObject({ outcome: 'unknown', cause: 'reset' });
    const found = await c.getExternalReceipt(request.merchant_uid);
    expect(found).toMatchObject({ outcome: 'found', receipt: { merchant_uid: request.merchant_uid, amount: 10_000 } });
    expect((await listCashReceipts(s.url)).filter((r) => r.id === request.merchant_uid)).toHaveLength(1);
  });

  it('a 503 before handling is unknown (server_error) and nothing was issued; a lookup that fails is unknown, never none', async () => {
    const { s, c } = await setup();
    const request = receipt();
    await setFaults(s.url, { path: '/receipts/external/*', method: 'POST', status: 503, count: 1 });
    expect(await c.issueExternalReceipt(request)).toMatchObject({ outcome: 'unknown', cause: 'server_error' });
    expect(await c.getExternalReceipt(request.merchant_uid)).toEqual({ outcome: 'none' });

    await setFaults(s.url, { path: '/receipts/external/*', method: 'GET', status: 502, count: 1 });
    expect(await c.getExternalReceipt(request.merchant_uid)).toMatchObject({ outcome: 'unknown', cause: 'server_error' });
    await clearFaults(s.url);
  });

  it('PortOne unreachable before the request left: not_sent', async () => {
    const { s, c } = await setup();
    await s.close();
    expect(await c.issueExternalReceipt(receipt())).toMatchObject({ outcome: 'not_sent' });
    expect(await c.cancelExternalReceipt(uid())).toMatchObject({ outcome: 'not_sent' });
  });
});
