import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { resolveAppFile, mimeTypeOf } from '../../main/security/app-protocol';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../main/security/csp';
import { createNavigationPolicy } from '../../main/security/navigation';
import { APP_ORIGIN, originOf } from '../../main/security/origin';
import { checkIpcSender } from '../../main/security/sender';

describe('originOf', () => {
  it('builds origins for the app scheme too (URL#origin is "null" there)', () => {
    expect(new URL('app://pos/index.html').origin).toBe('null');
    expect(originOf('app://pos/index.html#/x')).toBe('app://pos');
    expect(originOf('http://127.0.0.1:5173/a')).toBe('http://127.0.0.1:5173');
    expect(originOf('HTTPS://Example.COM/')).toBe('https://example.com');
  });
  it('is null for URLs without a host', () => {
    for (const url of ['about:blank', 'data:text/html,hi', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', '']) {
      expect(originOf(url)).toBeNull();
    }
  });
});

describe('checkIpcSender', () => {
  const expected = { origin: APP_ORIGIN, isKnownWindow: (id: number) => id === 1 };
  const good = { isMainFrame: true, frameUrl: 'app://pos/index.html', windowId: 1 };

  it('allows the main frame of a known window on the app origin', () => {
    expect(checkIpcSender(good, expected)).toEqual({ ok: true, ctx: { transport: 'ipc', origin: 'app://pos' } });
  });
  it.each([
    ['an iframe', { ...good, isMainFrame: false }, 'sender is not a main frame'],
    ['another origin', { ...good, frameUrl: 'https://evil.example/' }, 'sender origin is not the app origin'],
    ['a look-alike host', { ...good, frameUrl: 'app://pos.evil/index.html' }, 'sender origin is not the app origin'],
    ['a frame without URL', { ...good, frameUrl: '' }, 'sender origin is not the app origin'],
    ['a data: URL', { ...good, frameUrl: 'data:text/html,<script>' }, 'sender origin is not the app origin'],
    ['an unknown window', { ...good, windowId: 2 }, 'sender window is not known'],
    ['no window', { ...good, windowId: null }, 'sender window is not known'],
  ])('refuses %s', (_, facts, reason) => {
    expect(checkIpcSender(facts, expected)).toEqual({ ok: false, reason });
  });
});

describe('navigation policy', () => {
  const policy = createNavigationPolicy({ appOrigin: APP_ORIGIN });

  it('allows navigation inside the app origin only', () => {
    expect(policy.navigation('app://pos/index.html#/settings')).toEqual({ allow: true });
    for (const url of ['https://evil.example/', 'app://other/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank', 'http://127.0.0.1/']) {
      expect(policy.navigation(url)).toMatchObject({ allow: false });
    }
  });

  it('denies every window.open and every permission by default', () => {
    expect(policy.windowOpen('https://cdn.iamport.kr/')).toMatchObject({ allow: false });
    expect(policy.windowOpen('app://pos/index.html')).toMatchObject({ allow: false });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      expect(policy.permission(permission)).toMatchObject({ allow: false });
    }
    expect(policy.webview()).toMatchObject({ allow: false });
  });

  it('takes an allowlist of https origins and popup hosts (for the payment window)', () => {
    const payment = createNavigationPolicy({
      appOrigin: APP_ORIGIN,
      allowedOrigins: ['https://pg.example', 'http://insecure.example'],
      popupHosts: ['popup.pg.example'],
    });
    expect(payment.navigation('https://pg.example/pay')).toEqual({ allow: true });
    expect(payment.navigation('http://insecure.example/')).toMatchObject({ allow: false });
    expect(payment.windowOpen('https://popup.pg.example/card')).toEqual({ allow: true });
    expect(payment.windowOpen('http://popup.pg.example/card')).toMatchObject({ allow: false });
    expect(payment.windowOpen('https://evil.popup.pg.example/')).toMatchObject({ allow: false });
    expect(payment.windowOpen('::::')).toMatchObject({ allow: false });
  });
});

describe('CSP', () => {
  it('allows only the app origin, no inline script, no network', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('connect-src')).toBe("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(securityHeaders()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('resolveAppFile', () => {
  const root = resolve('/srv/renderer');
  it('maps app://pos paths under the root, index.html for / and routes', () => {
    expect(resolveAppFile('app://pos/assets/index-abc.js', root)).toBe(resolve(root, 'assets/index-abc.js'));
    expect(resolveAppFile('app://pos/', root)).toBe(resolve(root, 'index.html'));
    expect(resolveAppFile('app://pos/settings', root)).toBe(resolve(root, 'index.html'));
  });
  it.each(['app://pos/../secret.txt', 'app://pos/%2e%2e/%2e%2e/etc/passwd.txt'])('keeps %s inside the root (the URL parser folds the dots)', (url) => {
    const file = resolveAppFile(url, root);
    expect(file?.startsWith(`${root}/`)).toBe(true);
  });
  it.each([
    'app://pos/assets/%2e%2e%2f%2e%2e%2fmain.js',
    'app://pos/a%00.js',
    'app://pos/%E0%A4%A.js',
    'app://evil/index.html',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
  it('knows the MIME types the renderer uses', () => {
    expect(mimeTypeOf('a.js')).toMatch(/javascript/);
    expect(mimeTypeOf('a.css')).toMatch(/text\/css/);
    expect(mimeTypeOf('a.html')).toMatch(/text\/html/);
    expect(mimeTypeOf('a.bin')).toBe('application/octet-stream');
  });
});
