import type { PaymentView } from '../../contract/schemas';
import type { ReceiptModel } from '../../main/receipts/receipt-model';

/** A paid sale as the ledger holds it; the receipt tests dress it with cart sections. */
export const payment: PaymentView = {
  merchantUid: 'pos-20261126-0123456789ab',
  impUid: 'imp_448280090638',
  kind: 'keyed',
  status: 'paid',
  sandbox: false,
  amount: 23_500,
  taxFree: 4000,
  vat: 1773,
  cancelAmount: 0,
  orderName: '아메리카노 외 2건',
  buyerName: '홍길동',
  cardName: '신한카드',
  cardNumberMasked: '5365100000000006',
  cardQuota: 0,
  applyNum: '30012345',
  receiptUrl: 'https://iamport.kr/receipt/imp_448280090638',
  failReason: null,
  cashier: 'kim',
  createdAt: Date.UTC(2026, 10, 26, 3, 4, 5),
  updatedAt: 0,
};

/** A Korean café sale: a tax-free line (면세), a line discount, an order discount, cash with change, a cash receipt. */
export const cashSale = (over: Partial<ReceiptModel> = {}): ReceiptModel => ({
  kind: 'sale',
  lang: 'ko',
  reprint: false,
  paper: 80,
  store: { name: '해피 커피 본점', businessNumber: '1234567890', owner: '김대표', address: '서울특별시 중구 세종대로 110 1층', phone: '02-123-4567' },
  payment: { ...payment, cardName: null, cardNumberMasked: null, applyNum: null },
  cancels: [],
  printedAt: Date.UTC(2026, 10, 26, 3, 5, 0),
  sale: {
    lines: [
      { name: '아메리카노', quantity: 2, unitPrice: 4500, amount: 9000, taxFree: false },
      { name: '생크림 케이크', quantity: 1, unitPrice: 12_000, amount: 10_500, taxFree: false, discount: { label: '생일 할인', amount: 1500 } },
      { name: '유기농 우유 1L', quantity: 1, unitPrice: 4000, amount: 4000, taxFree: true },
    ],
    discounts: [],
    tenders: [{ method: 'cash', amount: 23_500, received: 30_000, change: 6500 }],
    cashReceipt: { approvalNumber: '123456789', purpose: 'income_deduction', identityMasked: '010-****-5678' },
  },
  ...over,
});

/** The keyed card charge of today: no cart, the card's tender implied. */
export const cardSale = (over: Partial<ReceiptModel> = {}): ReceiptModel => ({
  ...cashSale(),
  payment,
  sale: undefined,
  ...over,
});
