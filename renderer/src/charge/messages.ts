import type { chargeReasons } from '../../../contract/charge';
import type { Messages } from '../i18n';

/** Main's refusals of a keyed charge (its own checks after the form's; picked by reason). */
export const chargeReasonMessages: Messages<(typeof chargeReasons)[number]> = {
  ko: {
    'charge.saving_cards_unavailable': '이 환경에서는 카드를 저장할 수 없습니다.',
    'charge.charge_in_flight': '다른 카드 결제가 아직 진행 중입니다. 결과를 기다리세요.',
    'charge.record_lost': '결제 기록을 찾지 못했습니다. 결제 내역에서 이 판매를 확인하세요.',
    'charge.attempt_amount_changed': '이 판매는 이미 다른 금액으로 전송되었습니다. 새 판매를 시작하세요.',
    'charge.card_number_invalid': '카드 번호가 올바르지 않습니다. 다시 확인하세요',
    'charge.expiry_format': 'MM/YY 형식으로 입력하세요',
    'charge.card_expired': '유효기간이 지난 카드입니다',
    'charge.birth_invalid': '생년월일 6자리(YYMMDD)가 올바르지 않습니다',
    'charge.business_number_invalid': '사업자등록번호 10자리가 올바르지 않습니다',
    'charge.pwd2_required': '비밀번호 앞 2자리 숫자를 입력하세요',
    'charge.tax_free_exceeds': '면세 금액은 결제 금액보다 클 수 없습니다',
    'charge.quota_range': '할부는 일시불 또는 2~12개월만 가능합니다',
    'charge.quota_minimum': '할부는 ₩{minimum} 이상부터 가능합니다',
  },
  en: {
    'charge.saving_cards_unavailable': 'Saving cards is not available here.',
    'charge.charge_in_flight': 'Another card payment is still in progress. Wait for its result.',
    'charge.record_lost': 'The payment record was not found. Check this sale in the payment history.',
    'charge.attempt_amount_changed': 'This sale was already sent with a different amount. Start a new sale.',
    'charge.card_number_invalid': 'This card number is not valid; check it again',
    'charge.expiry_format': 'Enter the expiry as MM/YY',
    'charge.card_expired': 'This card has expired',
    'charge.birth_invalid': 'Date of birth must be a valid YYMMDD',
    'charge.business_number_invalid': 'Not a valid 10-digit business number',
    'charge.pwd2_required': 'Enter the first 2 digits of the card password',
    'charge.tax_free_exceeds': 'Tax-free part cannot be more than the amount',
    'charge.quota_range': 'Installments must be lump sum or 2–12 months',
    'charge.quota_minimum': 'Installments are only possible from ₩{minimum}',
  },
};
