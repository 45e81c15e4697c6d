import type { FastifyInstance } from 'fastify';
import { ok } from '../envelope';
import type { Faults } from '../faults';
import { FaultsBody } from '../faults';
import { send, withParsed } from '../http';
import type { SdkFlow } from '../sdk/flow';

/** Sandbox-only control endpoints (`/__sandbox/…`); they exist in no PortOne API and no production path. */
export function registerControl(app: FastifyInstance, faults: Faults, flow: SdkFlow): void {
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
  app.post('/__sandbox/vbank/:imp_uid/deposit', async (req, reply) =>
    send(reply, flow.deposit((req.params as Record<string, string>).imp_uid ?? '')),
  );
}
