import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Payment } from './helpers';
import { card, harness, uid } from './helpers';

describe('persistence with dataFile (append-only JSONL journal)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-journal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('payments, cancels, billing keys, prepares and deletions survive a restart; a torn last line is skipped', async () => {
    const file = join(dir, 'nested', 'sandbox.jsonl');
    const cu = uid('cust');
    const gone = uid('cust');
    const first = await harness({ dataFile: file });
    const paid = (await first.api<Payment>('POST', '/subscribe/payments/onetime', card({ customer_uid: cu }))).data.response;
    await first.api('POST', '/subscribe/payments/onetime', card({ customer_uid: gone }));
    await first.api('DELETE', `/subscribe/customers/${gone}`);
    await first.api('POST', '/payments/cancel', { imp_uid: paid.imp_uid, amount: 1_000 });
    const prep = uid();
    await first.api('POST', '/payments/prepare', { merchant_uid: prep, amount: 777 });
    const failedReq = card({ card_number: '5365-1000-0000-0022' });
    await first.api('POST', '/subscribe/payments/onetime', failedReq);
    await first.close();

    const journal = readFileSync(file, 'utf8');
    // Never card data, expiry, birth or password digits on disk.
    for (const secret of ['5365100000000006', '5365-1000-0000-0006', '2099-12', '800101', '"12"', 'pwd_2digit', 'expiry', 'birth'])
      expect(journal, secret).not.toContain(secret);
    appendFileSync(file, '{"k":"pay","r":{"seq":99,"tax_'); // a kill mid-write

    const second = await harness({ dataFile: file });
    try {
      const again = await second.api<Payment>('GET', `/payments/${paid.imp_uid}?include_sandbox=true`);
      expect(again.status).toBe(200);
      expect(again.data.response).toMatchObject({ status: 'paid', cancel_amount: 1_000, merchant_uid: paid.merchant_uid });
      expect(again.data.response.cancel_history).toHaveLength(1);
      expect((await second.api('GET', `/subscribe/customers/${cu}`)).status).toBe(200);
      expect((await second.api('GET', `/subscribe/customers/${gone}`)).status).toBe(404);
      expect((await second.api('GET', `/payments/prepare/${prep}`)).data.response).toMatchObject({ amount: 777 });
      expect((await second.api<Payment>('GET', `/payments/find/${failedReq.merchant_uid}`)).data.response.status).toBe('failed');
      // The stored key still charges; the duplicate rule still holds after restart.
      const charge = await second.api<Payment>('POST', '/subscribe/payments/again', { customer_uid: cu, merchant_uid: uid(), amount: 500, name: 'x' });
      expect(charge.data.response.status).toBe('paid');
      const dup = await second.api('POST', '/subscribe/payments/onetime', card({ merchant_uid: paid.merchant_uid }));
      expect(dup.data.code).not.toBe(0);
    } finally {
      await second.close();
    }
    // A fresh in-memory instance knows nothing.
    const mem = await harness();
    try {
      expect((await mem.api('GET', `/payments/find/${paid.merchant_uid}`)).status).toBe(404);
    } finally {
      await mem.close();
    }
  });
});
