import type { cashReceiptReasons } from '../../../contract/cash-receipts';
import type { Messages } from '../i18n';

const ko = {
  title: '현금영수증',
  person: '소득공제',
  company: '지출증빙',
  none: '안 함',
  personNumber: '휴대폰 번호 또는 현금영수증 카드 번호',
  companyNumber: '사업자등록번호',
  numberInvalid: '번호를 확인하세요 (휴대폰 010-1234-5678, 카드 13–19자리, 사업자번호 10자리)',
  selfIssueHint: '번호가 없으면 자진발급(010-000-1234)됩니다 (의무발행업종, 10만 원 이상)',
  issued: '현금영수증 발급 · 승인번호 {applyNum} · {to}',
  selfIssued: '자진발급',
  failed: '현금은 받았지만 현금영수증을 발급하지 못했습니다: {error}',
  cancelled: '현금영수증 취소됨',
  checking: '현금영수증 포트원에 확인 중…',
  notIssued: '현금영수증 미발급 · 판매 내역에서 다시 발급하세요',
} as const;

export type CashReceiptKey = keyof typeof ko;

const en: Record<CashReceiptKey, string> = {
  title: 'Cash receipt',
  person: 'Income deduction',
  company: 'Expense proof',
  none: 'None',
  personNumber: 'Phone number or cash receipt card number',
  companyNumber: 'Business registration number',
  numberInvalid: 'Check the number (phone 010-1234-5678, card 13–19 digits, business number 10 digits)',
  selfIssueHint: 'Without a number it is self-issued to 010-000-1234 (mandatory sector, ₩100,000 or more)',
  issued: 'Cash receipt issued · approval {applyNum} · {to}',
  selfIssued: 'self-issued',
  failed: 'The cash is taken, but the cash receipt could not be issued: {error}',
  cancelled: 'Cash receipt cancelled',
  checking: 'Cash receipt: checking with PortOne…',
  notIssued: 'No cash receipt issued · issue it again from the sales history',
};

/** The 현금영수증 prompt and its outcome after a cash tender. */
export const cashReceiptMessages: Messages<CashReceiptKey> = { ko, en };

/** The cashier's sentence for each reason main gives (contract/cash-receipts.ts). */
export const cashReceiptReasonMessages: Messages<(typeof cashReceiptReasons)[number]> = {
  ko: {
    'cash_receipts.unknown_cash_sale': '이 번호의 현금 결제가 없습니다',
    'cash_receipts.already_issued': '이 결제에는 이미 현금영수증이 발급되어 있습니다',
    'cash_receipts.in_progress': '이 결제의 현금영수증을 포트원에 확인하는 중입니다. 잠시 후 다시 확인하세요',
    'cash_receipts.nothing_to_issue': '모두 환불되어 현금영수증을 발급할 금액이 없습니다',
    'cash_receipts.not_configured': '현금영수증 설정(포트원 채널 키)을 먼저 하세요',
    'cash_receipts.not_issued': '발급된 현금영수증만 취소할 수 있습니다',
  },
  en: {
    'cash_receipts.unknown_cash_sale': 'There is no cash sale with this number',
    'cash_receipts.already_issued': 'This sale already has a cash receipt',
    'cash_receipts.in_progress': 'This sale’s cash receipt is being checked with PortOne; check again shortly',
    'cash_receipts.nothing_to_issue': 'The sale is fully refunded: there is nothing to issue a receipt for',
    'cash_receipts.not_configured': 'Set up cash receipts (the PortOne channel key) first',
    'cash_receipts.not_issued': 'Only an issued cash receipt can be cancelled',
  },
};
