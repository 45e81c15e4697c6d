import { describe, expect, it } from 'vitest';
import { PortOnePayment } from '../../main/portone/schemas';
import { buildPaymentPage, type PageParams } from '../../main/window-payments/page';
import { parseReturnUrl } from '../../main/window-payments/return-query';
import { verdictOf } from '../../main/window-payments/verify';
import { PORTONE_SDK_URL, windowConfigFor } from '../../main/window-payments/config';

const payment = (over: Record<string, unknown> = {}) =>
  PortOnePayment.parse({ imp_uid: 'imp_1', merchant_uid: 'pos-1', amount: 4_500, status: 'paid', pay_method: 'card', ...over });
const sale = { merchantUid: 'pos-1', amount: 4_500 };

describe('verification verdict (paid only if status, amount and merchant_uid all match)', () => {
  it.each([
    ['paid', payment(), 'paid'],
    ['another order', payment({ merchant_uid: 'pos-2' }), 'other_order'],
    ['another amount', payment({ amount: 450 }), 'tampered'],
    ['failed', payment({ status: 'failed', fail_reason: '거절' }), 'failed'],
    ['ready card (still in the window)', payment({ status: 'ready' }), 'in_progress'],
    ['ready vbank with an account', payment({ status: 'ready', pay_method: 'vbank', vbank_num: '56210000000001' }), 'vbank_issued'],
    ['vbank with another amount', payment({ status: 'ready', pay_method: 'vbank', vbank_num: '5621', amount: 1 }), 'tampered'],
    ['cancelled', payment({ status: 'cancelled' }), 'cancelled'],
  ])('%s → %s', (_name, p, kind) => {
    expect(verdictOf(p, sale).kind).toBe(kind);
  });
});

describe('payment page', () => {
  const params: PageParams = {
    sdkUrl: PORTONE_SDK_URL,
    impCode: 'imp12345678',
    windowMid: 'mid_1',
    merchantUid: 'pos-1',
    amount: 4_500,
    taxFree: 0,
    orderName: '</script><script>alert(1)</script>',
    buyerName: '',
    buyerTel: '010-1234-5678',
    buyerEmail: '',
    payMethod: 'card',
    company: '',
    companyEn: '',
    returnUrl: 'https://payment-return.pos.invalid/return',
    aliveUrl: null,
    nonce: 'abc',
  };

  it('cannot be broken out of by an order name, and leaves empty optional fields out', () => {
    const html = buildPaymentPage(params);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>');
    expect(html).not.toContain('"buyer_name"');
    expect(html).not.toContain('"company"');
    expect(html).toContain('"amount":4500');
  });
});

describe('return URL', () => {
  it('reads imp_uid and the error, and refuses an imp_uid that is not an id', () => {
    expect(parseReturnUrl('https://x.invalid/return?imp_uid=imp_1&merchant_uid=pos-1')).toEqual({ impUid: 'imp_1', errorCode: null, errorMsg: null });
    expect(parseReturnUrl('https://x.invalid/return?imp_uid=../admin&merchant_uid=pos-1').errorCode).toBe('invalid_return');
    expect(parseReturnUrl('not a url').impUid).toBeNull();
  });
});

describe('window configuration', () => {
  const sandbox = { impCode: 'imp00000000', windowMid: 'nxca_jt_il' };
  it('real PortOne: the CDN SDK and the shop settings, which are required', () => {
    expect(windowConfigFor({ apiBaseUrl: 'https://api.iamport.kr', settings: { impCode: 'imp12345678', windowMid: 'm' }, sandbox })).toEqual({
      impCode: 'imp12345678',
      windowMid: 'm',
      sdkUrl: 'https://cdn.iamport.kr/v1/iamport.js',
      extraOrigins: [],
    });
    expect(() => windowConfigFor({ apiBaseUrl: 'https://api.iamport.kr', settings: { impCode: '', windowMid: 'm' }, sandbox })).toThrow(/IMP/);
  });
  it("a sandbox: its own SDK, its account, and its loopback origin allowed; a configured SDK URL wins", () => {
    const c = windowConfigFor({ apiBaseUrl: 'http://127.0.0.1:8091', settings: { impCode: '', windowMid: '' }, sandbox });
    expect(c).toEqual({ ...sandbox, sdkUrl: 'http://127.0.0.1:8091/sdk/iamport.js', extraOrigins: ['http://127.0.0.1:8091'] });
    expect(windowConfigFor({ apiBaseUrl: 'http://127.0.0.1:8091', settings: sandbox, sdkUrl: 'https://cdn.example/x.js', sandbox }).sdkUrl).toBe('https://cdn.example/x.js');
  });
});
