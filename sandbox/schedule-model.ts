import { z } from 'zod';

/** What the sandbox keeps of one schedule (OAS `ScheduleResultAnnotation` plus the tax-free share and instalments). */
export const ScheduleRecord = z.object({
  seq: z.number().int(),
  customer_uid: z.string(),
  merchant_uid: z.string(),
  imp_uid: z.string().nullable(),
  pg_id: z.string(),
  schedule_at: z.number().int(),
  executed_at: z.number().int(),
  revoked_at: z.number().int(),
  amount: z.number(),
  tax_free: z.number(),
  card_quota: z.number().int(),
  currency: z.string(),
  name: z.string(),
  buyer_name: z.string().nullable(),
  buyer_email: z.string().nullable(),
  buyer_tel: z.string().nullable(),
  buyer_addr: z.string().nullable(),
  buyer_postcode: z.string().nullable(),
  custom_data: z.string().nullable(),
  schedule_status: z.enum(['scheduled', 'executed', 'revoked']),
  /** As recorded when it ran; a later refund is read from the payment itself. */
  payment_status: z.enum(['paid', 'failed', 'cancelled']).nullable(),
  fail_reason: z.string().nullable(),
});
export type ScheduleRecord = z.infer<typeof ScheduleRecord>;
export type ScheduleStatus = ScheduleRecord['schedule_status'];
