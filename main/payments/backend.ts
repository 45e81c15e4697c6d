import type { PortOneClient } from '../portone/client';

/** The PortOne the payments services talk to right now; the core swaps it when settings change. */
export interface Backend {
  client: PortOneClient;
  /** Identifies that PortOne (`sandbox`, or the base URL): intents are resolved only against it. */
  apiEnv: string;
  /** Hecto MID of the keyed/billing channel; null when not configured. */
  keyedMid: string | null;
  /** Payments made here are test payments (sandbox or PortOne test mode). */
  sandbox: boolean;
}
