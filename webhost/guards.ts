import { createHash, timingSafeEqual } from 'node:crypto';
import type { SenderVerdict } from '../main/ipc/handlers';
import { allow, deny } from '../main/security/sender';

/** Hosts a loopback page may be addressed as; anything else is DNS rebinding or a wrong address. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Compares digests, so neither the length nor the content of a secret leaks through timing. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The cookie the page holds after opening the printed URL: HttpOnly, so no script can read it. */
export const SESSION_COOKIE = 'pos_host';

export function sessionCookieHeader(session: string): string {
  return `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The session cookie's value in a `Cookie:` header, if there is one. */
export function sessionFromCookies(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface ApiCallFacts {
  origin: string | undefined;
  /** The session cookie's value. */
  session: string | undefined;
  /** `Sec-Fetch-Site`, when the browser sends it. */
  fetchSite: string | undefined;
}

/** A verdict and the HTTP status to answer with: 401 without the session cookie, 403 for a wrong caller. */
export interface ApiCallCheck {
  verdict: SenderVerdict;
  status: 200 | 401 | 403;
}

/**
 * The browser host's sender check, the HTTP twin of main/security/sender.ts: the session cookie
 * the printed URL handed out (a local process that did not see that URL has none), then the
 * page's own origin (a browser always sends Origin on a POST fetch) and same-origin fetch metadata.
 */
export function checkApiCall(facts: ApiCallFacts, expected: { origins: readonly string[]; session: string }): ApiCallCheck {
  if (!sameSecret(facts.session, expected.session)) return { verdict: deny('no host session: open the URL the host printed'), status: 401 };
  if (facts.origin === undefined || !expected.origins.includes(facts.origin.toLowerCase())) {
    return { verdict: deny('origin is not the host origin'), status: 403 };
  }
  if (facts.fetchSite !== undefined && facts.fetchSite !== 'same-origin') return { verdict: deny('not a same-origin request'), status: 403 };
  return { verdict: allow({ transport: 'http', origin: facts.origin.toLowerCase() }), status: 200 };
}
