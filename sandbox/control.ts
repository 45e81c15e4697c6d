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

/** What the sandbox holds of each payment's tax-free part (sent and refunded); V1's REST API has no field for it. */
export async function taxFreeOf(baseUrl: string, merchantUid: string): Promise<{ imp_uid: string; tax_free: number; cancelled_tax_free: number }[]> {
  return (await call(baseUrl, 'GET', `/__sandbox/tax-free/${encodeURIComponent(merchantUid)}`)) as { imp_uid: string; tax_free: number; cancelled_tax_free: number }[];
}
