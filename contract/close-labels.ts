import { formatKrw, groupWon } from '../domain/money';
import type { Lang, WindowPayMethod } from './schemas';
import type { ReceiptIssue, ReconIssue } from './close';

/**
 * The close report's labels, in one place because two sides show the same report: the day-close
 * screen (renderer/src/close/messages) and the printed / PDF page (main/close/close-report-html).
 * Plain data, so both main and the renderer can import it.
 */
interface CloseLabels {
  keyed: string;
  billing: string;
  window: string;
  /** The window line's methods, shown under it. */
  windowCard: string;
  windowTrans: string;
  windowVbank: string;
  windowPhone: string;
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
  /** 현금과부족 in words: counted less than expected… */
  cashShort: string;
  /** …or more. */
  cashOver: string;
  cashSales: string;
  cashRefunds: string;
  payouts: string;
  drops: string;
  expectedCash: string;
  receiptsIssued: string;
  receiptsCancelled: string;
  splitSales: string;
  cardCompany: string;
  /** A card company PortOne did not name (a window's transfer or virtual account, or not known yet). */
  otherCompany: string;
  /** The report's title while the day is open (read-only, nothing stored) and once closed. */
  xReport: string;
  zReport: string;
  recon: string;
  reconOk: string;
  receiptsRecon: string;
  receiptsChecked: string;
  issue: Record<ReconIssue['kind'] | ReceiptIssue['kind'], string>;
}

const WINDOW_LABEL = { card: 'windowCard', trans: 'windowTrans', vbank: 'windowVbank', phone: 'windowPhone' } as const;

/** A row of the window line's split: `└ 카드 (BC카드)`. */
export function windowRowLabel(lang: Lang, method: WindowPayMethod, company: string | null): string {
  const label = CLOSE_LABELS[lang][WINDOW_LABEL[method]];
  return company ? `${label} (${company})` : label;
}

export const CLOSE_LABELS: Record<Lang, CloseLabels> = {
  ko: {
    keyed: '수기결제',
    billing: '카드 보관 결제',
    window: '결제창',
    windowCard: '└ 카드',
    windowTrans: '└ 계좌이체',
    windowVbank: '└ 가상계좌 (입금 완료)',
    windowPhone: '└ 휴대폰',
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
    awaitingDeposit: '가상계좌 입금 대기',
    cashFloat: '시재금',
    cashCounted: '마감 현금',
    cashDifference: '과부족',
    cashShort: '{won}원 부족',
    cashOver: '{won}원 과잉',
    cashSales: '현금 매출',
    cashRefunds: '현금 환불',
    payouts: '지급',
    drops: '금고 입금',
    expectedCash: '예상 현금',
    receiptsIssued: '현금영수증 발급',
    receiptsCancelled: '현금영수증 취소',
    splitSales: '복합결제 건수',
    cardCompany: '카드사별',
    otherCompany: '카드사 미상·기타',
    xReport: '중간정산 (X)',
    zReport: '마감정산 (Z)',
    recon: 'PortOne 대사',
    reconOk: '차이 없음',
    receiptsRecon: '현금영수증 대사',
    receiptsChecked: '현금영수증 {count}건 확인',
    issue: {
      missing_in_ledger: 'POS에 없음',
      missing_at_portone: 'PortOne에 없음',
      status_differs: '상태 다름',
      amount_differs: '금액 다름',
      receipt_missing_at_portone: '현금영수증이 PortOne에 없음',
      receipt_cancelled_at_portone: 'PortOne에서만 취소됨',
      receipt_missing_here: '현금영수증이 POS에 없음',
      receipt_cancelled_here: 'POS에서만 취소됨',
    },
  },
  en: {
    keyed: 'Keyed',
    billing: 'Card on file',
    window: 'Payment window',
    windowCard: '└ Card',
    windowTrans: '└ Bank transfer',
    windowVbank: '└ Virtual account (deposited)',
    windowPhone: '└ Phone',
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
    cashShort: '₩{won} short',
    cashOver: '₩{won} over',
    cashSales: 'Cash sales',
    cashRefunds: 'Cash refunds',
    payouts: 'Pay-outs',
    drops: 'Cash drops',
    expectedCash: 'Expected cash',
    receiptsIssued: 'Cash receipts issued',
    receiptsCancelled: 'Cash receipts cancelled',
    splitSales: 'Split-tender sales',
    cardCompany: 'By card company',
    otherCompany: 'Unknown / other',
    xReport: 'X report (mid-day)',
    zReport: 'Z report (day close)',
    recon: 'PortOne reconciliation',
    reconOk: 'No differences',
    receiptsRecon: 'Cash receipts reconciliation',
    receiptsChecked: '{count} cash receipts checked',
    issue: {
      missing_in_ledger: 'Not in the POS',
      missing_at_portone: 'Not at PortOne',
      status_differs: 'Status differs',
      amount_differs: 'Amount differs',
      receipt_missing_at_portone: 'Cash receipt not at PortOne',
      receipt_cancelled_at_portone: 'Cancelled at PortOne only',
      receipt_missing_here: 'Cash receipt not in the POS',
      receipt_cancelled_here: 'Cancelled in the POS only',
    },
  },
};

/** The cash difference (counted − expected) in words: "2,000원 부족", "2,000원 과잉", ₩0 when it matches. */
export function cashDifferenceText(difference: number, lang: Lang): string {
  if (difference === 0) return formatKrw(0);
  const words = CLOSE_LABELS[lang];
  return (difference < 0 ? words.cashShort : words.cashOver).replace('{won}', groupWon(Math.abs(difference)));
}
