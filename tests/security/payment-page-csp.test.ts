import { describe, expect, it } from 'vitest';
import { PORTONE_SDK_URL } from '../../main/window-payments/config';
import { buildPaymentPage, type PageParams } from '../../main/window-payments/page';
import { PG_ORIGINS } from '../../main/security/payment-hosts';

const page = (over: Partial<PageParams> = {}): PageParams => ({
  sdkUrl: PORTONE_SDK_URL,
  impCode: 'imp12345678',
  windowMid: 'mid1',
  merchantUid: 'pos-1',
  amount: 1000,
  taxFree: 0,
  orderName: '주문',
  buyerName: '',
  buyerTel: '010-1234-5678',
  buyerEmail: '',
  payMethod: 'card',
  company: '',
  companyEn: '',
  returnUrl: 'https://pos-payment.invalid/return',
  aliveUrl: null,
  nonce: 'n0nce',
  ...over,
});

/** The policy the page carries in its <meta> tag, directive → sources. */
function metaCsp(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const policy = content.replace(/&#39;/g, "'");
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name ?? '', sources]));
}

describe('payment page CSP (issue 13, finding 9)', () => {
  it('the Electron page (a data: URL, so no header) carries a policy: the nonce, the SDK origin and the PG origins only', () => {
    const csp = metaCsp(buildPaymentPage(page()));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'nonce-n0nce'", 'https://cdn.iamport.kr', ...PG_ORIGINS.filter((o) => o !== 'https://cdn.iamport.kr')]);
    for (const directive of ['connect-src', 'frame-src', 'form-action']) {
      expect(csp.get(directive)?.every((s) => PG_ORIGINS.includes(s)), directive).toBe(true);
    }
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it("an emulator's SDK (the sandbox) adds its own origin and nothing else; a hostile order name cannot break out of the tag", () => {
    const html = buildPaymentPage(page({ sdkUrl: 'http://127.0.0.1:8091/sdk/iamport.js', aliveUrl: 'http://127.0.0.1:5180/pay/alive/x', orderName: '"><script>alert(1)</script>' }));
    const csp = metaCsp(html);
    expect(csp.get('script-src')?.slice(0, 3)).toEqual(["'nonce-n0nce'", 'http://127.0.0.1:8091', 'http://127.0.0.1:5180']);
    expect(html).not.toContain('<script>alert(1)</script>');
  });
});
