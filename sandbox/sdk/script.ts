/**
 * The sandbox's `iamport.js` (JS SDK v1), served at `/sdk/iamport.js` and `/v1/iamport.js`.
 * Kept as a string in a module (not a file read at run time) so it survives bundling into the
 * app. It knows the sandbox's address from its own `<script src>`.
 *
 * Flow: request_pay → POST /sdk/v1/payments (the sandbox validates settle's rules and a prepared
 * amount; on refusal the window never opens and the callback gets imp_uid null) → the simulated
 * Hecto authentication page opens in a popup (an in-page layer with an iframe when the popup is
 * blocked), or, in redirect mode, replaces the page → the page reports the result by postMessage
 * (callback) or by navigating to m_redirect_url.
 */
export const IAMPORT_JS = String.raw`(function () {
  'use strict';
  if (window.IMP && window.IMP.__sandbox) return;
  var script = document.currentScript;
  var BASE = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var impCode = null;
  var busy = false;

  function post(path, body) {
    return fetch(BASE + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); });
  }

  function preError(params, code, msg) {
    return { imp_uid: null, merchant_uid: params && typeof params.merchant_uid === 'string' ? params.merchant_uid : null, error_code: code, error_msg: msg };
  }

  function withQuery(url, rsp) {
    var q = 'imp_uid=' + encodeURIComponent(rsp.imp_uid || '') + '&merchant_uid=' + encodeURIComponent(rsp.merchant_uid || '');
    if (rsp.error_code != null) q += '&error_code=' + encodeURIComponent(rsp.error_code);
    if (rsp.error_msg != null) q += '&error_msg=' + encodeURIComponent(rsp.error_msg);
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + q;
  }

  function makeLayer(url) {
    var layer = document.createElement('div');
    layer.setAttribute('data-imp-sandbox-layer', '');
    layer.setAttribute('role', 'dialog');
    layer.setAttribute('aria-label', 'Hecto payment authentication (sandbox)');
    layer.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center';
    var frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Hecto payment authentication (sandbox)';
    frame.style.cssText = 'width:480px;height:640px;max-width:100%;max-height:100%;border:0;background:#fff;border-radius:8px';
    layer.appendChild(frame);
    document.body.appendChild(layer);
    return layer;
  }

  function openWindow(open, cb) {
    var finished = false;
    var popup = null;
    try { popup = window.open(open.auth_url, 'imp_sandbox_' + open.imp_uid, 'width=480,height=680'); } catch (e) { popup = null; }
    var layer = popup ? null : makeLayer(open.auth_url);
    function finish(rsp) {
      if (finished) return;
      finished = true;
      window.removeEventListener('message', onMessage);
      clearInterval(timer);
      if (popup && !popup.closed) { try { popup.close(); } catch (e) { /* already gone */ } }
      if (layer && layer.parentNode) layer.parentNode.removeChild(layer);
      busy = false;
      cb(rsp);
    }
    function onMessage(ev) {
      var d = ev.data;
      if (ev.origin !== BASE || !d || d.type !== 'imp-sandbox-result' || d.imp_uid !== open.imp_uid) return;
      finish(d.rsp);
    }
    window.addEventListener('message', onMessage);
    // The user may close the popup with the window's own close button: report it as "closed".
    var timer = setInterval(function () {
      if (!popup || !popup.closed || finished) return;
      clearInterval(timer);
      setTimeout(function () {
        if (finished) return;
        post('/sdk/v1/payments/' + open.imp_uid + '/complete', { secret: open.secret, action: 'close' })
          .then(function (res) { finish(res.response.rsp); })
          .catch(function () { finish(preError({ merchant_uid: null }, 'F500', 'sandbox 에 연결할 수 없습니다.')); });
      }, 300);
    }, 250);
  }

  var IMP = {
    __sandbox: true,
    init: function (code) { impCode = code; },
    agency: function (code) { impCode = code; },
    request_pay: function (params, callback) {
      var cb = typeof callback === 'function' ? callback : function () {};
      params = params || {};
      var mobile = /Mobi|Android|iPhone|iPad/i.test(navigator.userAgent);
      // settle: PC gets the callback; mobile (or no callback) follows m_redirect_url.
      var redirect = !!params.m_redirect_url && (mobile || typeof callback !== 'function');
      function done(rsp) {
        busy = false;
        if (redirect) location.href = withQuery(params.m_redirect_url, rsp);
        else cb(rsp);
      }
      if (!impCode) return done(preError(params, 'F401', 'IMP.init(가맹점 식별코드) 를 먼저 호출해주세요.'));
      if (busy) return cb(preError(params, 'F409', '이미 진행중인 결제가 있습니다.'));
      busy = true;
      post('/sdk/v1/payments', {
        imp_code: impCode,
        params: params,
        mode: redirect ? 'redirect' : 'popup',
        origin: location.origin,
        user_agent: navigator.userAgent
      }).then(function (res) {
        var r = res && res.response;
        if (!r || r.result !== 'open') return done(r && r.rsp ? r.rsp : preError(params, 'F500', (res && res.message) || 'sandbox error'));
        if (redirect) { location.href = r.auth_url; return; }
        openWindow(r, function (rsp) { busy = false; cb(rsp); });
      }).catch(function () {
        done(preError(params, 'F500', 'sandbox 에 연결할 수 없습니다.'));
      });
    }
  };
  window.IMP = IMP;
})();
`;
