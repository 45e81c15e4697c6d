import { z } from 'zod';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';
import { CARD, sandboxToken } from '../core/support/sandbox';

const Envelope = z.object({ code: z.number(), response: z.unknown() });
const Paid = z.object({ imp_uid: z.string(), status: z.string() });

async function call(baseUrl: string, path: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: token } : {}) },
    body: JSON.stringify(body),
  });
  const envelope = Envelope.parse(await res.json());
  if (envelope.code !== 0) throw new Error(`${path} answered code ${envelope.code}`);
  return envelope.response;
}

/** A full cancel made straight at the sandbox, behind the app's back. */
export async function cancelDirectly(baseUrl: string, merchantUid: string): Promise<void> {
  await call(baseUrl, '/payments/cancel', { merchant_uid: merchantUid, reason: 'behind the app' }, await sandboxToken(baseUrl));
}

/**
 * A payment made straight at the sandbox's REST API with the sandbox credentials, bypassing the
 * app: what a reconciliation must find ("PortOne has it, the ledger does not").
 */
export async function chargeDirectly(baseUrl: string, merchantUid: string, amount: number): Promise<{ impUid: string }> {
  const access_token = await sandboxToken(baseUrl);
  const paid = Paid.parse(
    await call(
      baseUrl,
      '/subscribe/payments/onetime',
      {
        merchant_uid: merchantUid,
        amount,
        card_number: CARD.approve,
        expiry: CARD.expiry,
        birth: CARD.birth,
        pwd_2digit: CARD.pwd,
        pg: `settle.${SANDBOX_CREDENTIALS.keyedMid}`,
        name: 'Made outside the POS',
      },
      access_token,
    ),
  );
  if (paid.status !== 'paid') throw new Error(`direct charge ended ${paid.status}`);
  return { impUid: paid.imp_uid };
}
