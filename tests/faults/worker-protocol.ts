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
]);
export type WorkerCommand = z.infer<typeof WorkerCommand>;

export type WorkerReply =
  | { ready: true }
  | { id: number; result: Result<unknown> }
  | { id: number; done: 'drain' | 'close' };
