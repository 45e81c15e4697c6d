import type { cashReasons } from '../../../contract/cash';
import type { Messages } from '../i18n';

/** The cashier's sentence for each reason main gives (contract/cash.ts). */
export const cashReasonMessages: Messages<(typeof cashReasons)[number]> = {
  ko: {
    'cash.not_enough_given': '받은 현금이 결제 금액 {amount}원보다 적습니다',
    'cash.unknown_sale': '이 번호의 현금 결제가 없습니다',
    'cash.refund_exceeds': '환불 금액이 남은 금액 {open}원보다 큽니다',
    'cash.tax_free_exceeds': '면세 금액이 맞지 않습니다 (남은 면세 {open}원)',
  },
  en: {
    'cash.not_enough_given': 'The cash given is less than the ₩{amount} due',
    'cash.unknown_sale': 'There is no cash sale with this number',
    'cash.refund_exceeds': 'The refund is more than the ₩{open} left of the sale',
    'cash.tax_free_exceeds': 'The tax-free amount does not fit the sale (₩{open} tax-free left)',
  },
};
