import type { PortOneCustomer, PortOneExternalReceipt, PortOnePayment } from './schemas';

/** Why an answer could not be read as a definite yes or no. */
export type UnknownCause = 'timeout' | 'reset' | 'refused' | 'network' | 'server_error' | 'malformed';

/** Every way a PortOne call can end other than a decoded `code 0` answer. */
export type CallFailure =
  /** 401 even after one token refresh, or getToken refused the key/secret. */
  | { kind: 'unauthorized'; message: string | null }
  | { kind: 'not_found'; message: string | null }
  /** PortOne answered and said no: HTTP 200 with `code ≠ 0`, or a 4xx carrying the envelope. */
  | { kind: 'api_error'; httpStatus: number; code: number | null; message: string | null }
  /** No readable answer. `maybeDelivered` is false only when the request surely never arrived. */
  | { kind: 'unreachable'; cause: UnknownCause; maybeDelivered: boolean; detail: string };

export type CallResult<T> = { kind: 'ok'; value: T } | CallFailure;

/** No readable answer: unknown if the request may have arrived, else it was never sent. */
function unreachable(result: Extract<CallFailure, { kind: 'unreachable' }>) {
  return result.maybeDelivered
    ? ({ outcome: 'unknown', cause: result.cause, detail: result.detail } as const)
    : ({ outcome: 'not_sent', cause: result.cause, detail: result.detail } as const);
}


/**
 * A charge (`onetime`, `again`) read the only safe way: paid ⇔ `code 0 && status paid`
 * (portone-v1.md §2.3). A decline arrives either as `failed` (code 0) or `rejected` (code -1).
 */
export type ChargeAnswer =
  | { outcome: 'paid'; payment: PortOnePayment }
  | { outcome: 'failed'; payment: PortOnePayment; reason: string }
  | { outcome: 'rejected'; reason: string; rejection: 'declined' | 'invalid_request' | 'credentials' }
  /** The request may or may not have charged the card: look it up by merchant_uid. */
  | { outcome: 'unknown'; cause: UnknownCause; detail: string }
  /** The charge request never left (e.g. PortOne unreachable while fetching a token). */
  | { outcome: 'not_sent'; cause: UnknownCause; detail: string };

export function chargeAnswerOf(result: CallResult<PortOnePayment>, merchantUid: string): ChargeAnswer {
  switch (result.kind) {
    case 'ok': {
      const payment = result.value;
      // An answer about another order says nothing about ours: look ours up instead.
      if (payment.merchant_uid !== merchantUid) return { outcome: 'unknown', cause: 'malformed', detail: 'answer for another merchant_uid' };
      if (payment.status === 'paid') return { outcome: 'paid', payment };
      if (payment.status === 'failed') {
        return { outcome: 'failed', payment, reason: payment.fail_reason ?? 'The card company declined the payment.' };
      }
      // `ready`/`cancelled` cannot be the answer to a fresh keyed charge: find out what happened.
      return { outcome: 'unknown', cause: 'malformed', detail: `status ${payment.status}` };
    }
    case 'api_error':
      return {
        outcome: 'rejected',
        reason: result.message ?? 'PortOne refused the request.',
        rejection: result.httpStatus === 200 ? 'declined' : 'invalid_request',
      };
    case 'unauthorized':
      return { outcome: 'rejected', reason: 'PortOne did not accept the API key or secret.', rejection: 'credentials' };
    case 'not_found':
      return { outcome: 'rejected', reason: result.message ?? 'PortOne does not know this request.', rejection: 'invalid_request' };
    case 'unreachable':
      return unreachable(result);
  }
}

/** A billing key issued without a charge (`POST /subscribe/customers/{uid}`, portone-v1.md §4.3). */
export type RegisterAnswer =
  | { outcome: 'registered'; customer: PortOneCustomer }
  /** `code -1` (a card the company refused, or settle without the contract), 4xx, or bad credentials. */
  | { outcome: 'rejected'; reason: string }
  /** The key may or may not exist: ask `GET /subscribe/customers/{uid}`, never issue again blindly. */
  | { outcome: 'unknown'; cause: UnknownCause; detail: string }
  | { outcome: 'not_sent'; cause: UnknownCause; detail: string };

export function registerAnswerOf(result: CallResult<PortOneCustomer>, customerUid: string): RegisterAnswer {
  switch (result.kind) {
    case 'ok':
      if (result.value.customer_uid !== customerUid) return { outcome: 'unknown', cause: 'malformed', detail: 'answer for another customer_uid' };
      return { outcome: 'registered', customer: result.value };
    case 'api_error':
    case 'not_found':
      return { outcome: 'rejected', reason: result.message ?? 'PortOne refused to register the card.' };
    case 'unauthorized':
      return { outcome: 'rejected', reason: 'PortOne did not accept the API key or secret.' };
    case 'unreachable':
      return unreachable(result);
  }
}

/**
 * Issuing an external cash receipt (`POST /receipts/external/{merchant_uid}`). Like a charge, an
 * answer that was lost may still have issued it: `unknown` is resolved with a lookup, never by
 * issuing again. A 400 `rejected` may also mean one already stands (e.g. after a lost answer).
 */
export type ReceiptIssueAnswer =
  | { outcome: 'issued'; receipt: PortOneExternalReceipt }
  | { outcome: 'rejected'; reason: string; rejection: 'invalid_request' | 'credentials' }
  | { outcome: 'unknown'; cause: UnknownCause; detail: string }
  | { outcome: 'not_sent'; cause: UnknownCause; detail: string };

/** Looking one up: `none` only on a definite 404. */
export type ReceiptLookupAnswer =
  | { outcome: 'found'; receipt: PortOneExternalReceipt }
  | { outcome: 'none' }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'unknown'; cause: UnknownCause; detail: string };

/** Cancelling one (`DELETE`): `none` = never issued (404); `rejected` e.g. already cancelled. */
export type ReceiptCancelAnswer =
  | { outcome: 'cancelled'; receipt: PortOneExternalReceipt }
  | { outcome: 'none' }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'unknown'; cause: UnknownCause; detail: string }
  | { outcome: 'not_sent'; cause: UnknownCause; detail: string };

/** An answer about another merchant_uid says nothing about ours. */
function ownReceipt(receipt: PortOneExternalReceipt, merchantUid: string): boolean {
  return receipt.merchant_uid === merchantUid;
}

const foreign = { outcome: 'unknown', cause: 'malformed', detail: 'answer for another merchant_uid' } as const;

export function receiptIssueAnswerOf(result: CallResult<PortOneExternalReceipt>, merchantUid: string): ReceiptIssueAnswer {
  switch (result.kind) {
    case 'ok':
      if (!ownReceipt(result.value, merchantUid)) return foreign;
      // A cancelled receipt cannot be the answer to a fresh issue: find out what stands.
      if (result.value.cancelled_at !== 0) return { outcome: 'unknown', cause: 'malformed', detail: 'answer is a cancelled receipt' };
      return { outcome: 'issued', receipt: result.value };
    case 'api_error':
    case 'not_found':
      return { outcome: 'rejected', reason: result.message ?? 'PortOne refused to issue the cash receipt.', rejection: 'invalid_request' };
    case 'unauthorized':
      return { outcome: 'rejected', reason: 'PortOne did not accept the API key or secret.', rejection: 'credentials' };
    case 'unreachable':
      return unreachable(result);
  }
}

export function receiptLookupAnswerOf(result: CallResult<PortOneExternalReceipt>, merchantUid: string): ReceiptLookupAnswer {
  switch (result.kind) {
    case 'ok':
      return ownReceipt(result.value, merchantUid) ? { outcome: 'found', receipt: result.value } : foreign;
    case 'not_found':
      return { outcome: 'none' };
    case 'api_error':
      return { outcome: 'rejected', reason: result.message ?? 'PortOne refused the lookup.' };
    case 'unauthorized':
      return { outcome: 'rejected', reason: 'PortOne did not accept the API key or secret.' };
    case 'unreachable':
      return { outcome: 'unknown', cause: result.cause, detail: result.detail };
  }
}

export function receiptCancelAnswerOf(result: CallResult<PortOneExternalReceipt>, merchantUid: string): ReceiptCancelAnswer {
  switch (result.kind) {
    case 'ok':
      if (!ownReceipt(result.value, merchantUid)) return foreign;
      if (result.value.cancelled_at === 0) return { outcome: 'unknown', cause: 'malformed', detail: 'answer is a standing receipt' };
      return { outcome: 'cancelled', receipt: result.value };
    case 'not_found':
      return { outcome: 'none' };
    case 'api_error':
      return { outcome: 'rejected', reason: result.message ?? 'PortOne refused to cancel the cash receipt.' };
    case 'unauthorized':
      return { outcome: 'rejected', reason: 'PortOne did not accept the API key or secret.' };
    case 'unreachable':
      return unreachable(result);
  }
}
