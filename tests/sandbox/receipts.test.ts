import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFaults, listCashReceipts, setFaults } from '../../sandbox/control';
import type { Harness, Payment } from './helpers';
import { card, harness, uid } from './helpers';

/** The six 현금영수증 endpoints (portone-v1.md §13), over HTTP. */

interface Receipt {
  merchant_uid?: string;
  imp_uid?: string;
  receipt_tid: string;
  apply_num: string;
  type: string;
  amount: number;
  vat: number;
  receipt_url: string;
  applied_at: number;
  cancelled_at: number;
}

describe('sandbox cash receipts', () => {
  let h: Harness;
  const clock = Date.UTC(2026, 11, 3, 5, 0, 0);
  beforeAll(async () => {
    h = await harness({ now: () => clock });
  });
  afterAll(() => h.close());

  const external = (over: Record<string, unknown> = {}) => ({
    channel_key: h.sb.credentials.channelKey,
    name: '아메리카노 외 2건',
    amount: 10_000,
    identifier: '010-1234-5678',
    identifier_type: 'phone',
    type: 'person',
    ...over,
  });

  it('issues an external receipt with the V1 fields; GET reads it back; receipt_url shows it; the sandbox keeps the identifier', async () => {
    const m = uid('cash');
    const r = await h.api<Receipt>('POST', `/receipts/external/${m}`, external({ tax_free: 1_200 }));
    expect(r.status).toBe(200);
    expect(r.data.code).toBe(0);
    const rc = r.data.response;
    expect(rc).toEqual({
      merchant_uid: m,
      receipt_tid: expect.stringMatching(/^SRSB/),
      apply_num: expect.stringMatching(/^\d{9}$/),
      type: 'person',
      amount: 10_000,
      vat: 800, // (10,000 − 1,200) / 11
      receipt_url: `${h.sb.url}/sandbox/cash-receipts/${rc.receipt_tid}`,
      applied_at: Math.floor(clock / 1000),
      cancelled_at: 0,
    });
    expect((await h.api<Receipt>('GET', `/receipts/external/${m}`)).data.response).toEqual(rc);

    const page = await h.http.get<string>(rc.receipt_url);
    expect(page.status).toBe(200);
    expect(page.data).toContain(rc.apply_num);
    expect(page.data).toContain('SANDBOX');

    const kept = (await listCashReceipts(h.sb.url)).filter((x) => x.id === m);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ kind: 'external', identifier: '010-1234-5678', identifier_type: 'phone', tax_free: 1_200 });
  });

  it('400 for a second receipt on the same merchant_uid; DELETE cancels (cancelled_at); a second DELETE is 400; issuing again after the cancel works', async () => {
    const m = uid('cash');
    const first = (await h.api<Receipt>('POST', `/receipts/external/${m}`, external())).data.response;
    const dup = await h.api('POST', `/receipts/external/${m}`, external({ amount: 5_000 }));
    expect(dup.status).toBe(400);
    expect(dup.data).toEqual({ code: -1, message: '이미 현금영수증이 발급된 건입니다. 다시 발급하려면 먼저 발급취소(DELETE)하세요.', response: null });

    const del = await h.api<Receipt>('DELETE', `/receipts/external/${m}`);
    expect(del.status).toBe(200);
    expect(del.data.response).toEqual({ ...first, cancelled_at: Math.floor(clock / 1000) });
    expect((await h.api<Receipt>('GET', `/receipts/external/${m}`)).data.response.cancelled_at).toBe(Math.floor(clock / 1000));
    const again = await h.api('DELETE', `/receipts/external/${m}`);
    expect(again.status).toBe(400);
    expect(again.data.message).toBe('이미 발급취소된 현금영수증입니다.');

    // A partial cash refund re-issues for the rest.
    const reissued = await h.api<Receipt>('POST', `/receipts/external/${m}`, external({ amount: 6_000 }));
    expect(reissued.data.code).toBe(0);
    expect(reissued.data.response.amount).toBe(6_000);
    expect(reissued.data.response.cancelled_at).toBe(0);
    expect(reissued.data.response.receipt_tid).not.toBe(first.receipt_tid);
  });

  it('404 for an unknown merchant_uid on GET and DELETE', async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const r = await h.api(method, `/receipts/external/${uid('none')}`);
      expect(r.status, method).toBe(404);
      expect(r.data).toEqual({ code: -1, message: '현금영수증 발급내역이 존재하지 않습니다.', response: null });
    }
  });

  it('validates like settle: identifier_type required, identifier shaped for its type, channel_key, name, amount; Korean messages naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [external({ identifier_type: undefined }), '헥토파이낸셜(settle)은 identifier_type(person, business, phone, taxcard 중 하나)이 필수입니다.'],
      [external({ identifier: '12345' }), 'identifier 는 휴대폰번호(01로 시작하는 10~11자리)여야 합니다. (identifier_type phone)'],
      [external({ identifier: '123-45-6789', identifier_type: 'business', type: 'company' }), 'identifier 는 사업자등록번호 10자리여야 합니다. (identifier_type business)'],
      [external({ identifier: undefined }), 'identifier 는 필수입니다.'],
      [external({ channel_key: undefined }), 'channel_key 는 필수입니다.'],
      [external({ channel_key: 'channel-key-wrong' }), 'channel_key 에 해당하는 채널이 없습니다. 콘솔의 채널키를 확인하세요.'],
      [external({ name: undefined }), 'name 는 필수입니다.'],
      [external({ amount: 0 }), 'amount 는 0보다 커야 합니다.'],
      [external({ amount: 10.5 }), 'amount 는 정수여야 합니다.'],
      [external({ tax_free: 20_000 }), 'tax_free 는 amount 보다 클 수 없습니다.'],
      [external({ type: 'corp' }), 'type 은 person(소득공제) 또는 company(지출증빙) 이어야 합니다.'],
      [external({ amount: '10000' }), 'amount 는 숫자여야 합니다. JSON 본문에서는 문자열("10000")이 아니라 숫자로 보내주세요.'],
    ];
    for (const [body, message] of cases) {
      const m = uid('bad');
      const r = await h.api('POST', `/receipts/external/${m}`, body);
      expect(r.status, message).toBe(400);
      expect(r.data.message).toBe(message);
      expect((await h.api('GET', `/receipts/external/${m}`)).status).toBe(404);
    }
    // 자진발급 number, a business number and a form body are fine.
    expect((await h.api('POST', `/receipts/external/${uid()}`, external({ identifier: '010-000-1234' }))).data.code).toBe(0);
    expect(
      (await h.api('POST', `/receipts/external/${uid()}`, external({ identifier: '123-45-67890', identifier_type: 'business', type: 'company' }))).data.response,
    ).toMatchObject({ type: 'company' });
    const t = await h.token();
    const fields = Object.fromEntries(Object.entries(external()).map(([k, v]) => [k, String(v)]));
    const form = await h.http.post<{ code: number; response: Receipt }>(`/receipts/external/${uid()}`, new URLSearchParams(fields).toString(), {
      headers: { Authorization: `Bearer ${t}`, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.data.code).toBe(0);
    expect(form.data.response.amount).toBe(10_000);
  });

  it('a resident number is kept masked after the birth date', async () => {
    const m = uid('cash');
    expect((await h.api('POST', `/receipts/external/${m}`, external({ identifier: '800101-1234567', identifier_type: 'person' }))).data.code).toBe(0);
    const kept = (await listCashReceipts(h.sb.url)).find((x) => x.id === m);
    expect(kept?.identifier).toBe('800101-*******');
  });

  it('needs a token: 401 without one', async () => {
    const r = await h.http.post(`/receipts/external/${uid()}`, external());
    expect(r.status).toBe(401);
    expect(r.data.code).toBe(-1);
  });

  it('/receipts/{imp_uid}: a paid bank-transfer payment gets a receipt for what is left; cash_receipt_issued follows; card, unknown and unpaid payments are refused', async () => {
    const start = await h.http.post<{ response: { imp_uid: string; secret: string } }>('/sdk/v1/payments', {
      imp_code: h.sb.credentials.impCode,
      mode: 'popup',
      params: { pg: 'settle', pay_method: 'trans', merchant_uid: uid('trans'), name: '케이크', amount: 22_000, tax_free: 2_000, buyer_tel: '010-1234-5678' },
    });
    const impUid = start.data.response.imp_uid;
    const body = { identifier: '01012345678', identifier_type: 'phone' };
    // Still `ready` (window not approved): not paid.
    const early = await h.api('POST', `/receipts/${impUid}`, body);
    expect(early.status).toBe(400);
    expect(early.data.message).toBe('결제완료(paid) 상태의 결제건만 현금영수증을 발급할 수 있습니다.');
    await h.http.post(`/sdk/v1/payments/${impUid}/complete`, { secret: start.data.response.secret, action: 'approve' });
    expect((await h.api<Payment>('POST', '/payments/cancel', { imp_uid: impUid, amount: 11_000, tax_free: 1_000 })).data.code).toBe(0);

    const r = await h.api<Receipt>('POST', `/receipts/${impUid}`, body);
    expect(r.status).toBe(200);
    expect(r.data.response).toMatchObject({ imp_uid: impUid, amount: 11_000, vat: 909, type: 'person', cancelled_at: 0 });
    expect(r.data.response.apply_num).toMatch(/^\d{9}$/);
    expect((await h.api<Receipt>('GET', `/receipts/${impUid}`)).data.response).toEqual(r.data.response);
    const lookup = async () => (await h.api<Payment>('GET', `/payments/${impUid}?include_sandbox=true`)).data.response.cash_receipt_issued;
    expect(await lookup()).toBe(true);
    expect((await h.api('POST', `/receipts/${impUid}`, body)).status).toBe(400);
    expect((await h.api<Receipt>('DELETE', `/receipts/${impUid}`)).data.response.cancelled_at).toBe(Math.floor(clock / 1000));
    expect(await lookup()).toBe(false);

    const cardPay = (await h.api<Payment>('POST', '/subscribe/payments/onetime', card())).data.response;
    const onCard = await h.api('POST', `/receipts/${cardPay.imp_uid}`, body);
    expect(onCard.status).toBe(400);
    expect(onCard.data.message).toBe('현금영수증은 현금성 거래(계좌이체, 가상계좌) 결제건만 발급할 수 있습니다.');
    expect((await h.api('POST', '/receipts/imp_000000000000', body)).status).toBe(404);
    expect((await h.api('GET', `/receipts/${cardPay.imp_uid}`)).status).toBe(404);
    // The OAS lists 400 (not 404) for cancelling a receipt that was never issued.
    expect((await h.api('DELETE', `/receipts/${cardPay.imp_uid}`)).status).toBe(400);
  });

  it('fault injection applies: commit-then-drop on issue leaves exactly one receipt, which GET finds and a retry cannot duplicate', async () => {
    const m = uid('drop');
    await setFaults(h.sb.url, { path: '/receipts/external/*', method: 'POST', commitThenDrop: true, count: 1 });
    try {
      await expect(h.api('POST', `/receipts/external/${m}`, external())).rejects.toThrow();
    } finally {
      await clearFaults(h.sb.url);
    }
    const found = await h.api<Receipt>('GET', `/receipts/external/${m}`);
    expect(found.status).toBe(200);
    expect(found.data.response.amount).toBe(10_000);
    expect((await h.api('POST', `/receipts/external/${m}`, external())).status).toBe(400);
    expect((await listCashReceipts(h.sb.url)).filter((x) => x.id === m)).toHaveLength(1);

    await setFaults(h.sb.url, { path: '/receipts/external/*', method: 'DELETE', status: 503, phase: 'after', count: 1 });
    expect((await h.api('DELETE', `/receipts/external/${m}`)).status).toBe(503);
    // Committed despite the 503: the receipt is cancelled.
    expect((await h.api<Receipt>('GET', `/receipts/external/${m}`)).data.response.cancelled_at).toBeGreaterThan(0);
  });
});

describe('sandbox cash receipts persistence', () => {
  it('receipts and their cancels survive a restart (journal)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbx-rcpt-'));
    const dataFile = join(dir, 'sandbox.jsonl');
    try {
      const a = await harness({ dataFile });
      const body = { channel_key: a.sb.credentials.channelKey, name: '현금 판매', amount: 33_000, identifier: '010-000-1234', identifier_type: 'phone' };
      const kept = (await a.api<Receipt>('POST', '/receipts/external/keep-1', body)).data.response;
      await a.api('POST', '/receipts/external/gone-1', body);
      await a.api('DELETE', '/receipts/external/gone-1');
      await a.close();

      const b = await harness({ dataFile });
      try {
        expect((await b.api<Receipt>('GET', '/receipts/external/keep-1')).data.response.apply_num).toBe(kept.apply_num);
        expect((await b.api<Receipt>('GET', '/receipts/external/gone-1')).data.response.cancelled_at).toBeGreaterThan(0);
        expect((await b.api('POST', '/receipts/external/keep-1', body)).status).toBe(400);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
