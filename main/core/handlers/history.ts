import { AppError } from '../../../contract/result';
import { isOpenStatus } from '../../../domain/payment-status';
import type { HistorySearch } from '../../history/history-search';
import type { Handlers } from '../../ipc/handlers';
import type { Ledger } from '../../ledger/ledger';
import type { Resolver } from '../../payments/resolver';
import type { RefundService } from '../../refunds/refund-service';

/**
 * History: the recent list, one payment's detail and "ask PortOne again" about it, the search, and "refresh from PortOne": an open payment is looked up by merchant_uid
 * (the resolver), a settled one re-read by imp_uid with its cancels and any refund left open.
 */
export function historyHandlers(deps: {
  search: HistorySearch;
  ledger: Ledger;
  resolver: Resolver;
  refunds: RefundService;
}): Pick<Handlers, 'recentPayments' | 'getPayment' | 'refreshPayment' | 'searchPayments' | 'refreshFromPortOne'> {
  const detailOr404 = (merchantUid: string) => {
    const detail = deps.ledger.detail(merchantUid);
    if (!detail) throw new AppError('not_found', 'No payment with this order number.', { reason: 'history.payment_not_found' });
    return detail;
  };
  return {
    recentPayments: ({ limit }) => Promise.resolve(deps.ledger.recent(limit)),
    getPayment: ({ merchantUid }) => Promise.resolve(detailOr404(merchantUid)),
    refreshPayment: async ({ merchantUid }) => {
      detailOr404(merchantUid);
      if ((await deps.resolver.lookupOnce(merchantUid)) === 'open') deps.resolver.track(merchantUid);
      return detailOr404(merchantUid);
    },
    searchPayments: (query) => Promise.resolve(deps.search.search(query)),
    refreshFromPortOne: async ({ merchantUid }) => {
      const record = deps.ledger.get(merchantUid);
      if (!record) throw new AppError('not_found', 'No payment with this order number.', { reason: 'history.payment_not_found' });
      const open = isOpenStatus(record.payment.status);
      if (open) {
        if ((await deps.resolver.lookupOnce(merchantUid)) === 'open') deps.resolver.track(merchantUid);
      } else {
        await deps.refunds.refresh(merchantUid);
      }
      return detailOr404(merchantUid);
    },
  };
}
