import { z } from 'zod';
import { sandboxToken } from '../core/support/sandbox';

/** PortOne's side of a billing key, asked with plain fetch so the checks do not depend on the client under test. */

/** HTTP status of `GET /subscribe/customers/{uid}` (200 known, 404 unknown). */
export async function keyStatus(baseUrl: string, customerUid: string): Promise<number> {
  const res = await fetch(`${baseUrl}/subscribe/customers/${customerUid}`, { headers: { authorization: await sandboxToken(baseUrl) } });
  await res.body?.cancel();
  return res.status;
}

/** Deletes a key as another system would, behind the app's back. */
export async function deleteKeyBehindTheBack(baseUrl: string, customerUid: string): Promise<void> {
  const res = await fetch(`${baseUrl}/subscribe/customers/${customerUid}?reason=test`, {
    method: 'DELETE',
    headers: { authorization: await sandboxToken(baseUrl) },
  });
  if (res.status !== 200) throw new Error(`delete failed: HTTP ${res.status}`);
  await res.body?.cancel();
}

const KeyPayments = z.object({
  response: z.object({ list: z.array(z.object({ merchant_uid: z.string(), status: z.string(), customer_uid_usage: z.string().nullable() })) }),
});

/** Payments that issued or used the key (`GET /subscribe/customers/{uid}/payments`). */
export async function keyPayments(baseUrl: string, customerUid: string): Promise<z.infer<typeof KeyPayments>['response']['list']> {
  const res = await fetch(`${baseUrl}/subscribe/customers/${customerUid}/payments`, { headers: { authorization: await sandboxToken(baseUrl) } });
  if (res.status === 404) return [];
  return KeyPayments.parse(await res.json()).response.list;
}
