import type { WindowPayMethod } from '../../contract/window-payments';
import { originOf } from '../security/origin';
import { PG_ORIGINS } from '../security/payment-hosts';

/** Everything the payment page knows: non-secret values only (no API key, no secret, no token). */
export interface PageParams {
  sdkUrl: string;
  impCode: string;
  windowMid: string;
  merchantUid: string;
  amount: number;
  taxFree: number;
  orderName: string;
  buyerName: string;
  buyerTel: string;
  buyerEmail: string;
  payMethod: WindowPayMethod;
  company: string;
  companyEn: string;
  /** Where the callback and `m_redirect_url` lead; the host catches it (never really loaded). */
  returnUrl: string;
  /** Browser host only: an endpoint the page keeps open, so the host notices the window closing. */
  aliveUrl: string | null;
  /** Nonce of the page's inline script (the browser host sends a CSP with it). */
  nonce: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON that cannot end the <script> element it sits in. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The page's own policy, as a <meta> tag because Electron loads it from a data: URL (no headers).
 * Scripts: this page's nonce, the SDK's origin and the PG origins the SDK pulls in; frames,
 * fetches and form posts: the same origins only. Nothing else may run in a window that shows a
 * card form. The SDK's origin covers an emulator (the sandbox) serving SDK and PG pages itself.
 */
export function paymentPageCsp(p: Pick<PageParams, 'sdkUrl' | 'aliveUrl' | 'nonce'>): string {
  const own = [p.sdkUrl, p.aliveUrl].flatMap((url) => (url === null ? [] : [originOf(url)])).filter((o): o is string => o !== null);
  const origins = [...new Set([...own, ...PG_ORIGINS])].join(' ');
  return [
    "default-src 'none'",
    `script-src 'nonce-${p.nonce}' ${origins}`,
    `connect-src ${origins}`,
    `frame-src ${origins}`,
    `form-action ${origins}`,
    `img-src data: ${origins}`,
    // The page's own <style> and the SDK's inline styles on its overlay.
    `style-src 'unsafe-inline' ${origins}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** `IMP.request_pay` parameters (portone-v1.md §8.2); empty optional fields are left out. */
export function requestPayParams(p: PageParams): Record<string, unknown> {
  const params: Record<string, unknown> = {
    pg: `settle.${p.windowMid}`,
    pay_method: p.payMethod,
    merchant_uid: p.merchantUid,
    name: p.orderName,
    amount: p.amount,
    tax_free: p.taxFree,
    currency: 'KRW',
    buyer_tel: p.buyerTel,
    m_redirect_url: p.returnUrl,
  };
  if (p.buyerName) params.buyer_name = p.buyerName;
  if (p.buyerEmail) params.buyer_email = p.buyerEmail;
  if (p.company) params.company = p.company;
  if (p.companyEn) params.company_en = p.companyEn;
  return params;
}

/**
 * The page of the payment window: loads the SDK, calls `IMP.request_pay` at once, and sends every
 * ending (callback, SDK load failure) to the return URL with `imp_uid`, `merchant_uid`,
 * `error_code`, `error_msg` in the query — the same shape as the redirect, so main has one
 * completion path.
 */
export function buildPaymentPage(p: PageParams): string {
  const cfg = { sdkUrl: p.sdkUrl, impCode: p.impCode, params: requestPayParams(p), returnUrl: p.returnUrl, aliveUrl: p.aliveUrl };
  const amount = `₩${p.amount.toLocaleString('ko-KR')}`;
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${esc(paymentPageCsp(p))}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>결제 · Payment</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:24px;color:#1b1f24;background:#fff}h1{font-size:18px}p{margin:8px 0}</style>
</head><body>
<h1>결제창을 여는 중 · Opening the payment window</h1>
<p>${esc(p.orderName)} — <strong>${esc(amount)}</strong></p>
<p role="status" id="status">잠시 기다려 주세요. · Please wait.</p>
<script nonce="${esc(p.nonce)}">
(function () {
  var cfg = ${scriptJson(cfg)};
  var done = false;
  function finish(rsp) {
    if (done) return;
    done = true;
    var q = new URLSearchParams();
    q.set('imp_uid', rsp.imp_uid || '');
    q.set('merchant_uid', rsp.merchant_uid || cfg.params.merchant_uid);
    if (rsp.error_code != null) q.set('error_code', String(rsp.error_code));
    if (rsp.error_msg != null) q.set('error_msg', String(rsp.error_msg));
    location.replace(cfg.returnUrl + (cfg.returnUrl.indexOf('?') >= 0 ? '&' : '?') + q.toString());
  }
  function failed() {
    finish({ imp_uid: null, error_code: 'sdk_unavailable', error_msg: 'The payment module could not be loaded. 결제 모듈을 불러오지 못했습니다.' });
  }
  // First, so the host can tell a closed window from a slow one as early as possible.
  if (cfg.aliveUrl && window.EventSource) new EventSource(cfg.aliveUrl);
  var sdk = document.createElement('script');
  sdk.src = cfg.sdkUrl;
  sdk.addEventListener('error', failed);
  sdk.addEventListener('load', function () {
    if (!window.IMP) return failed();
    window.IMP.init(cfg.impCode);
    window.IMP.request_pay(cfg.params, finish);
  });
  document.head.appendChild(sdk);
})();
</script>
</body></html>`;
}
