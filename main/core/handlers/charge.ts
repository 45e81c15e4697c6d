import type { AuditLog } from '../../audit/audit-log';
import type { AccessService } from '../../auth/access-service';
import type { Handlers } from '../../ipc/handlers';
import { auditCharge } from '../../payments/charge-audit';
import type { KeyedChargeService } from '../../payments/keyed-charge';

/** The keyed (phone-order) charge. */
export function chargeHandlers(charges: KeyedChargeService, access: AccessService, audit: AuditLog): Pick<Handlers, 'chargeKeyed'> {
  return {
    chargeKeyed: async (input) => {
      // Signed in and not locked; the charge is recorded under this cashier even if the till locks meanwhile.
      const actor = access.caller();
      const result = await charges.chargeKeyed(input);
      auditCharge(audit, actor, { merchantUid: result.merchantUid, kind: 'keyed', amount: input.amount, outcome: result.outcome });
      return result;
    },
  };
}
