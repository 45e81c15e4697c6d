import type { CashReceiptService } from '../../cash-receipts/cash-receipt-service';
import type { Handlers } from '../../ipc/handlers';

type CashReceiptHandlers = Pick<
  Handlers,
  'issueCashReceipt' | 'cashReceiptsFor' | 'refreshCashReceipt' | 'cancelCashReceipt' | 'getCashReceiptSettings' | 'saveCashReceiptSettings'
>;

/** 현금영수증: issue after the cash tender or later, look up a lost answer, cancel, the shop's settings. */
export function cashReceiptHandlers(receipts: CashReceiptService): CashReceiptHandlers {
  return {
    issueCashReceipt: (input) => receipts.issue(input),
    cashReceiptsFor: ({ cashUid }) => Promise.resolve(receipts.list(cashUid)),
    refreshCashReceipt: ({ merchantUid }) => receipts.refresh(merchantUid),
    cancelCashReceipt: ({ merchantUid, approval }) => receipts.cancel(merchantUid, approval),
    getCashReceiptSettings: () => Promise.resolve(receipts.settings()),
    saveCashReceiptSettings: ({ approval, ...settings }) => receipts.saveSettings(settings, approval),
  };
}
