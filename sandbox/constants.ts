/**
 * Every behaviour the public sources leave open (marked GAP in sandbox/README.md) is decided here,
 * in one place, so that a better-informed choice later is a one-line change.
 */

/** Token lifetime and the reuse rule of `POST /users/getToken` (portone-v1.md §1.2). */
export const TOKEN_TTL_S = 30 * 60;
/** A getToken call inside the last minute of a token's life extends it… */
export const TOKEN_EXTEND_WINDOW_S = 60;
/** …by five minutes. */
export const TOKEN_EXTEND_BY_S = 5 * 60;

/** Installments (card_quota ≥ 2) are only allowed from this amount (KRW). */
export const INSTALLMENT_MIN_AMOUNT = 50_000;
/** GAP: PortOne documents no upper bound; Korean issuers offer up to 36 months. */
export const MAX_CARD_QUOTA = 36;
/** SDK / OAS: merchant_uid is at most 40 characters. */
export const MAX_MERCHANT_UID = 40;
/**
 * OAS `maxLength` of the text fields a charge or a billing key carries (PaymentAnnotation,
 * CustomerAnnotation, the onetime/again parameters). Over-long values are refused (GAP 29).
 */
export const FIELD_LIMITS = {
  name: 40,
  buyer_name: 16,
  buyer_tel: 16,
  buyer_postcode: 8,
  buyer_email: 64,
  buyer_addr: 128,
  customer_name: 20,
  customer_tel: 20,
  customer_email: 200,
  customer_addr: 200,
  customer_postcode: 8,
} as const;

/** GAP: no documented ceiling; large enough for any POS sale, small enough to catch unit slips. */
export const MAX_AMOUNT = 1_000_000_000;

/** Bodies above this are refused with 413 (a POS request is < 2 KiB). */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** `GET /payments/status` and `findAll` paging (OAS: limit default 20; findAll max 1000). */
export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 1000;
/** `GET /payments/status` searches the last 90 days when from/to are omitted (OAS). */
export const STATUS_WINDOW_S = 90 * 24 * 3600;

/**
 * GAP decisions (see README "GAP decisions"). Each one is a flag so the behaviour can be flipped
 * without touching the route code.
 */
export const GAP = {
  /** OAS: `GET /payments/{imp_uid}` hides test-channel payments unless `include_sandbox=true`. Every sandbox payment is a test payment. */
  lookupHidesSandboxByDefault: true,
  /** A `code -1` decline (request to the card company failed) still leaves a `failed` payment findable by merchant_uid. */
  recordFailedOnRequestError: true,
  /** A merchant_uid whose payment was paid and later cancelled is still "already paid" (cannot be charged again). */
  cancelledCountsAsPaid: true,
  /** After a partial cancel the status stays `paid` (V1 has no partial status) and `cancelled_at` records the latest cancel. */
  partialCancelSetsCancelledAt: true,
  /** A second `POST /payments/prepare` for the same merchant_uid is refused (use PUT to change it). */
  refuseDuplicatePrepare: true,
  /** The SDK callback carries no deprecated `success`/`imp_success` (v1/iamport.js does not send them). */
  sdkCallbackHasSuccessFlag: false,
  /** A user closing the authentication window leaves the payment `failed` (fail_reason = user cancelled). */
  closeRecordsFailed: true,
} as const;

/** Business and error codes (HTTP status, envelope `code`). */
export const CODES = {
  /** 400 / 401 / 404 / 413 / 415 bodies: GAP, the real body code is undocumented. */
  httpError: -1,
  /** Cancel of an unknown payment (PY tests/test_cancel.py). */
  cancelNotFound: 1,
  /** GAP: duplicate paid merchant_uid (pre-rejection before the PG). */
  duplicatePaid: 1,
  /** Cancel refused: already cancelled, over-refund, checksum mismatch, not cancellable. */
  cancelRefused: -1,
  /** again with an unknown customer_uid (PY tests/test_pay_again.py). */
  unknownCustomer: -1,
  /** A charge whose request to the PG/card company failed. */
  requestFailed: -1,
  /** Billing-key-only issuance refused / failed. */
  issueRefused: -1,
  /** GAP: a duplicate prepare. */
  duplicatePrepare: 1,
  /** Schedule for an unknown customer_uid without card fields (PY tests, §12). */
  scheduleNoCustomer: 1,
  /** Unschedule with nothing left to revoke (PY tests, §12). */
  unscheduleNothing: 1,
  /** GAP: a schedule's merchant_uid already used by a schedule or a payment. */
  scheduleDuplicate: 1,
} as const;

/** Messages. Korean as PortOne answers; shapes, not guaranteed texts (portone-v1.md §2.3). */
export const MSG = {
  unauthorized: 'Unauthorized',
  badCredentials: 'imp_key, imp_secret 인증에 실패하였습니다.',
  notFound: '존재하지 않는 결제정보입니다',
  routeNotFound: '요청하신 API를 찾을 수 없습니다.',
  customerNotFound: '등록되지 않은 구매자입니다.',
  customersNoneFound: '요청하신 customer_uid 에 해당하는 빌링키 정보가 없습니다.',
  prepareNotFound: '사전등록된 결제정보가 존재하지 않습니다.',
  prepareDuplicate: '이미 사전등록된 merchant_uid 입니다. 금액 변경은 PUT /payments/prepare 를 사용하세요.',
  cancelNotFound: '취소할 결제건이 존재하지 않습니다.',
  cancelAlready: '이미 전액취소된 주문입니다.',
  cancelNotPaid: '결제완료 상태의 결제건만 취소할 수 있습니다.',
  cancelOver: (refundable: number) => `취소요청금액이 취소가능잔액(${refundable}원)을 초과합니다.`,
  cancelChecksum: (refundable: number) => `checksum 이 취소가능잔액(${refundable}원)과 일치하지 않아 취소가 실행되지 않았습니다.`,
  cancelTaxFreeOver: (refundable: number) => `면세 취소금액이 면세 취소가능잔액(${refundable}원)을 초과합니다.`,
  duplicatePaid: '이미 결제완료된 merchant_uid 입니다. 새로운 merchant_uid 로 요청해주세요.',
  unknownCustomer: '등록되지 않은 구매자입니다. (customer_uid 에 해당하는 빌링키가 없습니다)',
  issueUnsupported:
    '세틀뱅크(settle)는 빌링키 단독 발급 API를 지원하지 않습니다. (별도 계약 필요) onetime 결제에 customer_uid 를 함께 전달해 발급하세요.',
  issueFailed: '카드정보 인증 및 빌키 발급에 실패하였습니다.',
  receiptNotFound: '현금영수증 발급내역이 존재하지 않습니다.',
  receiptDuplicate: '이미 현금영수증이 발급된 건입니다. 다시 발급하려면 먼저 발급취소(DELETE)하세요.',
  receiptAlreadyCancelled: '이미 발급취소된 현금영수증입니다.',
  receiptNotPaid: '결제완료(paid) 상태의 결제건만 현금영수증을 발급할 수 있습니다.',
  receiptNotCash: '현금영수증은 현금성 거래(계좌이체, 가상계좌) 결제건만 발급할 수 있습니다.',
  receiptUnknownChannel: 'channel_key 에 해당하는 채널이 없습니다. 콘솔의 채널키를 확인하세요.',
  malformedJson: '요청 본문이 올바른 JSON 이 아닙니다.',
  unsupportedMedia: 'Content-Type 은 application/json 또는 application/x-www-form-urlencoded 이어야 합니다.',
  bodyTooLarge: '요청 본문이 너무 큽니다.',
  internal: '일시적인 오류가 발생했습니다.',
  fault: (status: number) => `Sandbox fault injection: HTTP ${status}`,
  scheduleNoCustomer: '등록된 고객정보가 없습니다.',
  unscheduleNothing: '취소할 예약결제 기록이 존재하지 않습니다.',
  scheduleNotFound: '존재하지 않는 결제예약입니다.',
  scheduleDuplicate: (merchantUid: string) => `이미 사용된 merchant_uid 입니다: ${merchantUid}`,
  schedulePast: (field: string) => `${field} 는 현재 시각 이후여야 합니다.`,
  scheduleNotChangeable: (status: string) => `예약 상태(scheduled)인 결제예약만 변경할 수 있습니다. (현재: ${status})`,
  scheduleNotRerunnable: '실패했거나 취소된 결제예약만 다시 처리할 수 있습니다.',
  scheduleFailed: '예약결제가 실패했습니다.',
  scheduleWindowOrder: '조회 종료시각은 시작시각보다 뒤여야 합니다.',
  scheduleWindowTooLong: '조회 기간은 최대 3개월입니다.',
} as const;

/** Settle (Hecto) PG code. */
export const PG_PROVIDER = 'settle';
