import type { Lang } from '../../contract/schemas';

/** The receipt's own words (it is printed from main, so it cannot use the renderer's dictionaries). */
const ko = {
  sale: '카드 매출전표',
  refund: '카드 취소전표',
  reprint: '재발행',
  sandbox: '연습 결제 (실제 청구 없음)',
  businessNumber: '사업자번호',
  date: '거래일시',
  order: '상품명',
  amount: '결제금액',
  supply: '공급가액',
  vat: '부가세',
  taxFree: '면세',
  card: '카드',
  cardNumber: '카드번호',
  installments: '할부',
  lumpSum: '일시불',
  months: '{n}개월',
  approval: '승인번호',
  merchantUid: '주문번호',
  impUid: 'PortOne 결제번호',
  cancels: '취소 내역',
  refunded: '취소 합계',
  remaining: '남은 금액',
  receiptUrl: '전자 영수증',
  printedAt: '출력일시',
  items: '품목',
  subtotal: '소계',
  lineDiscount: '할인',
  saleDiscount: '전체 할인',
  discountTotal: '할인 합계',
  taxFreeMark: '면세',
} as const;

export type ReceiptTextKey = keyof typeof ko;

const en: Record<ReceiptTextKey, string> = {
  sale: 'Card sales slip',
  refund: 'Card refund slip',
  reprint: 'REPRINT',
  sandbox: 'Practice payment (nothing charged)',
  businessNumber: 'Business no.',
  date: 'Date',
  order: 'Item',
  amount: 'Amount',
  supply: 'Supply value',
  vat: 'VAT',
  taxFree: 'Tax-free',
  card: 'Card',
  cardNumber: 'Card no.',
  installments: 'Installments',
  lumpSum: 'Lump sum',
  months: '{n} months',
  approval: 'Approval no.',
  merchantUid: 'Order no.',
  impUid: 'PortOne payment',
  cancels: 'Refunds',
  refunded: 'Refunded',
  remaining: 'Remaining',
  receiptUrl: 'Online receipt',
  printedAt: 'Printed',
  items: 'Items',
  subtotal: 'Subtotal',
  lineDiscount: 'Discount',
  saleDiscount: 'Sale discount',
  discountTotal: 'Discounts',
  taxFreeMark: 'tax-free',
};

export function receiptText(lang: Lang): (key: ReceiptTextKey, n?: number) => string {
  const table: Record<ReceiptTextKey, string> = lang === 'ko' ? ko : en;
  return (key, n) => table[key].replace('{n}', String(n ?? ''));
}
