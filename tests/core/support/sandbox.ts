import { z } from 'zod';
import { SANDBOX_CREDENTIALS } from '../../../sandbox/server';
import { TEST_CARDS } from '../../../sandbox/test-cards';

const Token = z.object({ response: z.object({ access_token: z.string() }) });
const Payments = z.object({
  response: z.object({ list: z.array(z.object({ merchant_uid: z.string(), status: z.string(), pg_id: z.string() })) }).nullable(),
});

/**
 * An access token for the sandbox's own credentials, asked with plain fetch: checks of what
 * PortOne holds must not depend on the client under test.
 */
export async function sandboxToken(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/users/getToken`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ imp_key: SANDBOX_CREDENTIALS.impKey, imp_secret: SANDBOX_CREDENTIALS.impSecret }),
  });
  return Token.parse(await res.json()).response.access_token;
}

/** Every payment the sandbox holds for a merchant_uid (`findAll`). */
export async function sandboxPaymentsFor(baseUrl: string, merchantUid: string): Promise<{ status: string; pg_id: string }[]> {
  const token = await sandboxToken(baseUrl);
  const res = await fetch(`${baseUrl}/payments/findAll/${encodeURIComponent(merchantUid)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status === 404) return [];
  return Payments.parse(await res.json()).response?.list ?? [];
}

/** Card data used by the tests, in every spelling a leak could take. */
export const CARD = {
  approve: TEST_CARDS.approve,
  declineFailed: TEST_CARDS.declineFailed,
  declineError: TEST_CARDS.declineError,
  expiry: '2031-07',
  birth: '870923',
  pwd: '47',
} as const;

export function cardSecrets(cardNumber: string): string[] {
  return [cardNumber, cardNumber.replace(/-/g, ''), CARD.expiry, CARD.birth, '"pwd_2digit"', `pwd_2digit":"${CARD.pwd}`];
}
