import { z } from 'zod';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';

/** What the campaign checks the ledger against, asked with plain fetch (not the client under test). */
export const SandboxPayment = z.object({
  imp_uid: z.string(),
  merchant_uid: z.string(),
  status: z.enum(['ready', 'paid', 'cancelled', 'failed']),
  amount: z.number(),
  cancel_amount: z.number(),
  cancel_history: z.array(z.object({ amount: z.number() })),
});
export type SandboxPayment = z.infer<typeof SandboxPayment>;

const Token = z.object({ response: z.object({ access_token: z.string() }) });
const Page = z.object({ code: z.literal(0), response: z.object({ next: z.number(), list: z.array(SandboxPayment) }) });
const PAGE_LIMIT = 1000;

/** Every payment record the sandbox holds (failed attempts included), all pages. */
export async function allSandboxPayments(baseUrl: string): Promise<SandboxPayment[]> {
  const tokenRes = await fetch(`${baseUrl}/users/getToken`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ imp_key: SANDBOX_CREDENTIALS.impKey, imp_secret: SANDBOX_CREDENTIALS.impSecret }),
  });
  const token = Token.parse(await tokenRes.json()).response.access_token;
  const all: SandboxPayment[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/payments/status/all?limit=${PAGE_LIMIT}&page=${page}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Page.parse(await res.json()).response;
    all.push(...body.list);
    if (body.next === 0 || body.list.length === 0) return all;
  }
}
