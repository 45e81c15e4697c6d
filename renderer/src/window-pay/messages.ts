import type { Messages } from '../i18n';
import type { windowPaymentsReasons } from '../../../contract/window-payments';

export type WindowPayKey =
  | 'nav'
  | 'title'
  | 'amount'
  | 'taxFree'
  | 'orderName'
  | 'method'
  | 'method.card'
  | 'method.trans'
  | 'method.vbank'
  | 'method.phone'
  | 'buyerName'
  | 'buyerTel'
  | 'buyerEmail'
  | 'company'
  | 'companyEn'
  | 'companyHint'
  | 'open'
  | 'opening'
  | 'waiting'
  | 'verifying'
  | 'stop'
  | 'newSale'
  | 'popupBlocked'
  | 'error'
  | 'outcome.paid'
  | 'outcome.vbank_issued'
  | 'outcome.declined'
  | 'outcome.closed'
  | 'outcome.refused'
  | 'outcome.tampered'
  | 'outcome.checking'
  | 'vbank.bank'
  | 'approvalNo'
  | 'card'
  | 'vbank.number'
  | 'vbank.holder'
  | 'vbank.due'
  | 'orderNo'
  | 'err.amount'
  | 'err.taxFree'
  | 'err.orderName'
  | 'err.buyerName'
  | 'err.buyerTel'
  | 'err.buyerEmail'
  | 'err.company'
  | 'err.companyEn';

export const windowPayMessages: Messages<WindowPayKey> = {
  ko: {
    nav: '결제창 결제',
    title: '결제창 결제 (카드 인증 · 계좌이체 · 가상계좌 · 휴대폰)',
    amount: '금액 (원)',
    taxFree: '면세 금액 (원)',
    orderName: '주문명',
    method: '결제 수단',
    'method.card': '신용카드',
    'method.trans': '실시간 계좌이체',
    'method.vbank': '가상계좌',
    'method.phone': '휴대폰 소액결제',
    buyerName: '구매자 이름',
    buyerTel: '구매자 휴대폰 번호',
    buyerEmail: '구매자 이메일',
    company: '상호 (가상계좌 예금주 · 휴대폰 결제)',
    companyEn: '영문 상호 (휴대폰 결제)',
    companyHint: '가상계좌와 휴대폰 결제에 필요합니다.',
    open: '결제창 열기',
    opening: '결제창을 여는 중…',
    waiting: '고객이 결제창에서 결제하고 있습니다. 결제창이 닫히면 결과를 포트원에서 확인합니다.',
    verifying: '포트원에서 결제 결과를 확인하고 있습니다…',
    stop: '결제창 닫기',
    newSale: '새 결제',
    popupBlocked: '브라우저가 결제창(팝업)을 막았습니다. 팝업을 허용한 뒤 다시 시도하세요.',
    error: '결제창을 열 수 없습니다: {message}',
    'outcome.paid': '결제 완료: {amount} (포트원에서 확인됨)',
    'outcome.vbank_issued': '가상계좌 발급: {amount} 입금 대기 중',
    'outcome.declined': '결제 거절: {message}',
    'outcome.closed': '결제창이 닫혔습니다. 결제된 금액은 없습니다.',
    'outcome.refused': '결제창이 열리지 않았습니다: {message}',
    'outcome.tampered': '결제 정보가 주문과 달라 결제를 취소했습니다. 관리자에게 알리세요. {message}',
    'outcome.checking': '결과를 아직 알 수 없어 포트원에서 계속 확인합니다. 다시 결제하지 마세요.',
    'vbank.bank': '은행',
    approvalNo: '승인번호',
    card: '카드',
    'vbank.number': '계좌번호',
    'vbank.holder': '예금주',
    'vbank.due': '입금 기한',
    orderNo: '주문번호',
    'err.amount': '금액: 원 단위 숫자로 입력하세요 (예: 4500).',
    'err.taxFree': '면세 금액: 0 이상, 결제 금액 이하로 입력하세요.',
    'err.orderName': '주문명을 입력하세요 (40자 이내).',
    'err.buyerName': '구매자 이름은 16자 이하로 입력하세요.',
    'err.buyerTel': '구매자 휴대폰 번호: 헥토 결제창에 필수입니다 (예: 010-1234-5678).',
    'err.buyerEmail': '구매자 이메일: 예) name@example.kr',
    'err.company': '상호: 가상계좌와 휴대폰 결제에 필수입니다.',
    'err.companyEn': '영문 상호: 휴대폰 결제에 필수입니다.',
  },
  en: {
    nav: 'Payment window',
    title: 'Payment window (card authentication, bank transfer, virtual account, phone)',
    amount: 'Amount (KRW)',
    taxFree: 'Tax-free part (KRW)',
    orderName: 'Order name',
    method: 'Payment method',
    'method.card': 'Credit card',
    'method.trans': 'Real-time bank transfer',
    'method.vbank': 'Virtual account',
    'method.phone': 'Phone micropayment',
    buyerName: 'Buyer name',
    buyerTel: 'Buyer phone',
    buyerEmail: 'Buyer email',
    company: 'Store name (virtual-account holder, phone payments)',
    companyEn: 'Store name in English (phone payments)',
    companyHint: 'Needed for virtual-account and phone payments.',
    open: 'Open payment window',
    opening: 'Opening the payment window…',
    waiting: 'The customer is paying in the payment window. When it closes, the result is checked with PortOne.',
    verifying: 'Checking the result with PortOne…',
    stop: 'Close payment window',
    newSale: 'New sale',
    popupBlocked: 'The browser blocked the payment window (popup). Allow popups and try again.',
    error: 'The payment window could not be opened: {message}',
    'outcome.paid': 'Paid: {amount} (verified with PortOne)',
    'outcome.vbank_issued': 'Virtual account issued: {amount}, awaiting deposit',
    'outcome.declined': 'Declined: {message}',
    'outcome.closed': 'The payment window was closed. Nothing was paid.',
    'outcome.refused': 'The payment window did not open: {message}',
    'outcome.tampered': 'The payment did not match the order and was cancelled. Tell a manager. {message}',
    'outcome.checking': 'The result is not known yet; PortOne is being checked. Do not charge again.',
    'vbank.bank': 'Bank',
    approvalNo: 'Approval number',
    card: 'Card',
    'vbank.number': 'Account number',
    'vbank.holder': 'Account holder',
    'vbank.due': 'Deposit by',
    orderNo: 'Order number',
    'err.amount': 'Amount: whole won as a number (e.g. 4500).',
    'err.taxFree': 'Tax-free part: from 0 up to the amount.',
    'err.orderName': 'Enter an order name (up to 40 characters).',
    'err.buyerName': 'Buyer name: 16 characters at most.',
    'err.buyerTel': "Buyer phone: required by Hecto's payment window (e.g. 010-1234-5678).",
    'err.buyerEmail': 'Buyer email: e.g. name@example.kr',
    'err.company': 'Store name: required for virtual-account and phone payments.',
    'err.companyEn': 'Store name in English: required for phone payments.',
  },
};

export const windowPaymentsReasonMessages: Messages<(typeof windowPaymentsReasons)[number]> = {
  ko: {
    'window_payments.amount_invalid': '결제 금액: 1원 이상의 원 단위 숫자를 입력하세요.',
    'window_payments.tax_free_exceeds': '면세 금액은 결제 금액보다 클 수 없습니다.',
    'window_payments.phone_required': '구매자 전화번호: 헥토 결제창은 전화번호가 필요합니다 (예: 010-1234-5678).',
    'window_payments.phone_format': '구매자 전화번호 형식이 아닙니다 (예: 010-1234-5678).',
    'window_payments.company_required': '상호: 가상계좌와 휴대폰 결제에는 상호가 필요합니다.',
    'window_payments.company_en_required': '영문 상호: 휴대폰 결제에는 영문 상호가 필요합니다.',
    'window_payments.no_window_host': '이 환경에서는 결제창을 열 수 없습니다.',
    'window_payments.window_open_for_sale': '이 판매의 결제창이 이미 열려 있습니다. 먼저 마치거나 닫으세요.',
    'window_payments.other_window_open': '다른 결제창이 열려 있습니다. 먼저 마치거나 닫으세요.',
    'window_payments.sale_already_paid': '이 판매는 이미 결제되었습니다. 새 판매를 시작하세요.',
    'window_payments.amount_not_registered': '포트원이 결제 금액을 등록하지 않아 결제창을 열지 않았습니다. 다시 시도하세요.',
    'window_payments.payment_not_found': '이 주문번호의 결제창 결제가 없습니다.',
  },
  en: {
    'window_payments.amount_invalid': 'Amount: a number of whole won, at least ₩1.',
    'window_payments.tax_free_exceeds': 'The tax-free part cannot be more than the amount.',
    'window_payments.phone_required': "Buyer phone: Hecto's payment window requires it (e.g. 010-1234-5678).",
    'window_payments.phone_format': 'Buyer phone: e.g. 010-1234-5678.',
    'window_payments.company_required': 'Store name: required for virtual-account and phone payments.',
    'window_payments.company_en_required': 'Store name in English: required for phone payments.',
    'window_payments.no_window_host': 'This setup cannot open a payment window.',
    'window_payments.window_open_for_sale': 'A payment window is already open for this sale. Finish or close it first.',
    'window_payments.other_window_open': 'Another payment window is open. Finish or close it first.',
    'window_payments.sale_already_paid': 'This sale already has a payment. Start a new sale.',
    'window_payments.amount_not_registered': 'PortOne did not register the amount, so the payment window was not opened. Try again.',
    'window_payments.payment_not_found': 'No window payment with this order number.',
  },
};
