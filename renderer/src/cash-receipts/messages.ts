import type { cashReceiptReasons } from '../../../contract/cash-receipts';
import type { Messages } from '../i18n';

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
