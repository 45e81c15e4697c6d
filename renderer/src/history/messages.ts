import type { Messages } from '../i18n';
import type { historyReasons } from '../../../contract/history';
import type { refundsReasons } from '../../../contract/refunds';

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
  | 'event.checksum_mismatch';

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
