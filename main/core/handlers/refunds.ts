import type { Handlers } from '../../ipc/handlers';
import type { RefundService } from '../../refunds/refund-service';

/** Refunds: the balance shown before confirming, and the refund itself (manager or owner). */
export function refundHandlers(refunds: RefundService): Pick<Handlers, 'refundQuote' | 'refund'> {
  return {
    refundQuote: ({ merchantUid }) => Promise.resolve(refunds.quote(merchantUid)),
    refund: (input) => refunds.refund(input),
  };
}
