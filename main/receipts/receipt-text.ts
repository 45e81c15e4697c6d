import type { Lang } from '../../contract/schemas';

/** The receipt's own words (it is printed from main, so it cannot use the renderer's dictionaries). */
const ko = {
  sale: '카드 매출전표',
  receipt: '영수증',
  refund: '취소 영수증',
  reprint: '재출력',
  sandbox: '연습 결제 (실제 청구 없음)',
  businessNumber: '사업자번호',
  owner: '대표자',
  phone: '전화',
  date: '거래일시',
  order: '상품명',
  item: '상품명 / 단가 x 수량',
  lineAmount: '금액',
  taxFreeMark: '* 표시는 면세 품목',
  discount: '할인',
  amount: '합계',
  supply: '과세 공급가액',
  vat: '부가세',
  taxFree: '면세 금액',
  cardPaid: '카드 결제',
  transPaid: '계좌이체',
  vbankPaid: '가상계좌',
  phonePaid: '휴대폰 결제',
  bank: '은행',
  account: '계좌번호',
  holder: '예금주',
  cashPaid: '현금 결제',
  partLines: '품목',
  received: '받은 금액',
  change: '거스름돈',
  card: '카드',
  cardNumber: '카드번호',
  installments: '할부',
  lumpSum: '일시불',
  months: '{n}개월',
  approval: '승인번호',
  cashReceipt: '현금영수증',
  cashReceiptId: '식별번호',
  income_deduction: '소득공제',
  expense_proof: '지출증빙',
  merchantUid: '주문번호',
  impUid: 'PortOne 결제번호',
  cancels: '취소 내역',
  refunded: '취소 합계',
  remaining: '남은 금액',
  receiptUrl: '전자 영수증 (QR)',
  printedAt: '출력일시',
  items: '품목',
  subtotal: '소계',
  lineDiscount: '할인',
  saleDiscount: '전체 할인',
  discountTotal: '할인 합계',
} as const;

export type ReceiptTextKey = keyof typeof ko;

const en: Record<ReceiptTextKey, string> = {
  sale: 'Card sales slip',
  receipt: 'Receipt',
  refund: 'Refund receipt',
  reprint: 'REPRINT',
  sandbox: 'Practice payment (nothing charged)',
  businessNumber: 'Business no.',
  owner: 'Owner',
  phone: 'Phone',
  date: 'Date',
  order: 'Item',
  item: 'Item / price x qty',
  lineAmount: 'Amount',
  taxFreeMark: '* tax-free item',
  discount: 'Discount',
  amount: 'Total',
  supply: 'Taxable supply',
  vat: 'VAT',
  taxFree: 'Tax-free',
  cardPaid: 'Card',
  transPaid: 'Bank transfer',
  vbankPaid: 'Virtual account',
  phonePaid: 'Phone',
  bank: 'Bank',
  account: 'Account',
  holder: 'Holder',
  cashPaid: 'Cash',
  partLines: 'Items',
  received: 'Received',
  change: 'Change',
  card: 'Card',
  cardNumber: 'Card no.',
  installments: 'Installments',
  lumpSum: 'Lump sum',
  months: '{n} months',
  approval: 'Approval no.',
  cashReceipt: 'Cash receipt',
  cashReceiptId: 'Issued to',
  income_deduction: 'Income deduction',
  expense_proof: 'Expense proof',
  merchantUid: 'Order no.',
  impUid: 'PortOne payment',
  cancels: 'Refunds',
  refunded: 'Refunded',
  remaining: 'Remaining',
  receiptUrl: 'Online receipt (QR)',
  printedAt: 'Printed',
  items: 'Items',
  subtotal: 'Subtotal',
  lineDiscount: 'Discount',
  saleDiscount: 'Sale discount',
  discountTotal: 'Discounts',
};

export type ReceiptTranslate = (key: ReceiptTextKey, n?: number) => string;

export function receiptText(lang: Lang): ReceiptTranslate {
  const table: Record<ReceiptTextKey, string> = lang === 'ko' ? ko : en;
  return (key, n) => table[key].replace('{n}', String(n ?? ''));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-26 12:04:05` in Korean time, whatever the till's clock zone: short enough for 58 mm. */
export function slipDate(ms: number): string {
  const kst = new Date(ms + 9 * 3600_000);
  return `${kst.getUTCFullYear()}-${pad(kst.getUTCMonth() + 1)}-${pad(kst.getUTCDate())} ${pad(kst.getUTCHours())}:${pad(kst.getUTCMinutes())}:${pad(kst.getUTCSeconds())}`;
}
