import type { FastifyInstance } from 'fastify';
import { ok } from '../envelope';
import type { Faults } from '../faults';
import { FaultsBody } from '../faults';
import { send, withParsed } from '../http';
import type { SdkFlow } from '../sdk/flow';
import type { Store } from '../store';

/** Sandbox-only control endpoints (`/__sandbox/…`); they exist in no PortOne API and no production path. */
export function registerControl(app: FastifyInstance, faults: Faults, flow: SdkFlow, store: Store): void {
  app.get('/__sandbox/faults', async (_req, reply) => send(reply, ok(faults.list())));
  app.post('/__sandbox/faults', async (req, reply) =>
    send(
      reply,
      withParsed(FaultsBody, req.body, (b) => {
        faults.set('faults' in b ? b.faults : [b]);
        return ok(faults.list());
      }),
    ),
  );
  app.delete('/__sandbox/faults', async (_req, reply) => {
    faults.clear();
    return send(reply, ok([]));
  });
  // V1 never returns a payment's tax-free part; tests read what the sandbox was sent and refunded.
  app.get('/__sandbox/tax-free/:merchant_uid', async (req, reply) =>
    send(
      reply,
      ok(
        store.byMerchantUid((req.params as Record<string, string>).merchant_uid ?? '').map((r) => ({
          imp_uid: r.payment.imp_uid,
          tax_free: r.tax_free,
          cancelled_tax_free: r.cancelled_tax_free,
        })),
      ),
    ),
  );
  app.post('/__sandbox/vbank/:imp_uid/deposit', async (req, reply) =>
    send(reply, flow.deposit((req.params as Record<string, string>).imp_uid ?? '')),
  );
}
