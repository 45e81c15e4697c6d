import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { depositVbank } from '../../sandbox/control';
import type { Harness, Payment } from './helpers';
import { harness, uid } from './helpers';

type Rsp = Record<string, unknown> & { imp_uid: string | null; merchant_uid: string | null; error_code: string | null; error_msg: string | null };

/** The merchant page's globals (tsconfig.node has no DOM lib; casts vanish when transpiled). */
interface MerchantWindow {
  __results: Rsp[];
  payParams: Record<string, unknown>;
  noCallback?: boolean;
  open: unknown;
}

/** A merchant page on its own origin that loads the sandbox SDK like the CDN script. */
function merchantServer(sdkUrl: string): http.Server {
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>merchant</title></head><body>
<button id="pay">결제하기</button>
<script src="${sdkUrl}"></script>
<script>
  IMP.init('imp00000000');
  window.__results = [];
  document.getElementById('pay').addEventListener('click', function () {
    if (window.noCallback) IMP.request_pay(window.payParams);
    else IMP.request_pay(window.payParams, function (rsp) { window.__results.push(rsp); });
  });
</script></body></html>`;
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(path === '/done' ? '<!doctype html><title>done</title><p>redirected</p>' : page);
  });
}

describe('JS SDK v1 in Chromium', () => {
  let h: Harness;
  let browser: Browser;
  let server: http.Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await harness();
    server = merchantServer(`${h.sb.url}/sdk/iamport.js`);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await h?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    // Fail fast (and visibly) instead of running into the 30 s test timeout.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    await page.goto(`${origin}/`);
  });
  afterEach(() => context.close());

  const params = (over: Record<string, unknown> = {}) => ({
    pg: `settle.${h.sb.credentials.windowMid}`,
    pay_method: 'card',
    merchant_uid: uid('web'),
    name: '카페라떼',
    amount: 4_500,
    buyer_name: '홍길동',
    buyer_tel: '010-1234-5678',
    buyer_email: 'buyer@example.kr',
    custom_data: { table: 3 },
    ...over,
  });
  const setParams = (p: Record<string, unknown>) => page.evaluate((x) => ((globalThis as unknown as MerchantWindow).payParams = x), p);
  const results = () => page.evaluate(() => (globalThis as unknown as MerchantWindow).__results);
  const waitResult = async () => {
    await page.waitForFunction(() => (globalThis as unknown as MerchantWindow).__results.length > 0, undefined, { timeout: 10_000 });
    return (await results())[0] as Rsp;
  };
  /** Clicks "pay" on the merchant page and returns the authentication popup. */
  const openPopup = async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.click('#pay')]);
    await popup.waitForLoadState();
    return popup;
  };
  const rest = (impUid: string) => h.api<Payment>('GET', `/payments/${impUid}?include_sandbox=true`);

  it('approve: popup with accessible buttons, callback gets v1 fields, REST verification returns the paid pc payment', async () => {
    const p = params();
    await setParams(p);
    const popup = await openPopup();
    expect(popup.url()).toContain(`${h.sb.url}/sdk/auth/`);
    expect(await popup.locator('#amount').textContent()).toBe('4,500원');
    expect(await popup.locator('body').textContent()).toContain('SANDBOX');
    for (const name of [/Approve/, /Decline/, /Close/]) expect(await popup.getByRole('button', { name }).count()).toBe(1);
    await popup.getByRole('button', { name: /승인/ }).click();
    const rsp = await waitResult();
    expect(rsp).toMatchObject({
      merchant_uid: p.merchant_uid,
      pay_method: 'card',
      paid_amount: 4_500,
      status: 'paid',
      pg_provider: 'settle',
      pg_type: 'payment',
      name: '카페라떼',
      buyer_tel: '010-1234-5678',
      custom_data: { table: 3 },
      currency: 'KRW',
      error_code: null,
      error_msg: null,
    });
    expect(rsp.imp_uid).toMatch(/^imp_\d{12}$/);
    expect(rsp.apply_num).toMatch(/^\d{8}$/);
    expect(rsp).not.toHaveProperty('success');
    await expect.poll(() => popup.isClosed(), { timeout: 5_000 }).toBe(true);

    const v = await rest(rsp.imp_uid as string);
    expect(v.status).toBe(200);
    expect(v.data.response).toMatchObject({
      imp_uid: rsp.imp_uid,
      merchant_uid: p.merchant_uid,
      amount: 4_500,
      status: 'paid',
      channel: 'pc',
      pay_method: 'card',
      pg_provider: 'settle',
      pg_id: h.sb.credentials.windowMid,
      sandbox: true,
      custom_data: '{"table":3}',
    });
    expect((await h.api<Payment>('GET', `/payments/find/${p.merchant_uid}`)).data.response.imp_uid).toBe(rsp.imp_uid);
  });

  it('decline: callback with error_code/error_msg and the payment failed', async () => {
    await setParams(params({ pay_method: 'trans' }));
    const popup = await openPopup();
    await popup.getByRole('button', { name: /Decline/ }).click();
    const rsp = await waitResult();
    expect(rsp.error_code).toEqual(expect.any(String));
    expect(rsp.error_msg).toMatch(/거절/);
    expect(rsp.status).toBe('failed');
    const v = await rest(rsp.imp_uid as string);
    expect(v.data.response).toMatchObject({ status: 'failed', pay_method: 'trans' });
    expect(v.data.response.fail_reason).toEqual(expect.any(String));
  });

  it('close (button, or the popup closed by the user): callback with the user-cancelled error', async () => {
    await setParams(params());
    const popup = await openPopup();
    await popup.getByRole('button', { name: /Close/ }).click();
    const rsp = await waitResult();
    expect(rsp.error_msg).toBe('사용자가 결제를 취소하셨습니다');
    expect((await rest(rsp.imp_uid as string)).data.response.status).toBe('failed');

    await page.evaluate(() => ((globalThis as unknown as MerchantWindow).__results = []));
    await setParams(params());
    const popup2 = await openPopup();
    await popup2.close();
    const rsp2 = await waitResult();
    expect(rsp2.error_msg).toBe('사용자가 결제를 취소하셨습니다');
    expect(rsp2.imp_uid).toMatch(/^imp_/);
  });

  it('vbank: approve issues an account (status ready, vbank_* fields); a deposit makes it paid', async () => {
    await setParams(params({ pay_method: 'vbank', company: '테스트상점', vbank_due: '20991231' }));
    const popup = await openPopup();
    await popup.getByRole('button', { name: /Approve/ }).click();
    const rsp = await waitResult();
    expect(rsp).toMatchObject({ status: 'ready', pay_method: 'vbank', vbank_name: '신한은행', vbank_holder: '테스트상점', error_code: null });
    expect(rsp.vbank_num).toMatch(/^\d{14}$/);
    const v = await rest(rsp.imp_uid as string);
    expect(v.data.response).toMatchObject({ status: 'ready', vbank_code: '088', vbank_holder: '테스트상점', paid_at: 0 });
    expect(v.data.response.vbank_date).toBe(Date.UTC(2099, 11, 31, 23 - 9, 59, 59) / 1000);
    expect(v.data.response.vbank_issued_at).toBeGreaterThan(0);
    await depositVbank(h.sb.url, rsp.imp_uid as string);
    expect((await rest(rsp.imp_uid as string)).data.response.status).toBe('paid');
  });

  it('redirect mode: no callback + m_redirect_url → the page goes to the auth page, then to m_redirect_url with the result', async () => {
    const p = params({ m_redirect_url: `${origin}/done?from=sdk` });
    await setParams(p);
    await page.evaluate(() => ((globalThis as unknown as MerchantWindow).noCallback = true));
    await page.click('#pay');
    await page.waitForURL(/\/sdk\/auth\//);
    await page.getByRole('button', { name: /Approve/ }).click();
    await page.waitForURL(/\/done\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('sdk');
    expect(url.searchParams.get('merchant_uid')).toBe(p.merchant_uid);
    expect(url.searchParams.get('imp_uid')).toMatch(/^imp_\d{12}$/);
    expect(url.searchParams.has('error_code')).toBe(false);
    expect((await rest(url.searchParams.get('imp_uid') as string)).data.response.status).toBe('paid');

    // Failure in redirect mode carries error_code and error_msg.
    await page.goto(`${origin}/`);
    await setParams(params({ m_redirect_url: `${origin}/done` }));
    await page.evaluate(() => ((globalThis as unknown as MerchantWindow).noCallback = true));
    await page.click('#pay');
    await page.waitForURL(/\/sdk\/auth\//);
    await page.getByRole('button', { name: /Decline/ }).click();
    await page.waitForURL(/\/done\?/);
    const failed = new URL(page.url());
    expect(failed.searchParams.get('error_code')).toEqual(expect.any(String));
    expect(failed.searchParams.get('error_msg')).toMatch(/거절/);
  });

  it('a prepared amount that differs refuses to open: callback error with imp_uid null, nothing recorded', async () => {
    const p = params({ amount: 9_900 });
    expect((await h.api('POST', '/payments/prepare', { merchant_uid: p.merchant_uid, amount: 9_000 })).data.code).toBe(0);
    await setParams(p);
    let popups = 0;
    context.on('page', () => popups++);
    await page.click('#pay');
    const rsp = await waitResult();
    expect(rsp.imp_uid).toBeNull();
    expect(rsp.merchant_uid).toBe(p.merchant_uid);
    expect(rsp.error_msg).toMatch(/9000원.*9900원/);
    expect(popups).toBe(0);
    expect((await h.api('GET', `/payments/findAll/${p.merchant_uid}`)).status).toBe(404);

    // The matching amount opens normally.
    await page.evaluate(() => ((globalThis as unknown as MerchantWindow).__results = []));
    await setParams({ ...p, amount: 9_000 });
    const popup = await openPopup();
    await popup.getByRole('button', { name: /Approve/ }).click();
    expect((await waitResult()).status).toBe('paid');
  });

  it("validates settle's rules before opening: buyer_tel, company for vbank/phone, numeric amount", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ buyer_tel: undefined }, /buyer_tel/],
      [{ pay_method: 'vbank' }, /company/],
      [{ pay_method: 'phone', company: '상점' }, /company_en/],
      [{ amount: '4500' }, /amount/],
      [{ pay_method: 'kakaopay' }, /card, trans, vbank, phone/],
      [{ pg: 'nice' }, /settle/],
    ];
    let popups = 0;
    context.on('page', () => popups++);
    for (const [over, msg] of cases) {
      await page.evaluate(() => ((globalThis as unknown as MerchantWindow).__results = []));
      await setParams(params(over));
      await page.click('#pay');
      const rsp = await waitResult();
      expect(rsp.imp_uid, JSON.stringify(over)).toBeNull();
      expect(rsp.error_msg).toMatch(msg);
    }
    expect(popups).toBe(0);
  });

  it('falls back to an in-page layer when the popup is blocked; phone payments work there', async () => {
    await page.addInitScript(() => {
      (globalThis as unknown as MerchantWindow).open = () => null;
    });
    await page.reload();
    await setParams(params({ pay_method: 'phone', company: '테스트상점', company_en: 'Test Shop' }));
    await page.click('#pay');
    const frame = page.frameLocator('[data-imp-sandbox-layer] iframe');
    await frame.getByRole('button', { name: /Approve/ }).click();
    const rsp = await waitResult();
    expect(rsp).toMatchObject({ status: 'paid', pay_method: 'phone', error_code: null });
    expect(await page.locator('[data-imp-sandbox-layer]').count()).toBe(0);
  });
});
