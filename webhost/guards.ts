import { createHash, timingSafeEqual } from 'node:crypto';
import type { SenderVerdict } from '../main/ipc/handlers';
import { allow, deny } from '../main/security/sender';

/** Hosts a loopback page may be addressed as; anything else is DNS rebinding or a wrong address. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Compares digests, so neither the length nor the content of the token leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export interface ApiCallFacts {
  origin: string | undefined;
  token: string | undefined;
  /** `Sec-Fetch-Site`, when the browser sends it. */
  fetchSite: string | undefined;
}

/**
 * The browser host's sender check, the HTTP twin of main/security/sender.ts: the page's own
 * origin (a browser always sends Origin on a POST fetch), same-origin fetch metadata, and the
 * per-run token the bridge carries. Handed to the router, which refuses with `forbidden`.
 */
export function checkApiCall(facts: ApiCallFacts, expected: { origins: readonly string[]; token: string }): SenderVerdict {
  if (facts.origin === undefined || !expected.origins.includes(facts.origin.toLowerCase())) return deny('origin is not the host origin');
  if (facts.fetchSite !== undefined && facts.fetchSite !== 'same-origin') return deny('not a same-origin request');
  if (facts.token === undefined || !sameSecret(facts.token, expected.token)) return deny('missing or wrong host token');
  return allow({ transport: 'http', origin: facts.origin.toLowerCase() });
}
