import type { Payment, ReceiptRecord } from '../model';

/** HTML of the simulated Hecto authentication page and of the sandbox sales slip. */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const METHOD_LABEL: Record<string, string> = {
  card: '신용카드 (Card)',
  trans: '실시간 계좌이체 (Bank transfer)',
  vbank: '가상계좌 (Virtual account)',
  phone: '휴대폰 소액결제 (Phone)',
};

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:420px;margin:0 auto;padding:20px}
.badge{display:inline-block;background:#c62828;color:#fff;font-weight:700;padding:2px 8px;border-radius:4px;font-size:12px}
h1{font-size:18px;margin:12px 0}
dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;background:#fff;padding:12px;border-radius:8px}
dt{color:#5f6b7a}dd{margin:0;font-weight:600}
.actions{display:flex;gap:8px;margin-top:16px}
button{flex:1;padding:12px;font-size:15px;border-radius:6px;border:1px solid #9aa5b1;background:#fff;cursor:pointer}
button#approve{background:#1565c0;color:#fff;border-color:#1565c0}
p.note{font-size:12px;color:#5f6b7a}`;

export function authPage(p: Payment, secret: string, targetOrigin: string | null): string {
  const amount = `${p.amount.toLocaleString('ko-KR')}원`;
  const cfg = { imp_uid: p.imp_uid, secret, targetOrigin: targetOrigin && targetOrigin !== 'null' ? targetOrigin : '*' };
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>헥토파이낸셜 결제 인증 (SANDBOX)</title><style>${STYLE}</style></head>
<body><main>
<span class="badge">SANDBOX</span>
<h1>헥토파이낸셜 결제 인증 · Hecto payment authentication</h1>
<dl>
<dt>상점 MID</dt><dd>${esc(p.pg_id)}</dd>
<dt>주문명</dt><dd>${esc(p.name ?? '')}</dd>
<dt>결제수단</dt><dd>${esc(METHOD_LABEL[p.pay_method] ?? p.pay_method)}</dd>
<dt>결제금액</dt><dd id="amount">${esc(amount)}</dd>
</dl>
<div class="actions">
<button id="approve" type="button">승인 (Approve)</button>
<button id="decline" type="button">거절 (Decline)</button>
<button id="close" type="button">닫기 (Close)</button>
</div>
<p class="note" id="status" role="status">이 화면은 테스트용 모의 인증 화면입니다. 실제 결제가 일어나지 않습니다. · Simulated page: no real money moves.</p>
</main>
<script>
(function () {
  var cfg = ${scriptJson(cfg)};
  var buttons = document.querySelectorAll('button');
  function act(action) {
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    fetch('/sdk/v1/payments/' + cfg.imp_uid + '/complete', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ secret: cfg.secret, action: action })
    }).then(function (r) { return r.json(); }).then(function (res) {
      var out = res.response;
      if (out.redirect_url) { location.replace(out.redirect_url); return; }
      var target = window.opener || (window.parent !== window ? window.parent : null);
      if (target) target.postMessage({ type: 'imp-sandbox-result', imp_uid: cfg.imp_uid, rsp: out.rsp }, cfg.targetOrigin);
      document.getElementById('status').textContent = '완료되었습니다. · Done.';
      if (window.opener) window.close();
    });
  }
  document.getElementById('approve').addEventListener('click', function () { act('approve'); });
  document.getElementById('decline').addEventListener('click', function () { act('decline'); });
  document.getElementById('close').addEventListener('click', function () { act('close'); });
})();
</script>
</body></html>`;
}

export function receiptPage(p: Payment, cancellationId: string | null): string {
  const cancel = cancellationId ? p.cancel_history.find((c) => c.cancellation_id === cancellationId) : undefined;
  const rows: [string, string][] = [
    ['거래번호 (imp_uid)', p.imp_uid],
    ['주문번호', p.merchant_uid],
    ['상점 MID', p.pg_id],
    ['주문명', p.name ?? ''],
    ['결제수단', METHOD_LABEL[p.pay_method] ?? p.pay_method],
    ['카드', p.card_name ? `${p.card_name} ${p.card_number ?? ''}` : '-'],
    ['승인번호', p.apply_num ?? '-'],
    ['결제금액', `${p.amount.toLocaleString('ko-KR')}원`],
    ['취소금액', `${p.cancel_amount.toLocaleString('ko-KR')}원`],
    ['상태', p.status],
  ];
  if (cancel) rows.push(['이 취소 건', `${cancel.amount.toLocaleString('ko-KR')}원 (${cancel.reason})`]);
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>매출전표 (SANDBOX)</title><style>${STYLE}</style></head>
<body><main><span class="badge">SANDBOX</span><h1>${cancel ? '취소 전표' : '매출전표'} · Sales slip</h1><dl>
${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}
</dl><p class="note">테스트 결제입니다. 실제 청구되지 않습니다.</p></main></body></html>`;
}

/** What a cash receipt's `receipt_url` shows: the 국세청 approval number, the amounts, whether it was cancelled. */
export function cashReceiptPage(r: ReceiptRecord): string {
  const won = (n: number) => `${n.toLocaleString('ko-KR')}원`;
  const rows: [string, string][] = [
    [r.kind === 'external' ? '주문번호 (merchant_uid)' : '거래번호 (imp_uid)', r.id],
    ['승인번호 (국세청)', r.receipt.apply_num],
    ['용도', r.receipt.type === 'person' ? '소득공제' : '지출증빙'],
    ['발급대상', r.identifier],
    ['거래금액', won(r.receipt.amount)],
    ['부가세', won(r.receipt.vat)],
    ['면세금액', won(r.tax_free)],
    ['상태', r.receipt.cancelled_at === 0 ? '발급' : '발급취소'],
  ];
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>현금영수증 (SANDBOX)</title><style>${STYLE}</style></head>
<body><main><span class="badge">SANDBOX</span><h1>현금영수증 · Cash receipt</h1><dl>
${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}
</dl><p class="note">테스트 발급입니다. 국세청에 신고되지 않습니다.</p></main></body></html>`;
}
