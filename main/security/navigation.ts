import { originOf } from './origin';

export type Decision = { allow: true } | { allow: false; reason: string };

export interface NavigationPolicyOptions {
  /** Where the UI lives, e.g. `app://pos`; the only place a page may navigate to by default. */
  appOrigin: string;
  /**
   * Further origins a webContents under this policy may navigate to, e.g. the PG's https pages
   * in the payment window (a later issue). Only `https:` origins are accepted.
   */
  allowedOrigins?: readonly string[];
  /** https hosts `window.open` may open (PG popups); exact host match. Empty: every popup denied. */
  popupHosts?: readonly string[];
  /**
   * `http://127.0.0.1:<port>` / `http://localhost:<port>` origins allowed for navigation and
   * popups like the https ones: the embedded sandbox's PG pages in sandbox mode. Anything that is
   * not plain-http loopback is ignored.
   */
  loopbackOrigins?: readonly string[];
}

export interface NavigationPolicy {
  /** will-navigate, will-frame-navigate, will-redirect. */
  navigation(url: string): Decision;
  /** setWindowOpenHandler. */
  windowOpen(url: string): Decision;
  /** Permission requests and checks (camera, notifications, clipboard, …): none are needed. */
  permission(permission: string): Decision;
  /** <webview> attach. */
  webview(): Decision;
}

/** One policy, pure: the Electron wiring (main/electron/navigation.ts) only asks and obeys. */
export function createNavigationPolicy(options: NavigationPolicyOptions): NavigationPolicy {
  const appOrigin = options.appOrigin.toLowerCase();
  const extraOrigins = new Set(
    (options.allowedOrigins ?? []).map((o) => o.toLowerCase()).filter((o) => o.startsWith('https://')),
  );
  const popupHosts = new Set((options.popupHosts ?? []).map((h) => h.toLowerCase()));
  const loopback = new Set(
    (options.loopbackOrigins ?? []).map((o) => o.toLowerCase()).filter((o) => /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(o)),
  );

  return {
    navigation(url) {
      const origin = originOf(url);
      if (origin === appOrigin || (origin !== null && (extraOrigins.has(origin) || loopback.has(origin)))) return { allow: true };
      return { allow: false, reason: 'navigation off the app origin' };
    },
    windowOpen(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { allow: false, reason: 'window.open with an invalid URL' };
      }
      if (parsed.protocol === 'https:' && popupHosts.has(parsed.hostname.toLowerCase())) return { allow: true };
      if (loopback.has(originOf(url) ?? '')) return { allow: true };
      return { allow: false, reason: 'window.open to a host not on the popup allowlist' };
    },
    permission(permission) {
      return { allow: false, reason: `permission "${permission}" is never granted` };
    },
    webview() {
      return { allow: false, reason: '<webview> is not allowed' };
    },
  };
}
