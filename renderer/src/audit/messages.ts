import type { AuditAction } from '../../../contract/audit';
import type { Messages } from '../i18n';

type Key =
  | 'title'
  | 'show'
  | 'verify'
  | 'verified'
  | 'broken'
  | 'export'
  | 'exported'
  | 'older'
  | 'empty'
  | 'col.seq'
  | 'col.time'
  | 'col.who'
  | 'col.action'
  | 'col.target'
  | 'col.detail';

export const auditMessages: Messages<Key> = {
  ko: {
    title: '감사 로그',
    show: '기록 보기',
    verify: '무결성 확인',
    verified: '무결성 확인 완료: {n}건 모두 정상입니다.',
    broken: '변조 발견: {seq}번 기록부터 체인이 맞지 않습니다 ({reason}).',
    export: 'CSV 내보내기',
    exported: '{file} 파일을 내보냈습니다.',
    older: '이전 기록 더 보기',
    empty: '기록이 없습니다.',
    'col.seq': '번호',
    'col.time': '시각',
    'col.who': '누가',
    'col.action': '무엇을',
    'col.target': '대상',
    'col.detail': '내용',
  },
  en: {
    title: 'Audit log',
    show: 'Show entries',
    verify: 'Verify integrity',
    verified: 'Verified: all {n} entries are intact.',
    broken: 'Tampering found: the chain breaks at entry {seq} ({reason}).',
    export: 'Export CSV',
    exported: 'Exported {file}.',
    older: 'Show older entries',
    empty: 'No entries.',
    'col.seq': 'No.',
    'col.time': 'Time',
    'col.who': 'Who',
    'col.action': 'Action',
    'col.target': 'Target',
    'col.detail': 'Detail',
  },
};

/** Each recorded action in words (the list is contract/audit.ts's: a new action fails the type check here until it has both). */
export const auditActionMessages: Messages<AuditAction> = {
  ko: {
    sign_in: '로그인',
    sign_out: '로그아웃',
    sign_in_failed: 'PIN 틀림',
    approval: '관리자 승인',
    charge: '결제',
    refund: '환불',
    card_saved: '카드 저장',
    card_removed: '카드 삭제',
    settings_changed: '설정 변경',
    credentials_changed: 'API 키 변경',
    cashier_changed: '직원 변경',
    day_opened: '개점',
    day_closed: '마감정산',
    receipt_printed: '영수증 출력',
    receipt_reprinted: '영수증 재출력',
    audit_exported: '감사 로그 내보내기',
    schedule_created: '예약결제 등록',
    schedule_changed: '예약결제 변경',
    schedule_cancelled: '예약결제 취소',
    drawer_opened: '금전함 열기',
    catalog_changed: '상품 변경',
    catalog_imported: '상품 가져오기',
    sales_settings_changed: '판매 설정 변경',
    sale_discount_approved: '할인 승인',
    cash_taken: '현금 결제',
    cash_refunded: '현금 환불',
    cash_moved: '현금 입출금',
    cash_receipt_issued: '현금영수증 발급',
    cash_receipt_cancelled: '현금영수증 취소',
  },
  en: {
    sign_in: 'Sign-in',
    sign_out: 'Sign-out',
    sign_in_failed: 'Wrong PIN',
    approval: 'Manager approval',
    charge: 'Payment',
    refund: 'Refund',
    card_saved: 'Card saved',
    card_removed: 'Card removed',
    settings_changed: 'Settings changed',
    credentials_changed: 'API key changed',
    cashier_changed: 'Staff changed',
    day_opened: 'Day opened',
    day_closed: 'Day closed',
    receipt_printed: 'Receipt printed',
    receipt_reprinted: 'Receipt reprinted',
    audit_exported: 'Audit log exported',
    schedule_created: 'Schedule created',
    schedule_changed: 'Schedule changed',
    schedule_cancelled: 'Schedule cancelled',
    drawer_opened: 'Drawer opened',
    catalog_changed: 'Catalog changed',
    catalog_imported: 'Catalog imported',
    sales_settings_changed: 'Sales settings changed',
    sale_discount_approved: 'Discount approved',
    cash_taken: 'Cash payment',
    cash_refunded: 'Cash refund',
    cash_moved: 'Cash in/out',
    cash_receipt_issued: 'Cash receipt issued',
    cash_receipt_cancelled: 'Cash receipt cancelled',
  },
};

/** Words for the keys audit details carry that are not request fields (those use the field labels). */
export const auditDetailLabels: Messages<
  | 'outcome' | 'failures' | 'via' | 'unlock' | 'for' | 'action' | 'payment' | 'float' | 'change' | 'discount' | 'gross'
  | 'rows' | 'entries' | 'count' | 'all' | 'cardRemoved' | 'card' | 'replacedBy' | 'selfIssued' | 'daysLate' | 'recipient'
  | 'receipt' | 'area' | 'at' | 'changed' | 'idleLockSeconds' | 'state' | 'yes' | 'no'
  | 'changeKind' | 'pgId' | 'alreadyGoneAtPortOne' | 'revokedSchedules' | 'channelKeySet' | 'pinChanged'
> = {
  ko: {
    outcome: '결과',
    failures: '실패 횟수',
    via: '경로',
    unlock: '잠금 해제',
    for: '요청자',
    action: '작업',
    payment: '결제',
    float: '시작 현금',
    change: '거스름돈',
    discount: '할인',
    gross: '할인 전 금액',
    rows: '행 수',
    entries: '기록 수',
    count: '건수',
    all: '전체',
    cardRemoved: '카드 삭제',
    card: '카드',
    replacedBy: '새 카드',
    selfIssued: '자진발급',
    daysLate: '지연 일수',
    recipient: '받는 사람',
    receipt: '영수증',
    area: '영역',
    at: '시각',
    changed: '바뀐 설정',
    idleLockSeconds: '자동 잠금(초)',
    state: '상태',
    yes: '예',
    no: '아니오',
    changeKind: '변경 내용',
    pgId: 'PG 상점 ID',
    alreadyGoneAtPortOne: '포트원에 이미 없음',
    revokedSchedules: '취소된 예약결제',
    channelKeySet: '채널 키 설정',
    pinChanged: 'PIN 변경',
  },
  en: {
    outcome: 'Outcome',
    failures: 'Failures',
    via: 'Via',
    unlock: 'Unlock',
    for: 'For',
    action: 'Action',
    payment: 'Payment',
    float: 'Float',
    change: 'Change',
    discount: 'Discount',
    gross: 'Before discount',
    rows: 'Rows',
    entries: 'Entries',
    count: 'Count',
    all: 'All',
    cardRemoved: 'Card removed',
    card: 'Card',
    replacedBy: 'New card',
    selfIssued: 'Self-issued',
    daysLate: 'Days late',
    recipient: 'Recipient',
    receipt: 'Receipt',
    area: 'Area',
    at: 'Time',
    changed: 'Settings changed',
    idleLockSeconds: 'Idle lock (s)',
    state: 'State',
    yes: 'Yes',
    no: 'No',
    changeKind: 'Change',
    pgId: 'PG ID',
    alreadyGoneAtPortOne: 'Already gone at PortOne',
    revokedSchedules: 'Schedules revoked',
    channelKeySet: 'Channel key set',
    pinChanged: 'PIN changed',
  },
};
