import { z } from 'zod';

/** Error codes every process understands; the renderer picks its message by code. */
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

export const ErrorInfo = z.object({
  code: ErrorCode,
  message: z.string(),
  field: z.string().optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** What every handler returns across IPC or the browser-host transport: always serialisable. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorInfo };

/** Thrown by main-side services; the router turns it into `{ok:false,error}` as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): ErrorInfo {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
