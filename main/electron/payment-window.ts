import { BrowserWindow, session } from 'electron';
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import type { Logger } from '../logging/logger';
import { createNavigationPolicy, type NavigationPolicy } from '../security/navigation';
import { PAYMENT_PAGE_ORIGIN, PG_HOSTS, PG_ORIGINS } from '../security/payment-hosts';
import { SENTINEL_ORIGIN, isSentinel, type OpenedWindow, type PaymentPage, type PaymentWindowEvents, type PaymentWindowHost } from '../window-payments/host';
import { lockedDownWebPreferences } from './web-preferences';

/** No `persist:` prefix: cookies and storage of the PG live in memory and die with the app. */
export const PAYMENT_PARTITION = 'pos-payment-window';
const RETURN_URL = `${SENTINEL_ORIGIN}/return`;

export interface PaymentWindowOptions {
  /** The cashier window the payment window is modal to. */
  parent: () => BrowserWindow | null;
  logger: Logger;
  isPackaged: boolean;
}

/**
 * The PG's window: a modal child of the cashier window, sandboxed, in its own in-memory session,
 * with no preload (so no `window.pos`, and the IPC sender check knows only the cashier window).
 */
export function paymentWindowOptions(parent: BrowserWindow | null, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    ...(parent ? { parent, modal: true } : {}),
    width: 520,
    height: 760,
    show: false,
    title: '결제 · Payment',
    backgroundColor: '#ffffff',
    webPreferences: lockedDownWebPreferences(isPackaged, { partition: PAYMENT_PARTITION }),
  };
}

export interface ElectronPaymentWindow extends PaymentWindowHost {
  /**
   * The policy for a webContents in the payment session (the window and every PG popup it
   * opens); null for everything else, which keeps the app policy. For the global guards.
   */
  policyFor(contents: WebContents): NavigationPolicy | null;
}

export function createElectronPaymentWindow(options: PaymentWindowOptions): ElectronPaymentWindow {
  const { logger } = options;
  let policy: NavigationPolicy | null = null;

  return {
    returnUrl: () => RETURN_URL,
    aliveUrl: () => null,
    policyFor: (contents) => (contents.session === session.fromPartition(PAYMENT_PARTITION) ? policy : null),

    open(page: PaymentPage, events: PaymentWindowEvents): OpenedWindow {
      // The navigation guards ask `policyFor` as each webContents is created, so it is set first.
      policy = createNavigationPolicy({
        appOrigin: PAYMENT_PAGE_ORIGIN,
        allowedOrigins: PG_ORIGINS,
        popupHosts: PG_HOSTS,
        loopbackOrigins: page.extraOrigins,
      });
      const window = new BrowserWindow(paymentWindowOptions(options.parent(), options.isPackaged));
      const popups = new Set<BrowserWindow>();
      let ended = false;
      const end = (how: 'returned' | 'closed', url?: string) => {
        if (ended) return;
        ended = true;
        if (how === 'returned' && url !== undefined) events.returned(url);
        else events.closed();
      };
      const close = () => {
        for (const popup of popups) if (!popup.isDestroyed()) popup.close();
        if (!window.isDestroyed()) window.close();
      };

      /** The one completion path: the callback and m_redirect_url both lead to the sentinel URL. */
      const catchReturn = (contents: WebContents) => {
        const onNavigate = (event: { url: string; preventDefault(): void }) => {
          if (!isSentinel(event.url, RETURN_URL)) return;
          event.preventDefault();
          end('returned', event.url);
          close();
        };
        contents.on('will-navigate', onNavigate);
        contents.on('will-frame-navigate', onNavigate);
        contents.on('will-redirect', onNavigate);
        contents.on('render-process-gone', () => {
          logger.warn('payment window: renderer gone');
          end('closed');
          close();
        });
        contents.on('did-create-window', (popup) => {
          popups.add(popup);
          catchReturn(popup.webContents);
        });
      };
      catchReturn(window.webContents);

      window.on('closed', () => {
        end('closed');
        close();
        void session.fromPartition(PAYMENT_PARTITION).clearStorageData();
      });
      window.once('ready-to-show', () => window.show());
      const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(page.html, 'utf8').toString('base64')}`;
      window.loadURL(dataUrl, { baseURLForDataURL: `${PAYMENT_PAGE_ORIGIN}/` }).catch(() => {
        logger.warn('payment window: page did not load');
      });
      return { pageUrl: null, close };
    },
  };
}
