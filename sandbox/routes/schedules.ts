import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxClock } from '../clock';
import { DEFAULT_PAGE_LIMIT, MSG } from '../constants';
import type { Ctx } from '../context';
import { nowS } from '../context';
import { httpError, ok } from '../envelope';
import { send, withParsed } from '../http';
import { KeyBehaviour } from '../model';
import { CustomerScheduleQuery, ScheduleAtBody, ScheduleBody, ScheduleListQuery, UnscheduleBody } from '../schedule-schemas';
import { changeTime, getSchedule, listSchedules, reschedule, retry, runDueSchedules, schedule, unschedule } from '../schedules';

type P = Record<string, string>;

/** The schedule endpoints of portone-v1.md §12 (authenticated). */
export function registerSchedules(app: FastifyInstance, ctx: Ctx): void {
  app.post('/subscribe/payments/schedule', async (req, reply) => send(reply, withParsed(ScheduleBody, req.body, (b) => schedule(ctx, b))));

  app.post('/subscribe/payments/unschedule', async (req, reply) => {
    // Form bodies spell the list `merchant_uid[]`.
    const raw = (req.body ?? {}) as Record<string, unknown>;
    const body = 'merchant_uid[]' in raw ? { ...raw, merchant_uid: raw['merchant_uid[]'] } : raw;
    return send(reply, withParsed(UnscheduleBody, body, (b) => unschedule(ctx, b.customer_uid, b.merchant_uid)));
  });

  app.get('/subscribe/payments/schedule', async (req, reply) =>
    send(
      reply,
      withParsed(ScheduleListQuery, req.query, (q) =>
        listSchedules(ctx, {
          fromS: q.schedule_from,
          toS: q.schedule_to,
          status: q.schedule_status,
          page: q.page ?? 1,
          limit: q.limit ?? DEFAULT_PAGE_LIMIT,
          oldestFirst: q.sorting === 'scheduled',
        }),
      ),
    ),
  );

  const byCustomer = async (req: { params: unknown; query: unknown }) => {
    const customerUid = (req.params as P).customer_uid ?? '';
    return withParsed(CustomerScheduleQuery, req.query, (q) =>
      listSchedules(ctx, {
        customerUid,
        fromS: q.from,
        toS: q.to,
        status: q['schedule-status'],
        page: q.page ?? 1,
        limit: DEFAULT_PAGE_LIMIT,
        oldestFirst: false,
      }),
    );
  };
  app.get('/subscribe/payments/schedule/customers/:customer_uid', async (req, reply) => send(reply, await byCustomer(req)));
  app.get('/subscribe/customers/:customer_uid/schedules', async (req, reply) => send(reply, await byCustomer(req)));

  app.get('/subscribe/payments/schedule/:merchant_uid', async (req, reply) =>
    send(reply, getSchedule(ctx, (req.params as P).merchant_uid ?? '')),
  );
  app.put('/subscribe/payments/schedule/:merchant_uid', async (req, reply) =>
    send(reply, withParsed(ScheduleAtBody, req.body, (b) => changeTime(ctx, (req.params as P).merchant_uid ?? '', b.schedule_at))),
  );
  app.post('/subscribe/payments/schedule/:merchant_uid/reschedule', async (req, reply) =>
    send(reply, withParsed(ScheduleAtBody, req.body, (b) => reschedule(ctx, (req.params as P).merchant_uid ?? '', b.schedule_at))),
  );
  app.post('/subscribe/payments/schedule/:merchant_uid/retry', async (req, reply) =>
    send(reply, retry(ctx, (req.params as P).merchant_uid ?? '')),
  );
}

const AdvanceBody = z.object({ advance_s: z.number().int().min(0).max(10 * 366 * 24 * 3600) });
const BehaviourBody = z.object({ behaviour: KeyBehaviour });

/**
 * Sandbox-only: read the clock, or move it forward and run what became due (`/__sandbox/clock`);
 * change how a stored key's card behaves (a card that declined is paid off, `/__sandbox/customers/{uid}/behaviour`).
 */
export function registerScheduleControl(app: FastifyInstance, ctx: Ctx, clock: SandboxClock): void {
  app.post('/__sandbox/customers/:customer_uid/behaviour', async (req, reply) =>
    send(
      reply,
      withParsed(BehaviourBody, req.body, (b) => {
        const key = ctx.store.customer((req.params as P).customer_uid ?? '');
        if (!key) return httpError(404, MSG.customerNotFound);
        ctx.store.saveCustomer({ ...key, behaviour: b.behaviour });
        return ok({ customer_uid: key.customer.customer_uid, behaviour: b.behaviour });
      }),
    ),
  );
  app.get('/__sandbox/clock', async (_req, reply) => send(reply, ok({ now: nowS(ctx) })));
  app.post('/__sandbox/clock', async (req, reply) =>
    send(
      reply,
      withParsed(AdvanceBody, req.body, (b) => {
        clock.advance(b.advance_s * 1000);
        return ok({ now: nowS(ctx), executed: runDueSchedules(ctx) });
      }),
    ),
  );
}
