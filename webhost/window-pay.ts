import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../main/logging';
import type { OpenedWindow, PaymentPage, PaymentWindowEvents, PaymentWindowHost } from '../main/window-payments/host';

/**
 * The browser host's payment window: the renderer opens the page as a popup; the page is served
 * here, and the return URL (the SDK callback and `m_redirect_url`) is a route of this host, caught
 * server-side and handed to the same service as in Electron. The page also holds an event stream
 * open, so the host notices when the customer closes the popup (Electron gets `closed` instead).
 * A closed stream cannot tell a closed popup from the page navigating to the PG (redirect mode),
 * so it is reported as "closed" (main then only looks the payment up, never concludes) and the
 * return URL keeps working afterwards: the customer's approval still reaches main.
 */
export interface WebPaymentWindow extends PaymentWindowHost {
  register(app: FastifyInstance): void;
}

interface Open {
  token: string;
  page: PaymentPage;
  events: PaymentWindowEvents;
  /** The page and its stream are over (closed, navigated away, or main has its answer). */
  ended: boolean;
  /** The return URL was used: a second visit (reload, back button) reports nothing again. */
  returned: boolean;
}

const PREFIX = '/window-pay';

const sameSecret = (a: string, b: string) => {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
};

/** The page runs the PG's SDK and its frames: only scripts are pinned (nonce + what they load). */
const pageHeaders = (nonce: string) => ({
  'content-security-policy': `script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
  // The PG's popup reports back through window.opener: the page must not sever it.
  'cross-origin-opener-policy': 'unsafe-none',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
});

const closingPage = (nonce: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 · Payment</title></head>
<body><p role="status">결제 결과를 확인하고 있습니다. 이 창은 닫아도 됩니다. · Checking the result; you may close this window.</p>
<script nonce="${nonce}">window.close();</script></body></html>`;

export function createWebPaymentWindow(options: { baseUrl: () => string; logger: Logger }): WebPaymentWindow {
  const open = new Map<string, Open>();
  const tokenOf = (merchantUid: string) => open.get(merchantUid)?.token ?? '';
  const url = (kind: string, merchantUid: string) =>
    `${options.baseUrl()}${PREFIX}/${kind}/${encodeURIComponent(merchantUid)}?t=${tokenOf(merchantUid)}`;

  /** The entry of a request, if its token is the one issued for that payment. */
  const entryFor = (merchantUid: string, token: unknown): Open | null => {
    const entry = open.get(merchantUid);
    if (!entry || typeof token !== 'string' || !sameSecret(token, entry.token)) return null;
    return entry;
  };

  return {
    // Tokens exist from `open` on; the service asks for the URLs before, so they are issued here.
    returnUrl: (merchantUid) => url('return', reserve(merchantUid)),
    aliveUrl: (merchantUid) => url('alive', reserve(merchantUid)),

    open(page, events): OpenedWindow {
      const entry = open.get(page.merchantUid);
      if (!entry) throw new Error('payment window: URLs were not issued for this payment');
      entry.page = page;
      entry.events = events;
      // A retry of the sale reopens under the same merchant_uid: this window starts afresh.
      entry.ended = false;
      entry.returned = false;
      return {
        pageUrl: url('page', page.merchantUid),
        // Later requests for the page or the stream find nothing; a late return still reaches main.
        close: () => {
          entry.ended = true;
        },
      };
    },

    register(app) {
      app.get<{ Params: { uid: string }; Querystring: { t?: string } }>(`${PREFIX}/page/:uid`, async (req, reply) => {
        const entry = entryFor(req.params.uid, req.query.t);
        if (!entry || entry.ended || entry.page.html === '') return reply.code(404).type('text/plain').send('Not found');
        return reply.headers(pageHeaders(entry.page.nonce)).type('text/html; charset=utf-8').send(entry.page.html);
      });

      app.get<{ Params: { uid: string }; Querystring: { t?: string } }>(`${PREFIX}/return/:uid`, async (req, reply) => {
        const entry = entryFor(req.params.uid, req.query.t);
        if (!entry) return reply.code(404).type('text/plain').send('Not found');
        if (!entry.returned) {
          entry.ended = true;
          entry.returned = true;
          entry.events.returned(`${options.baseUrl()}${req.url}`);
        }
        const nonce = randomBytes(16).toString('base64');
        return reply.headers(pageHeaders(nonce)).type('text/html; charset=utf-8').send(closingPage(nonce));
      });

      app.get<{ Params: { uid: string }; Querystring: { t?: string } }>(`${PREFIX}/alive/:uid`, async (req, reply) => {
        const entry = entryFor(req.params.uid, req.query.t);
        if (!entry || entry.ended) return reply.code(404).type('text/plain').send('Not found');
        const gone = () => {
          if (entry.ended) return;
          entry.ended = true;
          options.logger.info('web host: payment page closed');
          entry.events.closed();
        };
        reply.hijack();
        // The page may already be gone by the time this request is handled.
        if (req.raw.socket.destroyed) {
          gone();
          return reply;
        }
        reply.raw.once('close', gone);
        reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        reply.raw.write(': open\n\n');
        return reply;
      });
    },
  };

  function reserve(merchantUid: string): string {
    if (!open.has(merchantUid)) {
      open.set(merchantUid, {
        token: randomBytes(24).toString('base64url'),
        page: { merchantUid, html: '', nonce: '', extraOrigins: [] },
        events: { returned: () => undefined, closed: () => undefined },
        ended: false,
        returned: false,
      });
    }
    return merchantUid;
  }
}
