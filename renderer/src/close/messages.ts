import { CLOSE_LABELS } from '../../../contract/close-labels';
import type { Lang } from '../../../contract/schemas';
import type { Messages } from '../i18n';
import type { closeReasons } from '../../../contract/close';

type Key =
  | 'nav'
  | 'title'
  | 'noOpenDay'
  | 'float'
  | 'open'
  | 'opened'
  | 'openDayInfo'
  | 'reconcile'
  | 'reconciling'
  | 'countedCash'
  | 'countedHint'
  | 'close'
  | 'closeConfirm'
  | 'closed'
  | 'print'
  | 'pdf'
  | 'pdfSaved'
  | 'printed'
  | 'pastDays'
  | 'day'
  | 'view'
  | 'report'
  | 'final'
  | 'notFinal'
  | 'method'
  | 'cashier'
  | 'keyed'
  | 'billing'
  | 'window'
  | 'scheduled'
  | 'all'
  | 'approved'
  | 'refunded'
  | 'net'
  | 'count'
  | 'amount'
  | 'taxFree'
  | 'supply'
  | 'vat'
  | 'lateRefunds'
  | 'lateApprovals'
  | 'awaitingDeposit'
  | 'notCharged'
  | 'unresolved'
  | 'openWarning'
  | 'cashFloat'
  | 'cashCounted'
  | 'cashDifference'
  | 'recon'
  | 'reconOk'
  | 'reconError'
  | 'reconCounts'
  | 'reconTruncated'
  | 'issue.missing_in_ledger'
  | 'issue.missing_at_portone'
  | 'issue.status_differs'
  | 'issue.amount_differs'
  | 'cashSales'
  | 'cashRefunds'
  | 'payouts'
  | 'drops'
  | 'expectedCash'
  | 'receiptsIssued'
  | 'receiptsCancelled'
  | 'splitSales'
  | 'cardCompany'
  | 'otherCompany'
  | 'xReport'
  | 'zReport'
  | 'xReportAt'
  | 'xReportNote'
  | 'receiptsRecon'
  | 'receiptsChecked'
  | 'issue.receipt_missing_at_portone'
  | 'issue.receipt_cancelled_at_portone'
  | 'issue.receipt_missing_here'
  | 'issue.receipt_cancelled_here'
  | 'moveTitle'
  | 'moveKind'
  | 'moveAmount'
  | 'moveReason'
  | 'moveRecord'
  | 'moved'
  | 'col.kind'
  | 'col.ledger'
  | 'col.portone'
  | 'readOnlyNote';

/** The report's labels as screen messages (the issue kinds under `issue.`). */
function shared(lang: Lang) {
  const { issue, ...figures } = CLOSE_LABELS[lang];
  return {
    ...figures,
    'issue.missing_in_ledger': issue.missing_in_ledger,
    'issue.missing_at_portone': issue.missing_at_portone,
    'issue.status_differs': issue.status_differs,
    'issue.amount_differs': issue.amount_differs,
    'issue.receipt_missing_at_portone': issue.receipt_missing_at_portone,
    'issue.receipt_cancelled_at_portone': issue.receipt_cancelled_at_portone,
    'issue.receipt_missing_here': issue.receipt_missing_here,
    'issue.receipt_cancelled_here': issue.receipt_cancelled_here,
  };
}

export const closeMessages: Messages<Key> = {
  ko: {
    ...shared('ko'),
    nav: '마감',
    title: '개점 · 마감정산',
    noOpenDay: '열린 영업일이 없습니다. 시재금을 입력하고 개점하세요.',
    float: '시재금 (원)',
    open: '개점',
    opened: '영업일 #{id} 개점: {at}, {by}, 시재금 {float}',
    openDayInfo: '지난 마감 이후의 결제가 이 영업일에 포함됩니다.',
    reconcile: 'PortOne 대사',
    reconciling: 'PortOne에 확인하는 중…',
    countedCash: '마감 현금 (원, 선택)',
    countedHint: '비워 두면 현금 과부족을 계산하지 않습니다. 중간정산 (X)에도 쓰입니다 (저장되지 않음).',
    close: '마감정산',
    closeConfirm: '영업일 #{id}을 마감합니다. 마감된 영업일의 집계는 바뀌지 않습니다. 계속할까요?',
    closed: '영업일 #{id} 마감이 완료되었습니다.',
    print: '인쇄',
    pdf: 'PDF 저장',
    pdfSaved: 'PDF를 저장했습니다: {path}',
    printed: '인쇄를 요청했습니다.',
    pastDays: '지난 영업일',
    day: '영업일 #{id}',
    view: '보기',
    report: '마감 보고서',
    final: '마감 확정',
    notFinal: '미확정 (마감 전)',
    method: '결제수단별',
    cashier: '담당자별',
    notCharged: '거절/미결제 건수',
    unresolved: '확인 중인 건수',
    openWarning: '포트원에서 아직 확인 중인 결제가 {count}건 있습니다. 마감에는 관리자 승인이 필요하며, 이 건들은 승인되는 날의 "이전 영업일 건의 늦은 승인"에 잡힙니다.',
    reconError: '대사하지 못했습니다: {message}',
    reconCounts: 'POS {ledger}건 · PortOne {portone}건',
    reconTruncated: '목록이 너무 길어 일부만 비교했습니다.',
    'col.kind': '차이',
    'col.ledger': 'POS',
    'col.portone': 'PortOne',
    readOnlyNote: '마감된 영업일은 읽기 전용입니다. 마감 후의 결제와 취소는 다음 영업일에 집계됩니다.',
    xReportAt: '{at} 기준',
    moveTitle: '현금 입출금',
    moveKind: '종류',
    moveAmount: '금액 (원)',
    moveReason: '사유',
    moveRecord: '기록',
    moved: '{kind} {amount}을 기록했습니다.',
    xReportNote: '중간정산은 지금까지의 집계를 보여 줄 뿐 아무것도 저장하지 않습니다. 영업일은 열린 채로 남습니다.',
  },
  en: {
    ...shared('en'),
    nav: 'Close',
    title: 'Open · close the day',
    noOpenDay: 'No business day is open. Enter the float and open the day.',
    float: 'Float (KRW)',
    open: 'Open day',
    opened: 'Day #{id} opened {at} by {by}, float {float}',
    openDayInfo: 'Payments since the last close belong to this day.',
    reconcile: 'Reconcile with PortOne',
    reconciling: 'Checking with PortOne…',
    countedCash: 'Cash counted (KRW, optional)',
    countedHint: 'Leave empty to skip the cash over/short. The X report uses it too (not stored).',
    close: 'Close the day',
    closeConfirm: 'Close day #{id}? A closed day’s figures never change.',
    closed: 'Day #{id} is closed.',
    print: 'Print',
    pdf: 'Save PDF',
    pdfSaved: 'PDF saved: {path}',
    printed: 'Sent to the printer.',
    pastDays: 'Past days',
    day: 'Day #{id}',
    view: 'View',
    report: 'Day close report',
    final: 'Final',
    notFinal: 'Not final (day still open)',
    method: 'By method',
    cashier: 'By cashier',
    notCharged: 'Declined / not charged',
    unresolved: 'Still being checked',
    openWarning: '{count} payments are still being checked with PortOne. Closing needs a manager; once approved they count in that day\'s "late approvals of earlier days".',
    reconError: 'Could not reconcile: {message}',
    reconCounts: 'POS {ledger} · PortOne {portone}',
    reconTruncated: 'The list was too long; only part of it was compared.',
    'col.kind': 'Difference',
    'col.ledger': 'POS',
    'col.portone': 'PortOne',
    readOnlyNote: 'A closed day is read-only. Payments and refunds after a close count in the next day.',
    xReportAt: 'as of {at}',
    moveTitle: 'Cash in and out of the drawer',
    moveKind: 'Kind',
    moveAmount: 'Amount (KRW)',
    moveReason: 'Reason',
    moveRecord: 'Record',
    moved: '{kind} of {amount} recorded.',
    xReportNote: 'The X report shows the figures so far and stores nothing. The day stays open.',
  },
};

export const closeReasonMessages: Messages<(typeof closeReasons)[number]> = {
  ko: {
    'close.day_already_open': '이미 영업일이 열려 있습니다. 먼저 마감하세요.',
    'close.day_closed_meanwhile': '그 사이에 이 영업일이 마감되었습니다. 화면을 새로 고치세요.',
    'close.day_not_found': '해당 번호의 영업일이 없습니다.',
    'close.day_still_open': '아직 열려 있는 영업일입니다. 미리 보기로 확인하거나 마감하세요.',
    'close.no_day_open': '열려 있는 영업일이 없습니다. 먼저 영업을 시작하세요.',
  },
  en: {
    'close.day_already_open': 'A business day is already open: close it first.',
    'close.day_closed_meanwhile': 'This day was closed meanwhile. Reload the screen.',
    'close.day_not_found': 'No business day with this number.',
    'close.day_still_open': 'This day is still open: preview its figures or close it.',
    'close.no_day_open': 'No business day is open: open the day first.',
  },
};
