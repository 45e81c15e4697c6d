import type { Method, ParsedRequest, Response } from '../../contract/channels';

/** Who is calling. The transport (Electron IPC or the browser host) fills it after its own checks. */
export interface CallContext {
  transport: 'ipc' | 'http';
  /** Origin of the calling frame, e.g. `app://pos` or `http://127.0.0.1:5173`. */
  origin: string;
}

/** One implementation per contract method; payloads arrive already parsed by the contract schema. */
export type Handlers = { [M in Method]: (request: ParsedRequest<M>, ctx: CallContext) => Promise<Response<M>> };

/**
 * The transport's verdict on the caller, handed to the router: Electron IPC builds it from the
 * sender frame (main/security/sender.ts), the browser host from its token and Origin checks.
 */
export type SenderVerdict = { ok: true; ctx: CallContext } | { ok: false; reason: string };
