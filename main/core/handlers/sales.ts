import type { salesContract } from '../../../contract/sales';
import type { AccessControl } from '../../auth/access';
import type { AuditLog } from '../../audit/audit-log';
import type { Handlers } from '../../ipc/handlers';
import { auditCharge } from '../../payments/charge-audit';
import type { SaleService } from '../../sales/sale-service';

/** Sales: cart pricing, held sales, paying a sale through a tender, its detail and refunds by line. */
export function salesHandlers(sales: SaleService, access: AccessControl, audit: AuditLog): Pick<Handlers, keyof typeof salesContract> {
  return {
    salesSettings: () => Promise.resolve(sales.settings()),
    saveSalesSettings: ({ approval, ...settings }) => sales.saveSettings(settings, approval),
    priceCart: ({ cart }) => Promise.resolve(sales.price(cart)),
    holdSale: ({ saleId, cart, label }) => Promise.resolve(sales.hold(saleId, cart, label)),
    listHeldSales: () => Promise.resolve(sales.held()),
    recallHeldSale: ({ saleId }) => Promise.resolve(sales.recall(saleId)),
    deleteHeldSale: ({ saleId }) => Promise.resolve(sales.deleteHeld(saleId)),
    paySale: async (input) => {
      const result = await sales.pay(input);
      // A window payment is audited when it finishes (window-payments); a charge when it answers, like a quick charge.
      if (result.charge) {
        auditCharge(audit, access.caller(), {
          merchantUid: result.charge.merchantUid,
          kind: input.tender.kind === 'keyed' ? 'keyed' : 'billing',
          // The part charged (the whole sale unless it is split).
          amount: result.charge.payment.amount,
          outcome: result.charge.outcome,
          saleId: input.saleId,
        });
      }
      return result;
    },
    getSale: ({ saleId }) => Promise.resolve(sales.detail(saleId)),
    saleByPayment: ({ merchantUid }) => Promise.resolve(sales.byPayment(merchantUid)),
    recentSales: ({ limit }) => Promise.resolve(sales.recent(limit)),
    quoteSaleRefund: ({ saleId }) => Promise.resolve(sales.refundQuote(saleId)),
    refundSaleLines: (input) => sales.refundLines(input),
    voidSale: (input) => sales.voidSale(input),
  };
}
