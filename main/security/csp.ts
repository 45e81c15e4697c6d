/**
 * The renderer's Content-Security-Policy. Everything comes from the app's own origin: no inline
 * scripts, no eval, no network (`connect-src 'self'`: the renderer talks only to window.pos, and
 * the browser host serves its API on the same origin). `data:` images only for the small assets
 * vite inlines. Both hosts send it as a header so it also covers responses that are not HTML.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response of the app origin carries. */
export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}
