import type { Messages } from '../i18n';
import type { printReasons, receiptsReasons } from '../../../contract/receipts';

export type ReceiptsKey = 'sale' | 'refund' | 'preview' | 'print' | 'savePdf' | 'saved' | 'reprint' | 'printCancelled';

export const receiptsMessages: Messages<ReceiptsKey> = {
  ko: {
    sale: '영수증',
    refund: '취소 영수증',
    preview: '영수증 미리보기',
    print: '인쇄',
    savePdf: 'PDF로 저장',
    saved: 'PDF 저장됨: {path}',
    reprint: '이미 발행된 영수증입니다. 재출력으로 표시됩니다.',
    printCancelled: '인쇄가 취소되었습니다.',
  },
  en: {
    sale: 'Receipt',
    refund: 'Refund receipt',
    preview: 'Receipt preview',
    print: 'Print',
    savePdf: 'Save as PDF',
    saved: 'PDF saved: {path}',
    reprint: 'Issued before: this copy is marked as a reprint.',
    printCancelled: 'Printing was cancelled.',
  },
};

export const receiptsReasonMessages: Messages<(typeof receiptsReasons)[number]> = {
  ko: {
    'receipts.not_issued': '승인된 결제만 영수증이 있습니다.',
    'receipts.no_refund': '이 결제에는 출력할 환불이 없습니다.',
  },
  en: {
    'receipts.not_issued': 'Only an approved payment has a receipt.',
    'receipts.no_refund': 'This payment has no refund to print.',
  },
};

export const printReasonMessages: Messages<(typeof printReasons)[number]> = {
  ko: { 'print.unavailable': '이 환경에서는 인쇄할 수 없습니다.' },
  en: { 'print.unavailable': 'Printing is not available in this setup.' },
};
