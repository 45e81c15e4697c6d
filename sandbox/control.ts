/**
 * Typed client for the sandbox-only control endpoints, for tests and fault drills.
 * Uses fetch so it carries no dependency beyond Node.
 */
import type { FaultRule } from './faults';

export type { FaultRule } from './faults';

async function call(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const json = (await res.json()) as { code: number; message: string | null; response: unknown };
  if (!res.ok || json.code !== 0) throw new Error(`sandbox control ${method} ${path}: HTTP ${res.status} ${json.message ?? ''}`);
  return json.response;
}

/** Replaces the active fault rules (first matching rule wins, each consumed per request). */
export async function setFaults(baseUrl: string, faults: FaultRule | FaultRule[]): Promise<void> {
  await call(baseUrl, 'POST', '/__sandbox/faults', Array.isArray(faults) ? { faults } : faults);
}

export async function clearFaults(baseUrl: string): Promise<void> {
  await call(baseUrl, 'DELETE', '/__sandbox/faults');
}

export async function listFaults(baseUrl: string): Promise<(FaultRule & { remaining: number | null })[]> {
  return (await call(baseUrl, 'GET', '/__sandbox/faults')) as (FaultRule & { remaining: number | null })[];
}

/** Simulates the buyer's deposit into a virtual account issued through the SDK (ready → paid). */
export async function depositVbank(baseUrl: string, impUid: string): Promise<void> {
  await call(baseUrl, 'POST', `/__sandbox/vbank/${encodeURIComponent(impUid)}/deposit`);
}

/** A cash receipt as the sandbox keeps it (the V1 answer does not carry the identifier; tests need it). */
export interface SandboxCashReceipt {
  kind: 'external' | 'payment';
  id: string;
  identifier: string;
  identifier_type: string;
  tax_free: number;
  receipt: { apply_num: string; type: string; amount: number; vat: number; cancelled_at: number };
}

/** Every cash receipt the sandbox holds, cancelled ones included. */
export async function listCashReceipts(baseUrl: string): Promise<SandboxCashReceipt[]> {
  return (await call(baseUrl, 'GET', '/__sandbox/receipts')) as SandboxCashReceipt[];
}

/** Moves the sandbox clock forward and runs every schedule that became due; answers the new time and what ran. */
export async function advanceClock(baseUrl: string, seconds: number): Promise<{ now: number; executed: string[] }> {
  return (await call(baseUrl, 'POST', '/__sandbox/clock', { advance_s: seconds })) as { now: number; executed: string[] };
}

/** The sandbox clock, Unix seconds. */
export async function sandboxNow(baseUrl: string): Promise<number> {
  return ((await call(baseUrl, 'GET', '/__sandbox/clock')) as { now: number }).now;
}

/** Changes how a stored key's card behaves from now on (e.g. a declining card paid off: `approve`). */
export async function setKeyBehaviour(baseUrl: string, customerUid: string, behaviour: string): Promise<void> {
  await call(baseUrl, 'POST', `/__sandbox/customers/${encodeURIComponent(customerUid)}/behaviour`, { behaviour });
}

/** What the sandbox holds of each payment's tax-free part (sent and refunded); V1's REST API has no field for it. */
export async function taxFreeOf(baseUrl: string, merchantUid: string): Promise<{ imp_uid: string; tax_free: number; cancelled_tax_free: number }[]> {
  return (await call(baseUrl, 'GET', `/__sandbox/tax-free/${encodeURIComponent(merchantUid)}`)) as { imp_uid: string; tax_free: number; cancelled_tax_free: number }[];
}
