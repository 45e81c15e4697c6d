import { z } from 'zod';

/**
 * Fault injection for reliability tests. Off until a test sets rules through the control
 * endpoint. A rule applies to requests whose path matches (`*` at the end = prefix; omitted =
 * every API path) and, with `count`, only to the next N matching requests.
 *
 * - `latencyMs`: wait before the request is handled (the charge still happens: a client that
 *   gave up meanwhile sees a timeout for a charge that was made).
 * - `status` 500/502/503: answer with that status. `phase: 'before'` (default) answers instead of
 *   handling the request; `'after'` handles it (commits) and then answers the error.
 * - `commitThenDrop`: handle the request (a charge is recorded as paid) and destroy the socket
 *   before any byte of the response is written.
 */
export const FaultRule = z
  .strictObject({
    path: z.string().startsWith('/').max(500).optional(),
    method: z.string().toUpperCase().optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
    phase: z.enum(['before', 'after']).optional(),
    commitThenDrop: z.boolean().optional(),
    count: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((r) => r.latencyMs !== undefined || r.status !== undefined || r.commitThenDrop === true, {
    message: 'a fault needs latencyMs, status or commitThenDrop',
  })
  .refine((r) => !(r.status !== undefined && r.commitThenDrop === true), {
    message: 'status and commitThenDrop are exclusive',
  });
export type FaultRule = z.infer<typeof FaultRule>;

export const FaultsBody = z.union([FaultRule, z.strictObject({ faults: z.array(FaultRule).max(100) })]);

export class Faults {
  private rules: { rule: FaultRule; left: number }[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, left: rule.count ?? Infinity }));
  }

  clear(): void {
    this.rules = [];
  }

  list(): (FaultRule & { remaining: number | null })[] {
    return this.rules.map((r) => ({ ...r.rule, remaining: Number.isFinite(r.left) ? r.left : null }));
  }

  /** The first rule that matches this request, consumed once. Cheap when no rule is set. */
  take(method: string, path: string): FaultRule | null {
    if (this.rules.length === 0) return null;
    const i = this.rules.findIndex(({ rule }) => matches(rule, method, path));
    if (i < 0) return null;
    const hit = this.rules[i];
    if (!hit) return null;
    hit.left -= 1;
    if (hit.left <= 0) this.rules.splice(i, 1);
    return hit.rule;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
}
