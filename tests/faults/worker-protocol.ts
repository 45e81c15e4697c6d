import { z } from 'zod';
import type { Result } from '../../contract/result';

/** How the campaign starts the core in its child process (argv[2], JSON). */
export const WorkerConfig = z.strictObject({
  dataDir: z.string().min(1),
  apiUrl: z.string().url(),
  timeouts: z.strictObject({ chargeMs: z.number().int().positive(), lookupMs: z.number().int().positive(), tokenMs: z.number().int().positive() }),
  settleGraceMs: z.number().int().nonnegative(),
  /** Background lookup waits are divided by this. */
  speedup: z.number().positive(),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

export const WorkerCommand = z.union([
  z.strictObject({ id: z.number().int(), method: z.string(), payload: z.unknown() }),
  z.strictObject({ id: z.number().int(), control: z.enum(['drain', 'close']) }),
  /** What the payment window reports to main: its return URL was reached (with the SDK's query), or it closed/crashed. */
  z.strictObject({
    id: z.number().int(),
    control: z.literal('window'),
    merchantUid: z.string(),
    event: z.enum(['returned', 'closed']),
    impUid: z.string().nullable(),
    errorCode: z.string().nullable(),
  }),
]);
export type WorkerCommand = z.infer<typeof WorkerCommand>;

/** The wall clock steps (NTP, a cashier fixing the date): applied at once, even mid-operation. */
export const JumpClock = z.strictObject({ id: z.number().int(), control: z.literal('jumpClock'), ms: z.number().int() });
export type JumpClock = z.infer<typeof JumpClock>;

export type WorkerReply =
  | { ready: true }
  | { id: number; result: Result<unknown> }
  | { id: number; done: 'drain' | 'close' | 'window' | 'jumpClock' };
