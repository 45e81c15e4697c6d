import type { z } from 'zod';
import type { Credentials } from '../config/secret-vault';
import type { Logger } from '../logging/logger';
import {
  chargeAnswerOf,
  receiptCancelAnswerOf,
  receiptIssueAnswerOf,
  receiptLookupAnswerOf,
  registerAnswerOf,
  type CallResult,
  type ChargeAnswer,
  type ReceiptCancelAnswer,
  type ReceiptIssueAnswer,
  type ReceiptLookupAnswer,
  type RegisterAnswer,
} from './outcomes';
import {
  Envelope,
  PaymentPage,
  PortOneCustomer,
  PortOneExternalReceipt,
  PortOnePayment,
  Prepared,
  TokenAnswer,
  type PortOnePaymentStatus,
} from './schemas';
import { TokenCache, type TokenResult } from './token-cache';
import type { RawAnswer, RawRequest, Transport } from './transport';

export interface Timeouts {
  /** A charge waits for the card company: PortOne answers within seconds, rarely more. */
  chargeMs: number;
  lookupMs: number;
  tokenMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { chargeMs: 20_000, lookupMs: 8_000, tokenMs: 8_000 };

/** `POST /subscribe/payments/onetime` (portone-v1.md §3). Card fields live in this object for one request only. */
export interface OnetimeRequest {
  merchant_uid: string;
  amount: number;
  tax_free: number;
  card_number: string;
  expiry: string;
  birth: string;
  pwd_2digit: string;
  pg: string;
  name: string;
  buyer_name?: string;
  buyer_tel?: string;
  card_quota: number;
  customer_uid?: string;
}

/** `POST /subscribe/payments/again` (§4.1). */
export interface AgainRequest {
  customer_uid: string;
  merchant_uid: string;
  amount: number;
  tax_free: number;
  name: string;
  buyer_name?: string;
  buyer_tel?: string;
  card_quota: number;
}

/** `POST /subscribe/customers/{customer_uid}` (§4.3): a billing key without a charge. Card fields for one request only. */
export interface RegisterCustomerRequest {
  /** `dddd-dddd-dddd-dddd` */
  card_number: string;
  /** `YYYY-MM` */
  expiry: string;
  birth: string;
  pwd_2digit: string;
  /** `settle.{keyed MID}` */
  pg: string;
  customer_name?: string;
  customer_tel?: string;
  customer_email?: string;
}

/** `POST /payments/cancel` (§6.2). `amount` omitted = full cancel; `checksum` = refundable balance we expect. */
export interface CancelRequest {
  imp_uid?: string;
  merchant_uid?: string;
  amount?: number;
  tax_free?: number;
  checksum?: number;
  reason: string;
}

/**
 * `POST /receipts/external/{merchant_uid}` (§13): a 현금영수증 for cash taken outside PortOne, under
 * the cash sale's own merchant_uid. settle requires `identifier_type`. The identifier is personal
 * data: it lives in this object for one request and is never logged.
 */
export interface ExternalReceiptRequest {
  merchant_uid: string;
  channel_key: string;
  name: string;
  amount: number;
  tax_free: number;
  /** Phone number, business number or 현금영수증 card number (`010-000-1234` for 자진발급). */
  identifier: string;
  identifier_type: 'person' | 'business' | 'phone' | 'taxcard';
  /** `person` 소득공제, `company` 지출증빙. */
  type: 'person' | 'company';
  buyer_name?: string;
  buyer_tel?: string;
  buyer_email?: string;
}

export interface PortOneClientOptions {
  transport: Transport;
  credentials: Credentials;
  logger: Logger;
  now?: () => number;
  timeouts?: Partial<Timeouts>;
}

/** Asks PortOne for a token with these credentials, uncached ("test connection", the cache's fetcher). */
export async function requestToken(
  transport: Transport,
  credentials: Credentials,
  timeoutMs: number,
): Promise<CallResult<TokenAnswer>> {
  const raw = await transport.send({
    method: 'POST',
    path: '/users/getToken',
    body: { imp_key: credentials.impKey, imp_secret: credentials.impSecret },
    timeoutMs,
    idempotent: true,
  });
  return decode(raw, TokenAnswer);
}

/**
 * PortOne V1 REST client for one base URL and one key/secret. Every method resolves (never
 * rejects) to a typed result; nothing it returns or logs carries a request body.
 */
export class PortOneClient {
  readonly baseUrl: string;
  private readonly transport: Transport;
  private readonly logger: Logger;
  readonly timeouts: Timeouts;
  private readonly tokens: TokenCache;

  constructor(options: PortOneClientOptions) {
    this.transport = options.transport;
    this.baseUrl = options.transport.baseUrl;
    this.logger = options.logger;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const credentials = { ...options.credentials };
    this.tokens = new TokenCache(
      () => requestToken(this.transport, credentials, this.timeouts.tokenMs),
      options.now ?? Date.now,
    );
  }

  /** getToken calls made so far (one per token lifetime when all is well). */
  get tokenFetches(): number {
    return this.tokens.fetches;
  }

  /** Drops kept-alive sockets; only once nothing uses this client any more. */
  close(): void {
    this.transport.close();
  }

  getToken(): Promise<TokenResult> {
    return this.tokens.get();
  }

  async chargeOnetime(request: OnetimeRequest): Promise<ChargeAnswer> {
    const result = await this.call(
      { method: 'POST', path: '/subscribe/payments/onetime', body: withoutEmpty(request), timeoutMs: this.timeouts.chargeMs, idempotent: false },
      PortOnePayment,
    );
    return chargeAnswerOf(result, request.merchant_uid);
  }

  async chargeAgain(request: AgainRequest): Promise<ChargeAnswer> {
    const result = await this.call(
      { method: 'POST', path: '/subscribe/payments/again', body: withoutEmpty(request), timeoutMs: this.timeouts.chargeMs, idempotent: false },
      PortOnePayment,
    );
    return chargeAnswerOf(result, request.merchant_uid);
  }

  /** Latest payment for a merchant_uid (`-started`); 404 → `not_found`. */
  findByMerchantUid(merchantUid: string): Promise<CallResult<PortOnePayment>> {
    return this.call(
      { method: 'GET', path: `/payments/find/${encodeURIComponent(merchantUid)}`, timeoutMs: this.timeouts.lookupMs, idempotent: true },
      PortOnePayment,
    );
  }

  /**
   * `include_sandbox=true` always: without it a payment made through a test channel answers 404,
   * which the POS would read as "never charged". The `sandbox` flag of the answer is recorded instead.
   */
  getPayment(impUid: string): Promise<CallResult<PortOnePayment>> {
    return this.call(
      {
        method: 'GET',
        path: `/payments/${encodeURIComponent(impUid)}`,
        query: { include_sandbox: 'true' },
        timeoutMs: this.timeouts.lookupMs,
        idempotent: true,
      },
      PortOnePayment,
    );
  }

  paymentsByStatus(
    status: 'all' | PortOnePaymentStatus,
    page: { page?: number; limit?: number; from?: number; to?: number } = {},
  ): Promise<CallResult<PaymentPage>> {
    const query = Object.fromEntries(Object.entries(page).map(([k, v]) => [k, String(v)]));
    return this.call(
      { method: 'GET', path: `/payments/status/${status}`, query, timeoutMs: this.timeouts.lookupMs, idempotent: true },
      PaymentPage,
    );
  }

  cancel(request: CancelRequest): Promise<CallResult<PortOnePayment>> {
    return this.call(
      { method: 'POST', path: '/payments/cancel', body: withoutEmpty(request), timeoutMs: this.timeouts.chargeMs, idempotent: false },
      PortOnePayment,
    );
  }

  prepare(merchantUid: string, amount: number): Promise<CallResult<Prepared>> {
    return this.call(
      { method: 'POST', path: '/payments/prepare', body: { merchant_uid: merchantUid, amount }, timeoutMs: this.timeouts.lookupMs, idempotent: false },
      Prepared,
    );
  }

  getCustomer(customerUid: string): Promise<CallResult<PortOneCustomer>> {
    return this.call(
      {
        method: 'GET',
        path: `/subscribe/customers/${encodeURIComponent(customerUid)}`,
        timeoutMs: this.timeouts.lookupMs,
        idempotent: true,
      },
      PortOneCustomer,
    );
  }

  deleteCustomer(customerUid: string, reason: string): Promise<CallResult<PortOneCustomer>> {
    return this.call(
      {
        method: 'DELETE',
        path: `/subscribe/customers/${encodeURIComponent(customerUid)}`,
        query: { reason },
        timeoutMs: this.timeouts.lookupMs,
        // A second DELETE of a deleted key answers 404, which says the same thing.
        idempotent: true,
      },
      PortOneCustomer,
    );
  }

  /** Not idempotent: a key issued on a lost answer is found with `getCustomer`, never by registering again. */
  async registerCustomer(customerUid: string, request: RegisterCustomerRequest): Promise<RegisterAnswer> {
    const result = await this.call(
      {
        method: 'POST',
        path: `/subscribe/customers/${encodeURIComponent(customerUid)}`,
        body: withoutEmpty(request),
        timeoutMs: this.timeouts.chargeMs,
        idempotent: false,
      },
      PortOneCustomer,
    );
    return registerAnswerOf(result, customerUid);
  }

  /** Not idempotent: after a lost answer the receipt is found with `getExternalReceipt`, never by issuing again. */
  async issueExternalReceipt(request: ExternalReceiptRequest): Promise<ReceiptIssueAnswer> {
    const { merchant_uid: merchantUid, ...body } = request;
    const result = await this.call(
      { method: 'POST', path: receiptPath(merchantUid), body: withoutEmpty(body), timeoutMs: this.timeouts.chargeMs, idempotent: false },
      PortOneExternalReceipt,
    );
    return receiptIssueAnswerOf(result, merchantUid);
  }

  async getExternalReceipt(merchantUid: string): Promise<ReceiptLookupAnswer> {
    const result = await this.call(
      { method: 'GET', path: receiptPath(merchantUid), timeoutMs: this.timeouts.lookupMs, idempotent: true },
      PortOneExternalReceipt,
    );
    return receiptLookupAnswerOf(result, merchantUid);
  }

  async cancelExternalReceipt(merchantUid: string): Promise<ReceiptCancelAnswer> {
    const result = await this.call(
      // A repeated DELETE answers "already cancelled", which a lookup tells apart from a refusal.
      { method: 'DELETE', path: receiptPath(merchantUid), timeoutMs: this.timeouts.chargeMs, idempotent: false },
      PortOneExternalReceipt,
    );
    return receiptCancelAnswerOf(result, merchantUid);
  }

  /**
   * Authenticated call: cached token; on 401 drop that token, refresh once, retry once. Public so
   * that feature clients (main/portone/schedule-api.ts) share the token and the logging.
   */
  async call<S extends z.ZodType>(request: RawRequest, schema: S): Promise<CallResult<z.output<S>>> {
    let token = await this.tokens.get();
    if (token.kind !== 'ok') return this.failed(request, tokenFailure(token));
    let raw = await this.transport.send({ ...request, accessToken: token.value });
    if (raw.kind === 'response' && raw.status === 401) {
      this.tokens.invalidate(token.value);
      token = await this.tokens.get();
      if (token.kind !== 'ok') return this.failed(request, tokenFailure(token));
      raw = await this.transport.send({ ...request, accessToken: token.value });
    }
    const result = decode(raw, schema);
    return result.kind === 'ok' ? result : this.failed(request, result);
  }

  private failed<T>(request: RawRequest, failure: Exclude<CallResult<T>, { kind: 'ok' }>): CallResult<T> {
    // Method and path only: bodies carry card fields, query strings nothing we need here.
    const route = `${request.method} ${request.path}`;
    if (failure.kind === 'unreachable') {
      this.logger.warn('portone: no usable answer', { route, cause: failure.cause, detail: failure.detail });
    } else if (failure.kind !== 'not_found') {
      this.logger.info('portone: refused', { route, kind: failure.kind });
    }
    return failure;
  }
}

/**
 * A token that could not be had means the real request was never sent, whatever went wrong while
 * asking for the token.
 */
function tokenFailure(failure: Exclude<TokenResult, { kind: 'ok' }>): Exclude<TokenResult, { kind: 'ok' }> {
  return failure.kind === 'unreachable' ? { ...failure, maybeDelivered: false } : failure;
}

/** Turns one HTTP exchange into a typed result (portone-v1.md §2). */
export function decode<S extends z.ZodType>(raw: RawAnswer, schema: S): CallResult<z.output<S>> {
  if (raw.kind === 'failure') {
    return { kind: 'unreachable', cause: raw.cause, maybeDelivered: raw.maybeDelivered, detail: raw.detail };
  }
  const { status } = raw;
  if (status >= 500) return { kind: 'unreachable', cause: 'server_error', maybeDelivered: true, detail: `HTTP ${status}` };
  const envelope = raw.malformed ? null : Envelope.safeParse(raw.body);
  const message = envelope?.success ? envelope.data.message : null;
  if (status === 401) return { kind: 'unauthorized', message };
  if (status === 404) return { kind: 'not_found', message };
  if (!envelope?.success) return { kind: 'unreachable', cause: 'malformed', maybeDelivered: true, detail: `HTTP ${status}` };
  if (status < 200 || status >= 300) {
    return { kind: 'api_error', httpStatus: status, code: envelope.data.code, message };
  }
  if (envelope.data.code !== 0) return { kind: 'api_error', httpStatus: status, code: envelope.data.code, message };
  const value = schema.safeParse(envelope.data.response);
  if (!value.success) {
    // Paths only: zod issues can quote the values they rejected.
    const paths = value.error.issues.map((issue) => issue.path.join('.')).join(',');
    return { kind: 'unreachable', cause: 'malformed', maybeDelivered: true, detail: `undecodable: ${paths}`.slice(0, 200) };
  }
  return { kind: 'ok', value: value.data };
}

const receiptPath = (merchantUid: string) => `/receipts/external/${encodeURIComponent(merchantUid)}`;

function withoutEmpty<T extends object>(body: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== ''));
}
