import type { Lang } from './schemas';
import type { ReconIssue } from './close';

/**
 * The close report's labels, in one place because two sides show the same report: the day-close
 * screen (renderer/src/close/messages) and the printed / PDF page (main/close/close-report-html).
 * Plain data, so both main and the renderer can import it.
 */
interface CloseLabels {
  keyed: string;
  billing: string;
  window: string;
  scheduled: string;
  all: string;
  approved: string;
  refunded: string;
  net: string;
  count: string;
  amount: string;
  taxFree: string;
  supply: string;
  vat: string;
  lateRefunds: string;
  lateApprovals: string;
  awaitingDeposit: string;
  cashFloat: string;
  cashCounted: string;
  cashDifference: string;
  recon: string;
  reconOk: string;
  issue: Record<ReconIssue['kind'], string>;
}

export const CLOSE_LABELS: Record<Lang, CloseLabels> = {
  ko: {
    keyed: '수기결제',
    billing: '카드 보관 결제',
    window: '결제창',
    scheduled: '예약결제',
    all: '합계',
    approved: '승인',
    refunded: '취소',
    net: '순매출',
    count: '건수',
    amount: '금액',
    taxFree: '면세',
    supply: '공급가액',
    vat: '부가세',
    lateRefunds: '이전 영업일 매출 취소',
    lateApprovals: '이전 영업일 건의 늦은 승인',
    awaitingDeposit: '가상계좌 입금 대기 건수',
    cashFloat: '시재금',
    cashCounted: '마감 현금',
    cashDifference: '과부족',
    recon: 'PortOne 대사',
    reconOk: '차이 없음',
    issue: {
      missing_in_ledger: 'POS에 없음',
      missing_at_portone: 'PortOne에 없음',
      status_differs: '상태 다름',
      amount_differs: '금액 다름',
    },
  },
  en: {
    keyed: 'Keyed',
    billing: 'Card on file',
    window: 'Payment window',
    scheduled: 'Scheduled',
    all: 'Total',
    approved: 'Approved',
    refunded: 'Refunded',
    net: 'Net',
    count: 'Count',
    amount: 'Amount',
    taxFree: 'Tax-free',
    supply: 'Supply',
    vat: 'VAT',
    lateRefunds: 'Refunds of earlier days',
    lateApprovals: 'Late approvals of earlier days',
    awaitingDeposit: 'Virtual accounts awaiting deposit',
    cashFloat: 'Float',
    cashCounted: 'Cash counted',
    cashDifference: 'Over/short',
    recon: 'PortOne reconciliation',
    reconOk: 'No differences',
    issue: {
      missing_in_ledger: 'Not in the POS',
      missing_at_portone: 'Not at PortOne',
      status_differs: 'Status differs',
      amount_differs: 'Amount differs',
    },
  },
};
