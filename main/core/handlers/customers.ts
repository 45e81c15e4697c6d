import type { AccessControl } from '../../auth/access';
import type { AuditLog } from '../../audit/audit-log';
import type { CardRegistration } from '../../customers/card-registration';
import type { CustomerService } from '../../customers/customer-service';
import type { Handlers } from '../../ipc/handlers';
import { auditCharge } from '../../payments/charge-audit';

type CustomerHandlers = Pick<
  Handlers,
  'searchCustomers' | 'getCustomer' | 'chargeAgain' | 'removeCard' | 'refreshCustomers' | 'registerCard' | 'cardOnFileOptions'
>;

/** Card on file: the customers screen's calls. A charge again is audited like a keyed charge. */
export function customerHandlers(customers: CustomerService, registration: CardRegistration, access: AccessControl, audit: AuditLog): CustomerHandlers {
  return {
    searchCustomers: ({ query, limit }) => Promise.resolve(customers.search(query, limit)),
    getCustomer: ({ customerUid }) => Promise.resolve(customers.detail(customerUid)),
    chargeAgain: async (input) => {
      const result = await customers.chargeAgain(input);
      auditCharge(audit, access.caller(), {
        merchantUid: result.charge.merchantUid,
        kind: 'billing',
        amount: input.amount,
        outcome: result.charge.outcome,
        customerUid: input.customerUid,
      });
      return result;
    },
    removeCard: ({ customerUid, approval }) => customers.removeCard(customerUid, approval),
    refreshCustomers: async ({ customerUids }) => {
      await registration.resolvePending(customerUids);
      return customers.refresh(customerUids);
    },
    registerCard: (input) => registration.register(input),
    cardOnFileOptions: () => Promise.resolve(registration.options()),
  };
}
