import type { Messages } from '../i18n';

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
