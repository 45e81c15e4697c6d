/**
 * How a host shows the payment page. Electron: a modal child window in its own in-memory
 * session (main/electron/payment-window.ts). Browser host: a page the renderer opens as a popup
 * (webhost/window-pay.ts). Either way the host catches the return URL and reports it here; the
 * service behind it is the same.
 */
export interface PaymentPage {
  merchantUid: string;
  html: string;
  /** Nonce of the page's inline script, for hosts that send a CSP header. */
  nonce: string;
  /** Origins the page and its PG popups may navigate to besides the allowlist (the sandbox, in sandbox mode). */
  extraOrigins: readonly string[];
}

export interface PaymentWindowEvents {
  /** The page (or one of its popups) went to the return URL. */
  returned(url: string): void;
  /** The window is gone (closed by the customer, crashed) without a return. */
  closed(): void;
}

export interface OpenedWindow {
  /** Browser host: the URL the renderer opens. Null: the host opened the window itself. */
  pageUrl: string | null;
  close(): void;
}

export interface PaymentWindowHost {
  /** The return URL for one payment: the SDK callback and `m_redirect_url` lead there. */
  returnUrl(merchantUid: string): string;
  /** Browser host: an endpoint the page keeps open while it lives; null where the host sees the window close. */
  aliveUrl(merchantUid: string): string | null;
  open(page: PaymentPage, events: PaymentWindowEvents): OpenedWindow;
}

/** Electron's return URL: a `.invalid` host (RFC 6761) never resolves, so nothing is ever loaded from it. */
export const SENTINEL_ORIGIN = 'https://payment-return.pos.invalid';

export function isSentinel(url: string, returnUrl: string): boolean {
  const base = returnUrl.split('?')[0] ?? returnUrl;
  return url === base || url.startsWith(`${base}?`) || url.startsWith(`${base}#`);
}
