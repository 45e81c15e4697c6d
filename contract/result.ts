import { z } from 'zod';
import type { Reason } from './reasons';

/** Error codes every process understands: the broad class of a failure (for logs and fallbacks). */
export const ErrorCode = z.enum([
  'invalid_input', // a payload or form field is wrong; `field` names it
  'forbidden', // caller not allowed (sender check, role, bad host token)
  'not_found',
  'conflict', // e.g. a charge already in flight for this sale
  'portone_rejected', // PortOne answered with a business error
  'unavailable', // PortOne or the vault cannot be reached / used now
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Typed values a sentence is filled with (field, limit, amount, name…). Never card data. */
export const ErrorParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParams>;

export const ErrorInfo = z.object({
  code: ErrorCode,
  /**
   * The stable, machine-readable reason: `<area>.<name>` (e.g. `auth.wrong_pin`), declared by the
   * area's contract with `defineReasons`. The renderer picks the cashier's sentence by it;
   * `generic.<code>` when a site has not named its own.
   */
  reason: z.string(),
  params: ErrorParams.optional(),
  /** English, for logs and developers; never shown to a cashier as is. */
  message: z.string(),
  field: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** What every handler returns across IPC or the browser-host transport: always serialisable. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

/** Declares an area's reasons once: `defineReasons('auth', ['wrong_pin'])` → `['auth.wrong_pin']`. */
export function defineReasons<A extends string, const N extends readonly string[]>(
  area: A,
  names: N,
): readonly `${A}.${N[number]}`[] {
  return names.map((n) => `${area}.${n}`) as `${A}.${N[number]}`[];
}

export interface AppErrorDetail {
  /** One the contract declares (contract/reasons.ts), so the renderer is sure to have its sentence. */
  reason?: Reason;
  field?: string;
  params?: ErrorParams;
}

/** A refusal a cashier can meet: it must name its own declared reason (not a `generic.*` fallback). */
export type RefusalDetail = AppErrorDetail & { reason: Exclude<Reason, `generic.${string}`> };

/**
 * What `new AppError(…)` takes: every code but `internal` (a bug, not a refusal) carries a
 * declared reason, so no refusal reaches the cashier as a generic sentence.
 */
export type AppErrorArgs =
  | [code: 'internal', message: string, detail?: AppErrorDetail]
  | [code: Exclude<ErrorCode, 'internal'>, message: string, detail: RefusalDetail];

/** Thrown by main-side services; the router turns it into `{ok:false,error}` as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: string;
  readonly field?: string;
  readonly params?: ErrorParams;

  constructor(...[code, message, detail]: AppErrorArgs) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.reason = detail?.reason ?? `generic.${code}`;
    if (detail?.field !== undefined) this.field = detail.field;
    if (detail?.params !== undefined) this.params = detail.params;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      reason: this.reason,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.params === undefined ? {} : { params: this.params }),
    };
  }
}
