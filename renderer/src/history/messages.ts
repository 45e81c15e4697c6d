import type { Messages } from '../i18n';
import type { historyReasons } from '../../../contract/history';
import type { refundsReasons } from '../../../contract/refunds';
import type { EventNote, EventNoteCode } from '../../../contract/schemas';
import type { PortOneStatus } from '../../../domain/payment-status';

/** History, payment detail and refund texts (the list's headings stay in the shared dictionary). */
export type PaymentsKey =
  | 'filters'
  | 'from'
  | 'to'
  | 'status'
  | 'anyStatus'
  | 'method'
  | 'anyMethod'
  | 'method.keyed'
  | 'method.billing'
  | 'method.scheduled'
  | 'method.window'
  | 'amountMin'
  | 'amountMax'
  | 'last4'
  | 'id'
  | 'customer'
  | 'cashier'
  | 'search'
  | 'clear'
  | 'more'
  | 'shown'
  | 'noMatch'
  | 'refreshPortOne'
  | 'refund'
  | 'refundTitle'
  | 'refundable'
  | 'taxFreeLeft'
  | 'vatLeft'
  | 'cancelled'
  | 'cancels'
  | 'noCancels'
  | 'refundAmount'
  | 'refundTaxFree'
  | 'refundTaxFreeHint'
  | 'refundVat'
  | 'reason'
  | 'refundAll'
  | 'refundConfirm'
  | 'refundDo'
  | 'refunded'
  | 'refundRefused'
  | 'refundChecking'
  | 'mismatch'
  | 'nothingLeft'
  | 'needsManager'
  | 'fixAmount'
  | 'event.refund_requested'
  | 'event.refund'
  | 'event.refund_refused'
  | 'event.refund_unknown'
  | 'event.checksum_mismatch'
  | 'event.retry'
  | 'event.window_opened'
  | 'event.callback_rejected'
  | 'event.tampered'
  | 'event.vbank_issued';

export const paymentsMessages: Messages<PaymentsKey> = {
  ko: {
    filters: '검색 조건',
    from: '시작일',
    to: '종료일',
    status: '상태',
    anyStatus: '모든 상태',
    method: '결제 방식',
    anyMethod: '모든 방식',
    'method.keyed': '수기 결제',
    'method.billing': '등록 카드',
    'method.scheduled': '예약결제',
    'method.window': '결제창',
    amountMin: '최소 금액',
    amountMax: '최대 금액',
    last4: '카드 끝 4자리',
    id: '주문번호 / 결제번호',
    customer: '고객 이름',
    cashier: '담당자',
    search: '검색',
    clear: '조건 지우기',
    more: '더 보기',
    shown: '{n}건 표시',
    noMatch: '조건에 맞는 결제가 없습니다',
    refreshPortOne: '포트원에서 다시 불러오기',
    refund: '환불',
    refundTitle: '환불하기',
    refundable: '환불 가능 금액',
    taxFreeLeft: '남은 면세 금액',
    vatLeft: '남은 부가세',
    cancelled: '취소된 금액',
    cancels: '취소 내역',
    noCancels: '취소 내역 없음',
    refundAmount: '환불 금액',
    refundTaxFree: '환불 중 면세 금액',
    refundTaxFreeHint: '면세 비율대로 제안했습니다. 필요하면 고치세요.',
    refundVat: '이 환불의 부가세 {vat}',
    reason: '환불 사유',
    refundAll: '전액',
    refundConfirm: '{amount}을(를) 환불할까요? (면세 {taxFree}, 부가세 {vat}) 되돌릴 수 없습니다.',
    refundDo: '환불 실행',
    refunded: '{amount} 환불되었습니다.',
    refundRefused: '환불되지 않았습니다: {reason}',
    refundChecking: '카드사 응답이 없어 환불 결과를 확인하는 중입니다. 다시 요청하지 마세요. 잠시 후 "포트원에서 다시 불러오기"를 누르세요.',
    mismatch: '다른 곳에서 이미 환불되어 잔액이 달라졌습니다. 앱이 알던 환불 가능 금액 {believed}, 포트원 기준 {actual}. 아무것도 환불하지 않았습니다. 금액을 확인하고 다시 시도하세요.',
    nothingLeft: '환불할 금액이 남아 있지 않습니다.',
    needsManager: '관리자 승인이 필요합니다. 승인 없이 환불하지 않았습니다.',
    fixAmount: '금액을 확인하세요: {message}',
    'event.refund_requested': '환불 요청',
    'event.refund': '환불 완료',
    'event.refund_refused': '환불 거절',
    'event.refund_unknown': '환불 응답 없음',
    'event.checksum_mismatch': '잔액 불일치',
    'event.retry': '다시 시도',
    'event.window_opened': '결제창 열림',
    'event.callback_rejected': '결제창 응답 확인 불가',
    'event.tampered': '금액 불일치 (결제창)',
    'event.vbank_issued': '가상계좌 발급',
  },
  en: {
    filters: 'Search',
    from: 'From',
    to: 'To',
    status: 'Status',
    anyStatus: 'Any status',
    method: 'Method',
    anyMethod: 'Any method',
    'method.keyed': 'Keyed',
    'method.billing': 'Card on file',
    'method.scheduled': 'Scheduled',
    'method.window': 'Payment window',
    amountMin: 'Amount from',
    amountMax: 'Amount to',
    last4: 'Card last 4',
    id: 'Order / payment number',
    customer: 'Customer name',
    cashier: 'Cashier',
    search: 'Search',
    clear: 'Clear',
    more: 'Show more',
    shown: '{n} shown',
    noMatch: 'No payment matches',
    refreshPortOne: 'Refresh from PortOne',
    refund: 'Refund',
    refundTitle: 'Refund',
    refundable: 'Refundable',
    taxFreeLeft: 'Tax-free left',
    vatLeft: 'VAT left',
    cancelled: 'Refunded so far',
    cancels: 'Refunds',
    noCancels: 'No refunds yet',
    refundAmount: 'Refund amount',
    refundTaxFree: 'Tax-free part of the refund',
    refundTaxFreeHint: 'Suggested by the tax-free ratio; change it if needed.',
    refundVat: 'VAT in this refund: {vat}',
    reason: 'Reason',
    refundAll: 'All',
    refundConfirm: 'Refund {amount}? (tax-free {taxFree}, VAT {vat}) This cannot be undone.',
    refundDo: 'Refund now',
    refunded: '{amount} refunded.',
    refundRefused: 'Not refunded: {reason}',
    refundChecking: 'No answer from the card company: the refund is being checked. Do not refund again; press "Refresh from PortOne" in a moment.',
    mismatch: 'The balance changed elsewhere (already refunded). The app believed {believed} refundable, PortOne says {actual}. Nothing was refunded. Check the amount and try again.',
    nothingLeft: 'Nothing is left to refund.',
    needsManager: 'Needs manager approval. Nothing was refunded without it.',
    fixAmount: 'Check the amounts: {message}',
    'event.refund_requested': 'Refund requested',
    'event.refund': 'Refunded',
    'event.refund_refused': 'Refund refused',
    'event.refund_unknown': 'No refund answer',
    'event.checksum_mismatch': 'Balance differs',
    'event.retry': 'Tried again',
    'event.window_opened': 'Payment window opened',
    'event.callback_rejected': 'Window answer not usable',
    'event.tampered': 'Amount mismatch (window)',
    'event.vbank_issued': 'Virtual account issued',
  },
};

export const historyReasonMessages: Messages<(typeof historyReasons)[number]> = {
  ko: { 'history.payment_not_found': '이 주문번호의 결제가 없습니다.' },
  en: { 'history.payment_not_found': 'No payment with this order number.' },
};

export const refundsReasonMessages: Messages<(typeof refundsReasons)[number]> = {
  ko: {
    'refunds.refund_checking': '이 결제의 환불을 카드사에 아직 확인 중입니다. 결과를 기다리세요.',
    'refunds.balance_changed': '표시한 뒤 환불 가능 금액이 바뀌었습니다. 다시 확인한 뒤 환불하세요.',
    'refunds.over_balance': '환불 금액이 환불 가능 금액보다 큽니다.',
    'refunds.over_tax_free': '면세 금액이 환불 금액이나 남은 면세 금액보다 큽니다.',
    'refunds.taxable_over': '면세 금액이 너무 작습니다. 과세 부분이 남은 과세 금액보다 큽니다.',
    'refunds.other_settings': '다른 포트원 설정으로 받은 결제입니다. 그 설정으로 바꾼 뒤 환불하세요.',
    'refunds.not_refundable': '승인되고 남은 금액이 있는 결제만 환불할 수 있습니다.',
  },
  en: {
    'refunds.refund_checking': 'A refund of this payment is still being checked with the card company. Wait for its result.',
    'refunds.balance_changed': 'The refundable balance changed since it was shown. Look at it again before refunding.',
    'refunds.over_balance': 'The refund is more than the refundable balance.',
    'refunds.over_tax_free': 'The tax-free part is more than the refund or the tax-free money left.',
    'refunds.taxable_over': 'The tax-free part is too small: the taxable part is more than the taxable money left.',
    'refunds.other_settings': 'This payment was made with other PortOne settings; switch back to them to refund it.',
    'refunds.not_refundable': 'Only an approved payment with money left can be refunded.',
  },
};

/** `request_sent` says nothing beyond its event label, so it has no sentence. */
export type WordedNoteCode = Exclude<EventNoteCode, 'request_sent'>;
type Rejection = Extract<EventNote, { code: 'rejected' }>['params']['rejection'];

/**
 * A ledger event's note in the cashier's words (history/event-text.ts fills it): amounts come
 * formatted, `{reason}` and `{actor}` as a person typed them, `{impUid}` as PortOne gave it.
 */
export type EventNoteKey = `note.${WordedNoteCode}` | `rejection.${Rejection}` | `portone.${PortOneStatus}` | 'stale';

export const eventNoteMessages: Messages<EventNoteKey> = {
  ko: {
    'note.intent': '{kind} {amount} (면세 {taxFree})',
    'note.retry_attempt': '같은 주문번호로 다시 결제 (시도 {attemptId})',
    'note.retry_window': '같은 주문번호로 결제창을 다시 열었습니다',
    'note.paid': '{amount} 승인 ({impUid})',
    'note.failed': '{amount} 결제 실패 ({impUid})',
    'note.rejected': '{rejection}',
    'note.not_sent': '포트원에 연결하지 못해 요청이 전달되지 않았습니다. 결제되지 않았습니다',
    'note.no_answer': '응답을 받지 못했습니다. 결제 여부를 포트원에 확인합니다',
    'note.other_payment': '다른 결제에 대한 응답이라 반영하지 않았습니다',
    'note.portone_ready': '포트원: 아직 결제가 끝나지 않았습니다',
    'note.portone_status': '포트원: {status} {amount} ({impUid})',
    'note.not_found': '포트원에 이 결제 기록이 없습니다',
    'note.not_found_yet': '포트원에 아직 기록이 없습니다. 잠시 후 다시 확인합니다',
    'note.not_charged': '요청이 끝난 뒤에도 포트원에 기록이 없어 결제되지 않은 것으로 확정했습니다',
    'note.lookup_failed': '포트원 조회에 응답이 없었습니다',
    'note.refund_requested': '{amount} 환불 요청 (면세 {taxFree}, 환불 전 잔액 {balance}) · {actor}: {reason}',
    'note.refund_not_sent': '포트원에 연결하지 못해 환불되지 않았습니다',
    'note.refund_no_answer': '환불 응답을 받지 못했습니다. 포트원에 확인합니다',
    'note.refund_refused': '포트원이 환불을 거절했습니다: {reason}',
    'note.refund_refused_credentials': '포트원이 API 키 또는 시크릿을 받아들이지 않아 환불되지 않았습니다',
    'note.refund_refused_unknown_payment': '포트원이 이 결제를 알지 못해 환불되지 않았습니다',
    'note.refund_refused_plain': '포트원이 환불을 거절했습니다',
    'note.refund_not_listed': '{amount} 환불이 포트원에 없어 환불되지 않은 것으로 확정했습니다',
    'note.refund_found': '{amount} 환불 완료 (조회로 확인): {reason}',
    'note.refunded': '{amount} 환불 (면세 {taxFree}): {reason}',
    'note.portone_cancels': '포트원: {status}, 취소된 금액 {cancelled}',
    'note.checksum_mismatch': '앱이 알던 환불 가능 금액 {balance}, 포트원 기준 {actual}',
    'note.schedule_ran': '포트원이 예약결제를 실행했습니다',
    'note.billing_key_missing': '포트원에 이 카드(빌링키)가 더 이상 없어 결제되지 않았습니다',
    'note.prepare_failed': '포트원에 결제 금액을 등록하지 못했습니다',
    'note.window_opened': '{payMethod} 결제창을 열었습니다',
    'note.window_not_opened': '결제창을 열지 못했습니다',
    'note.callback_rejected': '결제창이 알려준 결제({impUid})를 쓸 수 없어 주문번호로 조회했습니다',
    'note.window_refused': '결제창이 요청을 거절했습니다 ({errorCode})',
    'note.verifying': '결제 확인에 응답이 없어 다시 확인합니다',
    'note.in_progress': '고객이 아직 결제를 마치지 않았습니다 ({impUid})',
    'note.test_payment': '실제 모드인데 포트원이 테스트 결제를 했습니다 ({impUid}). 실제로 청구되지 않았습니다',
    'note.vbank_issued': '{bank} {account} (예금주 {holder}), 입금 대기',
    'note.vbank_pending': '입금 대기',
    'note.window_closed': '결제창이 닫혔습니다. 포트원: {status} ({impUid})',
    'note.tampered': '포트원 결제 금액 {actual}이(가) 판매 금액 {amount}과(와) 다릅니다',
    'note.tamper_cancelled': '금액이 달라 포트원에서 취소했습니다 ({impUid})',
    'note.tamper_cancel_failed': '금액이 다른 결제를 포트원에서 취소하지 못했습니다. 포트원 콘솔에서 취소하세요',
    'rejection.declined': '카드사가 결제를 거절했습니다',
    'rejection.invalid_request': '포트원이 요청을 거절했습니다',
    'rejection.credentials': '포트원이 API 키 또는 시크릿을 받아들이지 않았습니다',
    'portone.ready': '결제 대기',
    'portone.paid': '결제 완료',
    'portone.cancelled': '취소됨',
    'portone.failed': '결제 실패',
    stale: '{text} (이미 더 새로운 정보가 있어 반영하지 않음)',
  },
  en: {
    'note.intent': '{kind} {amount} (tax-free {taxFree})',
    'note.retry_attempt': 'Tried again under the same order number (attempt {attemptId})',
    'note.retry_window': 'Payment window opened again under the same order number',
    'note.paid': '{amount} approved ({impUid})',
    'note.failed': '{amount} not approved ({impUid})',
    'note.rejected': '{rejection}',
    'note.not_sent': 'PortOne could not be reached; the request did not go out. Nothing was charged',
    'note.no_answer': 'No answer came; checking with PortOne whether it was charged',
    'note.other_payment': 'The answer was for another payment; not used',
    'note.portone_ready': 'PortOne: not paid yet',
    'note.portone_status': 'PortOne: {status} {amount} ({impUid})',
    'note.not_found': 'PortOne has no record of this payment',
    'note.not_found_yet': 'Not at PortOne yet; checking again shortly',
    'note.not_charged': 'Still not at PortOne after the request ended: not charged',
    'note.lookup_failed': 'PortOne did not answer the lookup',
    'note.refund_requested': 'Refund of {amount} requested (tax-free {taxFree}, balance before {balance}) · {actor}: {reason}',
    'note.refund_not_sent': 'PortOne could not be reached; nothing was refunded',
    'note.refund_no_answer': 'No answer to the refund; checking with PortOne',
    'note.refund_refused': 'PortOne refused the refund: {reason}',
    'note.refund_refused_credentials': 'PortOne did not accept the API key or secret; nothing was refunded',
    'note.refund_refused_unknown_payment': 'PortOne does not know this payment; nothing was refunded',
    'note.refund_refused_plain': 'PortOne refused the refund',
    'note.refund_not_listed': 'The {amount} refund is not at PortOne: not refunded',
    'note.refund_found': '{amount} refunded (found by lookup): {reason}',
    'note.refunded': '{amount} refunded (tax-free {taxFree}): {reason}',
    'note.portone_cancels': 'PortOne: {status}, {cancelled} refunded',
    'note.checksum_mismatch': 'The app believed {balance} refundable; PortOne says {actual}',
    'note.schedule_ran': 'PortOne ran the scheduled payment',
    'note.billing_key_missing': 'The card is no longer on file at PortOne (billing key gone); nothing was charged',
    'note.prepare_failed': 'The amount could not be registered with PortOne',
    'note.window_opened': 'Payment window opened ({payMethod})',
    'note.window_not_opened': 'The payment window could not be opened',
    'note.callback_rejected': 'The payment the window named ({impUid}) could not be used; looked up by order number',
    'note.window_refused': 'The payment window refused the request ({errorCode})',
    'note.verifying': 'The check got no answer; checking again',
    'note.in_progress': 'The customer has not finished paying yet ({impUid})',
    'note.test_payment': 'PortOne made a test payment in live mode ({impUid}); nothing real was charged',
    'note.vbank_issued': '{bank} {account} (holder {holder}), awaiting deposit',
    'note.vbank_pending': 'Awaiting deposit',
    'note.window_closed': 'The window was closed; PortOne: {status} ({impUid})',
    'note.tampered': "PortOne's amount {actual} differs from the sale's {amount}",
    'note.tamper_cancelled': 'Cancelled at PortOne because the amount differed ({impUid})',
    'note.tamper_cancel_failed': 'Cancelling the mismatched payment at PortOne failed; cancel it in the PortOne console',
    'rejection.declined': 'The card company declined the payment',
    'rejection.invalid_request': 'PortOne refused the request',
    'rejection.credentials': 'PortOne did not accept the API key or secret',
    'portone.ready': 'waiting for payment',
    'portone.paid': 'paid',
    'portone.cancelled': 'cancelled',
    'portone.failed': 'failed',
    stale: '{text} (older than what is known: not applied)',
  },
};
