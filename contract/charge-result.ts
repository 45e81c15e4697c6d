import { z } from 'zod';
import { PaymentView } from './schemas';

/** What every server-side charge (keyed, billing key) answers; its own module so feature contracts can use it. */

export const ChargeOutcome = z.enum(['paid', 'failed', 'rejected', 'unknown']);
export type ChargeOutcome = z.infer<typeof ChargeOutcome>;

/**
 * Stable reason codes the UI can phrase in its own words: `declined` (card company said no, either
 * decline shape), `invalid_request` (PortOne refused the request), `credentials` (API key/secret
 * refused), `not_sent` (PortOne unreachable, nothing charged), `not_charged` (an unknown outcome
 * that PortOne confirmed never became a payment), `checking` (unknown: being looked up),
 * `no_billing_key` (a card on file PortOne no longer knows: nothing charged), `test_payment` (live
 * mode, but PortOne made a test payment: the channel is a test channel, a configuration error).
 */
export const ChargeReasonCode = z.enum(['declined', 'invalid_request', 'credentials', 'not_sent', 'not_charged', 'checking', 'no_billing_key', 'test_payment']);
export type ChargeReasonCode = z.infer<typeof ChargeReasonCode>;

export const ChargeResult = z.object({
  merchantUid: z.string(),
  outcome: ChargeOutcome,
  /** Plain-language reason for failed/rejected. */
  reason: z.string().nullable(),
  /** Why it is not paid (null when paid); optional so older callers keep compiling. */
  reasonCode: ChargeReasonCode.nullable().optional(),
  payment: PaymentView,
});
export type ChargeResult = z.infer<typeof ChargeResult>;
