import type { cashReasons } from '../../../contract/cash';
import type { Messages } from '../i18n';

const ko = {
  tender: '현금',
  given: '받은 금액',
  quickGiven: '받은 금액 빠른 입력',
  exact: '딱 맞게 {amount}',
  change: '거스름돈',
  short: '{amount} 부족',
  pay: '현금 {amount} 받기 (Enter)',
  taken: '현금 {amount} 받음 · 거스름돈 {change}',
} as const;

export type CashKey = keyof typeof ko;

const en: Record<CashKey, string> = {
  tender: 'Cash',
  given: 'Cash given',
  quickGiven: 'Quick cash given',
  exact: 'Exact {amount}',
  change: 'Change',
  short: '{amount} short',
  pay: 'Take {amount} cash (Enter)',
  taken: '{amount} cash taken · change {change}',
};

/** The cash tender's words (the sale's pay panel). */
export const cashMessages: Messages<CashKey> = { ko, en };

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
