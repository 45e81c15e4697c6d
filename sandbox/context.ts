import { randomBytes, randomInt } from 'node:crypto';
import type { Store } from './store';

export interface SandboxCredentials {
  impKey: string;
  impSecret: string;
  impCode: string;
  windowMid: string;
  keyedMid: string;
  /** The channel key cash receipts are issued through (`channel_key`, portone-v1.md §13). */
  channelKey: string;
}

/** What the pure handlers need: state, clock, configuration, and where the sandbox is reachable. */
export interface Ctx {
  store: Store;
  nowMs: () => number;
  credentials: SandboxCredentials;
  /** API (keyed/billing) channel MIDs; the first is the default. */
  apiMids: readonly string[];
  /** Window (SDK) channel MIDs; the first is the default. */
  windowMids: readonly string[];
  billingKeyOnlyIssuance: boolean;
  /** Base URL once listening (receipt links point back at the sandbox). */
  baseUrl: () => string;
}

export const nowS = (ctx: Ctx): number => Math.floor(ctx.nowMs() / 1000);

/** `imp_` + 12 digits, like the ids in PortOne's examples (`imp_448280090638`). */
export function newImpUid(ctx: Ctx): string {
  for (;;) {
    const id = `imp_${randomInt(100_000, 999_999)}${randomInt(100_000, 999_999)}`;
    if (!ctx.store.hasImpUid(id)) return id;
  }
}

/** A PG transaction id in the style of Hecto's (prefix + time + random). */
export function newPgTid(ctx: Ctx): string {
  return `STSB${ctx.nowMs().toString(36).toUpperCase()}${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** Card approval numbers are 8 digits. */
export function newApplyNum(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

export function newCancellationId(): string {
  return randomBytes(12).toString('hex');
}

export function receiptUrl(ctx: Ctx, impUid: string, cancellationId?: string): string {
  const base = `${ctx.baseUrl()}/sandbox/receipts/${impUid}`;
  return cancellationId ? `${base}?cancellation_id=${cancellationId}` : base;
}

/**
 * `pg: 'settle.{MID}'` picks that channel when it is configured; anything else (absent, another
 * PG, an unknown MID) silently uses the default channel, as the OpenAPI says for onetime.
 */
export function resolveMid(pg: string | undefined | null, mids: readonly string[]): string {
  const fallback = mids[0] ?? '';
  if (!pg) return fallback;
  const m = /^settle\.(.+)$/.exec(pg.trim());
  return m?.[1] !== undefined && mids.includes(m[1]) ? m[1] : fallback;
}
