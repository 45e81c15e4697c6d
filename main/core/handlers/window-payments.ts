import type { Handlers } from '../../ipc/handlers';
import type { WindowPaymentService } from '../../window-payments/service';

/** Contract methods of the payment window (contract/window-payments.ts). */
export function windowPaymentHandlers(
  service: WindowPaymentService,
): Pick<Handlers, 'startWindowPayment' | 'windowPaymentState' | 'closeWindowPayment'> {
  return {
    startWindowPayment: (input) => service.start(input),
    windowPaymentState: ({ merchantUid }) => Promise.resolve(service.state(merchantUid)),
    closeWindowPayment: ({ merchantUid }) => service.close(merchantUid),
  };
}
