import type { CashService } from '../../cash/cash-service';
import type { Handlers } from '../../ipc/handlers';

type CashHandlers = Pick<Handlers, 'takeCash' | 'refundCash' | 'moveDrawerCash' | 'getCashSale'>;

/** The cash drawer: cash tender, cash refunds, drops and pay-outs. */
export function cashHandlers(cash: CashService): CashHandlers {
  return {
    takeCash: (input) => cash.take(input),
    refundCash: (input) => cash.refund(input),
    moveDrawerCash: (input) => cash.move(input),
    getCashSale: ({ merchantUid }) => Promise.resolve(cash.get(merchantUid)),
  };
}
