import { z } from 'zod';

/**
 * What the SDK's callback (or `m_redirect_url`) reports in the return URL's query. Untrusted: a
 * page can navigate anywhere with any query, so it only tells main what to look up.
 */
const ReturnQuery = z.object({
  imp_uid: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).nullable(),
  merchant_uid: z.string().max(40).nullable(),
  error_code: z.string().max(40).nullable(),
  error_msg: z.string().nullable(),
});

export interface ReturnReport {
  impUid: string | null;
  errorCode: string | null;
  /** Shortened and with control characters removed: it is shown to the cashier and logged. */
  errorMsg: string | null;
}

export function parseReturnUrl(url: string): ReturnReport {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return { impUid: null, errorCode: 'invalid_return', errorMsg: null };
  }
  const text = (key: string) => {
    const v = query.get(key);
    return v === null || v === '' ? null : v;
  };
  const parsed = ReturnQuery.safeParse({
    imp_uid: text('imp_uid'),
    merchant_uid: text('merchant_uid'),
    error_code: text('error_code'),
    error_msg: text('error_msg'),
  });
  if (!parsed.success) return { impUid: null, errorCode: 'invalid_return', errorMsg: null };
  const { imp_uid, error_code, error_msg } = parsed.data;
  return {
    impUid: imp_uid,
    errorCode: error_code,
    errorMsg: error_msg === null ? null : printable(error_msg).slice(0, 200),
  };
}

/** Control characters become spaces (no log-line or layout injection through the PG's message). */
function printable(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? ' ' : c)).join('');
}
