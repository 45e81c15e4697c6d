import type { App, Session, WebContents } from 'electron';
import type { Logger } from '../logging/logger';
import type { NavigationPolicy } from '../security/navigation';

export interface NavigationGuardOptions {
  /**
   * Which policy governs a webContents. Today every one gets the app policy; the payment window
   * (a later issue) will get one that also allows its PG hosts.
   */
  policyFor: (contents: WebContents) => NavigationPolicy;
  logger: Logger;
}

/**
 * The one global navigation policy: attached in `web-contents-created`, so it covers every
 * window, popup and devtools-less guest the app ever creates, not only the ones we remember.
 */
export function installNavigationGuards(app: App, { policyFor, logger }: NavigationGuardOptions): void {
  const guardedSessions = new WeakSet<Session>();
  app.on('web-contents-created', (_event, contents) => {
    const policy = policyFor(contents);

    const guard = (kind: string) => (event: { url: string; preventDefault(): void }) => {
      const decision = policy.navigation(event.url);
      if (!decision.allow) {
        event.preventDefault();
        logger.warn('navigation denied', { kind, url: event.url, reason: decision.reason });
      }
    };
    contents.on('will-navigate', guard('will-navigate'));
    contents.on('will-frame-navigate', guard('will-frame-navigate'));
    contents.on('will-redirect', guard('will-redirect'));

    contents.setWindowOpenHandler(({ url }) => {
      const decision = policy.windowOpen(url);
      // The popup stays in its opener's session, so the payment window's PG popups keep its policy.
      if (decision.allow) {
        return { action: 'allow', overrideBrowserWindowOptions: { webPreferences: { ...popupWebPreferences, session: contents.session } } };
      }
      logger.warn('window.open denied', { url, reason: decision.reason });
      return { action: 'deny' };
    });

    contents.on('will-attach-webview', (event) => {
      const decision = policy.webview();
      if (!decision.allow) {
        event.preventDefault();
        logger.warn('webview denied', { reason: decision.reason });
      }
    });

    if (!guardedSessions.has(contents.session)) {
      guardedSessions.add(contents.session);
      denyPermissions(contents.session, policy, logger);
    }
  });
}

/** Popups the allowlist lets through get the same locked-down preferences as our own windows. */
const popupWebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  webviewTag: false,
} as const;

/** Permission requests and checks answered by the policy (today: all denied), per session. */
export function denyPermissions(session: Session, policy: NavigationPolicy, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    const decision = policy.permission(permission);
    if (!decision.allow) logger.warn('permission denied', { permission, reason: decision.reason });
    callback(decision.allow);
  });
  session.setPermissionCheckHandler((_contents, permission) => {
    const decision = policy.permission(permission);
    // Pages query permissions often; debug keeps the denial visible without flooding the log.
    if (!decision.allow) logger.debug('permission check denied', { permission, reason: decision.reason });
    return decision.allow;
  });
  session.setDevicePermissionHandler(() => false);
}
