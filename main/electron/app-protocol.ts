import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { mimeTypeOf, resolveAppFile } from '../security/app-protocol';
import { securityHeaders } from '../security/csp';
import { APP_SCHEME } from '../security/origin';

/**
 * `app://` must be registered as privileged before `ready`: standard (real origin, relative
 * URLs), secure (like https), fetch allowed for our own assets. No CORS bypass, no service workers.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Serves files under `rootDir` (out/renderer) with the CSP and security headers on every response. */
export function createAppProtocolHandler(rootDir: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
    const file = resolveAppFile(request.url, rootDir);
    if (file === null) return new Response('Not found', { status: 404, headers });
    try {
      const body = await read(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'content-type': mimeTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  };
}

/** After `ready`: answer app:// from the built renderer. */
export function serveAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
