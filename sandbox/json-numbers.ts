/**
 * Issue 18 #5: in a JSON body a numeric field must be a JSON number. The official clients all send
 * numbers and Hecto's guide stresses that `amount` is not a string; a client that sends "1004" and
 * compares the answer with `!==` shows a failed sale for money that was taken, so the sandbox
 * surfaces it (GAP 31). Form bodies carry every value as text and keep converting decimal strings;
 * `lenientJsonNumbers` turns the old JSON behaviour back on.
 */

/** Every numeric body parameter of the V1 API (OAS formData `integer`/`number`). */
export const NUMERIC_FIELDS: ReadonlySet<string> = new Set([
  'amount',
  'tax_free',
  'vat',
  'vat_amount',
  'card_quota',
  'checksum',
  'schedule_at',
  'vbank_due',
  'extra_charge',
  'prepaid_amount',
  'checking_amount',
  'product_count',
]);

/** The first numeric field (at any depth, e.g. `schedules[].amount`) that holds a string, or null. */
export function stringNumberField(body: unknown): { field: string; value: string } | null {
  if (Array.isArray(body)) {
    for (const item of body) {
      const hit = stringNumberField(item);
      if (hit) return hit;
    }
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  for (const [key, value] of Object.entries(body)) {
    if (NUMERIC_FIELDS.has(key) && typeof value === 'string') return { field: key, value };
    const hit = stringNumberField(value);
    if (hit) return hit;
  }
  return null;
}

export function stringNumberMessage(hit: { field: string; value: string }): string {
  return `${hit.field} 는 숫자여야 합니다. JSON 본문에서는 문자열("${hit.value.slice(0, 20)}")이 아니라 숫자로 보내주세요.`;
}
