import type { authReasons } from '../../../contract/auth';
import type { Messages } from '../i18n';

type Key =
  | 'signInTitle'
  | 'lockedTitle'
  | 'lockedBy'
  | 'who'
  | 'pin'
  | 'signIn'
  | 'unlock'
  | 'otherUser'
  | 'signOut'
  | 'lock'
  | 'signedInAs'
  | 'role.cashier'
  | 'role.manager'
  | 'role.owner'
  | 'approvalTitle'
  | 'approvalText'
  | 'approver'
  | 'approverPin'
  | 'approve'
  | 'noApprover'
  | 'pinPad'
  | 'approvalFor'
  | 'approvalAmount'
  | 'approvalCustomer'
  | 'approvalPayment'
  | 'action.refund'
  | 'action.removeCard'
  | 'action.chargeKeyed'
  | 'action.closeDay'
  | 'action.openDay'
  | 'action.reconcileDay'
  | 'action.saveSettings'
  | 'action.saveCredentials'
  | 'action.clearCredentials'
  | 'action.createCashier'
  | 'action.updateCashier'
  | 'action.listCashiers'
  | 'action.setIdleLock'
  | 'action.auditPage'
  | 'action.verifyAudit'
  | 'action.exportAudit'
  | 'action.paySale'
  | 'action.refundSaleLines'
  | 'action.voidSale'
  | 'action.refundCash'
  | 'action.moveDrawerCash'
  | 'action.openDrawer'
  | 'action.cancelCashReceipt'
  | 'action.saveCashReceiptSettings'
  | 'action.saveSalesSettings'
  | 'action.savePrinterSettings'
  | 'action.saveProduct'
  | 'action.saveCategory'
  | 'action.deleteCategory'
  | 'action.confirmCatalogImport'
  | 'action.cancelSchedule'
  | 'action.cancelCustomerSchedules'
  | 'action.registerCard';

export const authMessages: Messages<Key> = {
  ko: {
    signInTitle: '담당자 로그인',
    lockedTitle: '화면 잠김',
    lockedBy: '{name} 님의 화면이 잠겼습니다. PIN을 입력하면 이어서 사용할 수 있습니다.',
    who: '담당자',
    pin: 'PIN',
    signIn: '로그인',
    unlock: '잠금 해제',
    otherUser: '다른 담당자로 로그인',
    signOut: '로그아웃',
    lock: '화면 잠금',
    signedInAs: '{name} ({role})',
    'role.cashier': '캐셔',
    'role.manager': '매니저',
    'role.owner': '점주',
    approvalTitle: '관리자 승인',
    approvalText: '이 작업은 매니저 또는 점주의 승인이 필요합니다. 승인할 사람이 PIN을 입력하세요. 이번 한 번만 적용됩니다.',
    approver: '승인자',
    approverPin: '승인자 PIN',
    approve: '승인',
    noApprover: '승인할 수 있는 매니저 계정이 없습니다.',
    pinPad: 'PIN 숫자 키패드',
    approvalFor: '승인할 작업',
    approvalAmount: '금액',
    approvalCustomer: '고객·대상',
    approvalPayment: '결제',
    'action.refund': '환불',
    'action.removeCard': '저장된 카드 삭제',
    'action.chargeKeyed': '저장된 카드 교체 (결제와 함께)',
    'action.closeDay': '마감정산',
    'action.openDay': '개점',
    'action.reconcileDay': 'PortOne 대사',
    'action.saveSettings': '설정 저장',
    'action.saveCredentials': 'PortOne API 키 변경',
    'action.clearCredentials': 'PortOne API 키 삭제',
    'action.createCashier': '담당자 추가',
    'action.updateCashier': '담당자 변경',
    'action.listCashiers': '담당자 목록 보기',
    'action.setIdleLock': '자동 잠금 시간 변경',
    'action.auditPage': '감사 기록 보기',
    'action.verifyAudit': '감사 기록 무결성 확인',
    'action.exportAudit': '감사 기록 내보내기',
    'action.paySale': '판매 결제 (한도 넘는 할인·카드 교체)',
    'action.refundSaleLines': '품목 환불',
    'action.voidSale': '판매 취소 (결제 전부 환불)',
    'action.refundCash': '현금 환불',
    'action.moveDrawerCash': '현금 입금·출금 (금고 이동, 지출)',
    'action.openDrawer': '금전함 열기',
    'action.cancelCashReceipt': '현금영수증 취소',
    'action.saveCashReceiptSettings': '현금영수증 설정 변경',
    'action.saveSalesSettings': '판매 설정 변경',
    'action.savePrinterSettings': '프린터 설정 변경',
    'action.saveProduct': '상품 저장',
    'action.saveCategory': '분류 저장',
    'action.deleteCategory': '분류 삭제',
    'action.confirmCatalogImport': '상품 일괄 가져오기',
    'action.cancelSchedule': '예약 결제 취소',
    'action.cancelCustomerSchedules': '고객의 예약 결제 모두 취소',
    'action.registerCard': '카드 등록 (교체)',
  },
  en: {
    signInTitle: 'Cashier sign-in',
    lockedTitle: 'Screen locked',
    lockedBy: "{name}'s screen is locked. Enter the PIN to continue.",
    who: 'Cashier',
    pin: 'PIN',
    signIn: 'Sign in',
    unlock: 'Unlock',
    otherUser: 'Sign in as someone else',
    signOut: 'Sign out',
    lock: 'Lock screen',
    signedInAs: '{name} ({role})',
    'role.cashier': 'Cashier',
    'role.manager': 'Manager',
    'role.owner': 'Owner',
    approvalTitle: 'Manager approval',
    approvalText: 'This needs a manager or the owner. The approver enters their PIN; it counts for this one action only.',
    approver: 'Approver',
    approverPin: 'Approver PIN',
    approve: 'Approve',
    noApprover: 'There is no manager account that could approve this.',
    pinPad: 'PIN keypad',
    approvalFor: 'Action to approve',
    approvalAmount: 'Amount',
    approvalCustomer: 'Customer / target',
    approvalPayment: 'Payment',
    'action.refund': 'Refund',
    'action.removeCard': 'Remove a saved card',
    'action.chargeKeyed': 'Replace a saved card (with this sale)',
    'action.closeDay': 'Day close',
    'action.openDay': 'Open the day',
    'action.reconcileDay': 'Reconcile with PortOne',
    'action.saveSettings': 'Save settings',
    'action.saveCredentials': 'Change the PortOne API key',
    'action.clearCredentials': 'Remove the PortOne API key',
    'action.createCashier': 'Add a cashier',
    'action.updateCashier': 'Change a cashier',
    'action.listCashiers': 'List cashiers',
    'action.setIdleLock': 'Change the idle lock',
    'action.auditPage': 'View the audit log',
    'action.verifyAudit': 'Verify the audit log',
    'action.exportAudit': 'Export the audit log',
    'action.paySale': 'Pay a sale (discount above the limit, card replacement)',
    'action.refundSaleLines': 'Refund items of a sale',
    'action.voidSale': 'Void a sale (every payment back)',
    'action.refundCash': 'Cash refund',
    'action.moveDrawerCash': 'Cash drop or pay-out',
    'action.openDrawer': 'Open the cash drawer',
    'action.cancelCashReceipt': 'Cancel a cash receipt',
    'action.saveCashReceiptSettings': 'Change the cash receipt settings',
    'action.saveSalesSettings': 'Change the sales settings',
    'action.savePrinterSettings': 'Change the printer settings',
    'action.saveProduct': 'Save a product',
    'action.saveCategory': 'Save a category',
    'action.deleteCategory': 'Delete a category',
    'action.confirmCatalogImport': 'Import the catalog',
    'action.cancelSchedule': 'Cancel a scheduled charge',
    'action.cancelCustomerSchedules': 'Cancel all of a customer’s scheduled charges',
    'action.registerCard': 'Register a card (replacement)',
  },
};

/** Main's refusals of a sign-in, an unlock, an approval or an account change (picked by reason). */
export const authReasonMessages: Messages<(typeof authReasons)[number]> = {
  ko: {
    'auth.locked': '화면이 잠겨 있습니다. PIN을 입력해 잠금을 해제하세요.',
    'auth.sign_in_required': '먼저 로그인하세요.',
    'auth.manager_approval_needed': '매니저 또는 점주의 승인(PIN)이 필요합니다.',
    'auth.owner_approval_needed': '점주의 승인(PIN)이 필요합니다.',
    'auth.approver_not_manager': '{name} 님은 이 작업을 승인할 수 없습니다. 매니저 또는 점주가 승인해야 합니다.',
    'auth.approver_not_owner': '{name} 님은 이 작업을 승인할 수 없습니다. 점주가 승인해야 합니다.',
    'auth.no_accounts_yet': '아직 담당자 계정이 없습니다. 먼저 점주 계정을 만드세요.',
    'auth.first_must_be_owner': '첫 계정은 점주여야 합니다.',
    'auth.name_taken': '이미 쓰고 있는 이름입니다. 다른 이름을 고르세요.',
    'auth.cashier_not_found': '이 담당자를 찾을 수 없습니다. 목록을 새로 고치세요.',
    'auth.last_owner': '활성 점주가 최소 한 명은 있어야 합니다. 먼저 다른 사람을 점주로 지정하세요.',
    'auth.unknown_cashier': '목록에서 담당자를 고르세요.',
    'auth.blocked': 'PIN을 여러 번 틀려 {name} 님 계정이 잠시 잠겼습니다. {seconds}초 후에 다시 시도하세요.',
    'auth.wrong_pin': 'PIN이 맞지 않습니다. 다시 입력하세요.',
    'auth.wrong_pin_blocked': 'PIN이 맞지 않습니다. {name} 님 계정이 {seconds}초 동안 잠깁니다.',
    'auth.approval_stale': '이 승인은 다른 작업용이었거나 이미 사용되었거나 만료되었습니다. 다시 승인받으세요.',
    'auth.pin_too_short': '관리자와 점주의 PIN은 {min}자리 이상이어야 합니다. 새 PIN을 입력하세요.',
  },
  en: {
    'auth.locked': 'The screen is locked. Enter the PIN to unlock it.',
    'auth.sign_in_required': 'Sign in first.',
    'auth.manager_approval_needed': "This needs a manager's (or the owner's) PIN approval.",
    'auth.owner_approval_needed': "This needs the owner's PIN approval.",
    'auth.approver_not_manager': '{name} cannot approve this: it needs a manager or the owner.',
    'auth.approver_not_owner': '{name} cannot approve this: it needs the owner.',
    'auth.no_accounts_yet': 'There are no cashier accounts yet: create the owner first.',
    'auth.first_must_be_owner': 'The first account must be the owner.',
    'auth.name_taken': 'This name is already used; pick another.',
    'auth.cashier_not_found': 'This cashier no longer exists. Reload the list.',
    'auth.last_owner': 'The shop needs at least one active owner: make someone else owner first.',
    'auth.unknown_cashier': 'Pick a name from the list.',
    'auth.blocked': 'Too many wrong PINs for {name}. Try again in {seconds} s.',
    'auth.wrong_pin': 'Wrong PIN. Try again.',
    'auth.wrong_pin_blocked': 'Wrong PIN. {name} is blocked for {seconds} s.',
    'auth.approval_stale': 'This approval was for another action, was used already or has expired. Ask for approval again.',
    'auth.pin_too_short': 'Managers and owners need a PIN of at least {min} digits: enter a new one.',
  },
};
