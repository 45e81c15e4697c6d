import { z } from 'zod';
import { sandboxToken } from '../core/support/sandbox';

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

const Page = z.object({ code: z.literal(0), response: z.object({ next: z.number(), list: z.array(SandboxPayment) }) });
const PAGE_LIMIT = 1000;

/** Every payment record the sandbox holds (failed attempts included), all pages. */
export async function allSandboxPayments(baseUrl: string): Promise<SandboxPayment[]> {
  const token = await sandboxToken(baseUrl);
  const all: SandboxPayment[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/payments/status/all?limit=${PAGE_LIMIT}&page=${page}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Page.parse(await res.json()).response;
    all.push(...body.list);
    if (body.next === 0 || body.list.length === 0) return all;
  }
}
