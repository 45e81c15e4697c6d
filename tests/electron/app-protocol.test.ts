import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { electronState, resetElectron } from './mocks/electron';
import { createAppProtocolHandler, registerAppScheme, serveAppProtocol } from '../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';

vi.mock('electron', () => import('./mocks/electron'));

function rendererDir(): string {
  const root = mkdtempSync(join(tmpdir(), 'pos-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside');
  return root;
}

describe('app:// protocol', () => {
  beforeEach(() => resetElectron());
  const protocol = (): Protocol => electronState.protocol as unknown as Protocol;

  it('registers app:// as a standard, secure scheme before ready', () => {
    registerAppScheme(protocol());
    expect(electronState.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    const [[schemes]] = electronState.protocol.registerSchemesAsPrivileged.mock.calls as [[{ privileges: Record<string, boolean> }[]]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
    expect(schemes[0]?.privileges).not.toHaveProperty('corsEnabled');
  });

  it('serves the renderer with the CSP header on every response', async () => {
    const root = rendererDir();
    serveAppProtocol(protocol(), root);
    const [[scheme, handler]] = electronState.protocol.handle.mock.calls as [[string, (r: Request) => Promise<Response>]];
    expect(scheme).toBe('app');

    const page = await handler(new Request('app://pos/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<!doctype html>');

    const script = await handler(new Request('app://pos/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const missing = await handler(new Request('app://pos/assets/none.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves files outside the renderer directory or other hosts', async () => {
    const handler = createAppProtocolHandler(rendererDir());
    for (const url of ['app://pos/..%2fsecret.txt', 'app://pos/assets/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers only GET and HEAD', async () => {
    const handler = createAppProtocolHandler(rendererDir());
    expect((await handler(new Request('app://pos/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://pos/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
