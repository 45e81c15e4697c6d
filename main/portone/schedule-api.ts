import { z } from 'zod';
import type { PortOneClient } from './client';
import type { CallResult } from './outcomes';
import { PortOnePayment } from './schemas';

/** PortOne's schedule endpoints (portone-v1.md §12), on the client's token and transport. */

const text = z.string().nullish().transform((v) => v ?? null);

/** OAS `ScheduleResultAnnotation`: only what the till reads. */
export const PortOneSchedule = z.object({
  customer_uid: z.string(),
  merchant_uid: z.string(),
  imp_uid: text,
  /** Unix seconds. */
  schedule_at: z.number().int(),
  executed_at: z.number().int().nullish().transform((v) => v ?? 0),
  revoked_at: z.number().int().nullish().transform((v) => v ?? 0),
  amount: z.number(),
  schedule_status: z.enum(['scheduled', 'executed', 'revoked']),
  payment_status: z.enum(['paid', 'failed', 'cancelled']).nullish().transform((v) => v ?? null),
  fail_reason: text,
});
export type PortOneSchedule = z.infer<typeof PortOneSchedule>;

/** The executed payment, with the fields that say it came from a schedule. */
export const ScheduledPayment = PortOnePayment.extend({
  channel: text,
  customer_uid: text,
  customer_uid_usage: text,
});
export type ScheduledPayment = z.infer<typeof ScheduledPayment>;

export interface ScheduleRequestItem {
  merchant_uid: string;
  /** Unix seconds (never ms: PortOne would schedule year 57659). */
  schedule_at: number;
  amount: number;
  tax_free: number;
  currency: 'KRW';
  name: string;
  buyer_name?: string;
  buyer_tel?: string;
}

export class ScheduleApi {
  constructor(private readonly client: PortOneClient) {}

  /** Not idempotent: a lost answer is looked up with `get`, never sent again. */
  schedule(customerUid: string, schedules: readonly ScheduleRequestItem[]): Promise<CallResult<PortOneSchedule[]>> {
    return this.client.call(
      {
        method: 'POST',
        path: '/subscribe/payments/schedule',
        body: { customer_uid: customerUid, schedules },
        timeoutMs: this.client.timeouts.chargeMs,
        idempotent: false,
      },
      z.array(PortOneSchedule),
    );
  }

  /** Revokes the listed items (or, with none, every scheduled item of the key). */
  unschedule(customerUid: string, merchantUids: readonly string[] = []): Promise<CallResult<PortOneSchedule[]>> {
    return this.client.call(
      {
        method: 'POST',
        path: '/subscribe/payments/unschedule',
        body: merchantUids.length ? { customer_uid: customerUid, merchant_uid: merchantUids } : { customer_uid: customerUid },
        timeoutMs: this.client.timeouts.lookupMs,
        // Revoking twice revokes nothing more (the second answers code 1).
        idempotent: true,
      },
      z.array(PortOneSchedule),
    );
  }

  get(merchantUid: string): Promise<CallResult<PortOneSchedule>> {
    return this.client.call(
      { method: 'GET', path: `/subscribe/payments/schedule/${encodeURIComponent(merchantUid)}`, timeoutMs: this.client.timeouts.lookupMs, idempotent: true },
      PortOneSchedule,
    );
  }

  changeTime(merchantUid: string, scheduleAtS: number): Promise<CallResult<PortOneSchedule>> {
    return this.client.call(
      {
        method: 'PUT',
        path: `/subscribe/payments/schedule/${encodeURIComponent(merchantUid)}`,
        body: { schedule_at: scheduleAtS },
        timeoutMs: this.client.timeouts.lookupMs,
        idempotent: true,
      },
      PortOneSchedule,
    );
  }

  reschedule(merchantUid: string, scheduleAtS: number): Promise<CallResult<PortOneSchedule>> {
    return this.client.call(
      {
        method: 'POST',
        path: `/subscribe/payments/schedule/${encodeURIComponent(merchantUid)}/reschedule`,
        body: { schedule_at: scheduleAtS },
        timeoutMs: this.client.timeouts.lookupMs,
        idempotent: false,
      },
      PortOneSchedule,
    );
  }

  /** Runs a failed item now. Not idempotent: a lost answer is read back with `get`. */
  retry(merchantUid: string): Promise<CallResult<ScheduledPayment>> {
    return this.client.call(
      {
        method: 'POST',
        path: `/subscribe/payments/schedule/${encodeURIComponent(merchantUid)}/retry`,
        timeoutMs: this.client.timeouts.chargeMs,
        idempotent: false,
      },
      ScheduledPayment,
    );
  }

  /** `GET /payments/{imp_uid}` read with the schedule fields (`include_sandbox=true`, as the client does). */
  payment(impUid: string): Promise<CallResult<ScheduledPayment>> {
    return this.client.call(
      {
        method: 'GET',
        path: `/payments/${encodeURIComponent(impUid)}`,
        query: { include_sandbox: 'true' },
        timeoutMs: this.client.timeouts.lookupMs,
        idempotent: true,
      },
      ScheduledPayment,
    );
  }
}
