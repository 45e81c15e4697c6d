import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

describe('POST /payments/cancel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  const pay = async (over: Record<string, unknown> = {}) =>
    (await h.api<Payment>('POST', '/subscribe/payments/onetime', card(over))).data.response;
  const cancel = (body: Record<string, unknown>) => h.api<Payment | null>('POST', '/payments/cancel', body);

  it('partial cancels accumulate cancel_amount and cancel_history; the last one makes it cancelled', async () => {
    const p = await pay({ amount: 10_000 });
    const a = await cancel({ imp_uid: p.imp_uid, amount: 3_000, reason: '부분 환불', checksum: 10_000 });
    expect(a.status).toBe(200);
    expect(a.data.code).toBe(0);
    const pa = a.data.response as Payment;
    expect(pa).toMatchObject({ status: 'paid', cancel_amount: 3_000, cancel_reason: '부분 환불' });
    expect(pa.cancel_history).toHaveLength(1);
    const h1 = pa.cancel_history[0];
    expect(h1).toMatchObject({ amount: 3_000, reason: '부분 환불' });
    expect(h1?.cancellation_id).toMatch(/^[0-9a-f]{24}$/);
    expect(h1?.pg_tid).toEqual(expect.any(String));
    expect(h1?.receipt_url).toContain(`/sandbox/receipts/${p.imp_uid}?cancellation_id=${h1?.cancellation_id}`);
    expect(h1?.cancelled_at).toBeGreaterThan(0);

    const b = await cancel({ imp_uid: p.imp_uid, amount: 2_000, checksum: 7_000 });
    expect((b.data.response as Payment).cancel_amount).toBe(5_000);
    expect((b.data.response as Payment).cancel_history).toHaveLength(2);

    // amount omitted = the whole remaining balance.
    const c = await cancel({ imp_uid: p.imp_uid });
    const pc = c.data.response as Payment;
    expect(pc).toMatchObject({ status: 'cancelled', cancel_amount: 10_000 });
    expect(pc.cancel_history.map((x) => x.amount)).toEqual([3_000, 2_000, 5_000]);
    expect(pc.cancelled_at).toBeGreaterThan(0);
    expect(new Set(pc.cancel_history.map((x) => x.cancellation_id)).size).toBe(3);

    const found = await h.api<Payment>('GET', `/payments/${p.imp_uid}?include_sandbox=true`);
    expect(found.data.response.cancel_amount).toBe(10_000);
    expect(found.data.response.status).toBe('cancelled');
  });

  it('amount 0 is a full cancel; cancel of a cancelled payment → code != 0, response null', async () => {
    const p = await pay({ amount: 5_000 });
    const r = await cancel({ merchant_uid: p.merchant_uid, amount: 0 });
    expect(r.data.response).toMatchObject({ status: 'cancelled', cancel_amount: 5_000 });
    const again = await cancel({ imp_uid: p.imp_uid });
    expect(again.status).toBe(200);
    expect(again.data.code).not.toBe(0);
    expect(again.data.response).toBeNull();
    expect(again.data.message).toMatch(/이미 전액취소/);
  });

  it('a checksum that is not the refundable balance blocks the cancel; null skips the check', async () => {
    const p = await pay({ amount: 8_000 });
    const bad = await cancel({ imp_uid: p.imp_uid, amount: 1_000, checksum: 7_000 });
    expect(bad.status).toBe(200);
    expect(bad.data.code).not.toBe(0);
    expect(bad.data.response).toBeNull();
    expect(bad.data.message).toMatch(/checksum/);
    const after = await h.api<Payment>('GET', `/payments/find/${p.merchant_uid}`);
    expect(after.data.response.cancel_amount).toBe(0);
    const skip = await cancel({ imp_uid: p.imp_uid, amount: 1_000, checksum: null });
    expect(skip.data.code).toBe(0);
    // Form bodies carry the checksum as a string.
    const form = await h.http.post('/payments/cancel', new URLSearchParams({ imp_uid: p.imp_uid, amount: '1000', checksum: '7000' }).toString(), {
      headers: { Authorization: await h.token(), 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.data.code).toBe(0);
    expect(form.data.response.cancel_amount).toBe(2_000);
  });

  it('over-refund is refused and changes nothing', async () => {
    const p = await pay({ amount: 4_000 });
    await cancel({ imp_uid: p.imp_uid, amount: 3_000 });
    const over = await cancel({ imp_uid: p.imp_uid, amount: 1_001 });
    expect(over.status).toBe(200);
    expect(over.data.code).not.toBe(0);
    expect(over.data.response).toBeNull();
    expect(over.data.message).toMatch(/1000원/);
    const after = await h.api<Payment>('GET', `/payments/find/${p.merchant_uid}`);
    expect(after.data.response.cancel_amount).toBe(3_000);
    expect(after.data.response.cancel_history).toHaveLength(1);
  });

  it('imp_uid wins over merchant_uid, and an unknown imp_uid fails even with a valid merchant_uid', async () => {
    const a = await pay({ amount: 1_000 });
    const b = await pay({ amount: 2_000 });
    const r = await cancel({ imp_uid: b.imp_uid, merchant_uid: a.merchant_uid });
    expect((r.data.response as Payment).imp_uid).toBe(b.imp_uid);
    expect((await h.api<Payment>('GET', `/payments/find/${a.merchant_uid}`)).data.response.status).toBe('paid');
    const ghost = await cancel({ imp_uid: 'imp_000000000000', merchant_uid: a.merchant_uid });
    expect(ghost.status).toBe(200);
    expect(ghost.data).toEqual({ code: 1, message: '취소할 결제건이 존재하지 않습니다.', response: null });
    expect((await h.api<Payment>('GET', `/payments/find/${a.merchant_uid}`)).data.response.status).toBe('paid');
  });

  it('unknown payment → 200 code 1; neither id → 400; failed payments are not cancellable', async () => {
    const r = await cancel({ merchant_uid: uid() });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ code: 1, message: '취소할 결제건이 존재하지 않습니다.', response: null });
    const none = await cancel({ reason: 'x' });
    expect(none.status).toBe(400);
    expect(none.data.response).toBeNull();
    const failed = await pay({ card_number: '5365-1000-0000-0014' });
    const rf = await cancel({ imp_uid: failed.imp_uid });
    expect(rf.data.code).not.toBe(0);
    expect(rf.data.response).toBeNull();
    const neg = await cancel({ imp_uid: failed.imp_uid, amount: -1 });
    expect(neg.status).toBe(400);
  });

  it('by merchant_uid the paid attempt is cancelled, not a failed one sharing the id', async () => {
    const m = uid();
    await pay({ merchant_uid: m, card_number: '5365-1000-0000-0014' });
    const paid = await pay({ merchant_uid: m });
    const r = await cancel({ merchant_uid: m, amount: 1_000 });
    expect((r.data.response as Payment).imp_uid).toBe(paid.imp_uid);
  });

  it('tracks the tax-free share: a cancel cannot refund more tax-free money than is left', async () => {
    const p = await pay({ amount: 10_000, tax_free: 4_000 });
    const tooMuch = await cancel({ imp_uid: p.imp_uid, amount: 5_000, tax_free: 4_500 });
    expect(tooMuch.data.code).not.toBe(0);
    expect(tooMuch.data.message).toMatch(/면세/);
    const first = await cancel({ imp_uid: p.imp_uid, amount: 5_000, tax_free: 3_000 });
    expect(first.data.code).toBe(0);
    // 1,000 tax-free left: 2,000 tax-free is refused, even though the total balance allows it.
    const second = await cancel({ imp_uid: p.imp_uid, amount: 2_000, tax_free: 2_000 });
    expect(second.data.code).not.toBe(0);
    expect(second.data.message).toMatch(/1000원/);
    // Taxable left is 4,000: a 5,000 cancel must take the last 1,000 tax-free (inferred), which fits.
    const rest = await cancel({ imp_uid: p.imp_uid });
    expect(rest.data.response).toMatchObject({ status: 'cancelled', cancel_amount: 10_000 });
  });
});
