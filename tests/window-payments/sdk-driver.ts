import { z } from 'zod';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';

/**
 * Plays the customer's part in the sandbox's SDK flow over HTTP (what iamport.js and the simulated
 * Hecto page do in a browser): open the PG window for a merchant_uid, then approve, decline or close.
 */
const Opened = z.object({ response: z.object({ result: z.literal('open'), imp_uid: z.string(), secret: z.string() }) });

export interface OpenedPg {
  impUid: string;
  act(action: 'approve' | 'decline' | 'close'): Promise<void>;
}

export async function openPg(
  baseUrl: string,
  params: { merchantUid: string; amount: number; payMethod?: 'card' | 'trans' | 'vbank' | 'phone'; mobile?: boolean },
): Promise<OpenedPg> {
  const res = await fetch(`${baseUrl}/sdk/v1/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      imp_code: SANDBOX_CREDENTIALS.impCode,
      mode: params.mobile ? 'redirect' : 'popup',
      user_agent: params.mobile ? 'Mozilla/5.0 (Linux; Android 14) Mobile' : 'Mozilla/5.0 (X11; Linux x86_64)',
      params: {
        pg: `settle.${SANDBOX_CREDENTIALS.windowMid}`,
        pay_method: params.payMethod ?? 'card',
        merchant_uid: params.merchantUid,
        name: '카페라떼',
        amount: params.amount,
        buyer_tel: '010-1234-5678',
        company: '테스트상점',
        company_en: 'Test Shop',
        m_redirect_url: 'http://127.0.0.1:9/return',
      },
    }),
  });
  const opened = Opened.parse(await res.json()).response;
  return {
    impUid: opened.imp_uid,
    async act(action) {
      const done = await fetch(`${baseUrl}/sdk/v1/payments/${opened.imp_uid}/complete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ secret: opened.secret, action }),
      });
      if (!done.ok) throw new Error(`sandbox SDK ${action}: HTTP ${done.status}`);
    },
  };
}
