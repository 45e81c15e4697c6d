import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { startSandbox } from '../../sandbox/server';
import type { SandboxHandle, SandboxOptions } from '../../sandbox/server';

export interface Env<T = unknown> {
  code: number;
  message: string | null;
  response: T;
}

export type Payment = Record<string, unknown> & {
  imp_uid: string;
  merchant_uid: string;
  amount: number;
  cancel_amount: number;
  status: string;
  cancel_history: { amount: number; cancellation_id: string; pg_tid: string; receipt_url: string; reason: string; cancelled_at: number }[];
};

/** A sandbox plus an axios client that never throws on status, so tests assert on the answer. */
export interface Harness {
  sb: SandboxHandle;
  http: AxiosInstance;
  /** The cached token; `refresh` asks getToken again (e.g. after moving an injected clock past expiry). */
  token(refresh?: boolean): Promise<string>;
  /** Authenticated call with `Authorization: Bearer`. */
  api<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<AxiosResponse<Env<T>>>;
  close(): Promise<void>;
}

export async function harness(options: SandboxOptions = {}): Promise<Harness> {
  const sb = await startSandbox(options);
  const http = axios.create({ baseURL: sb.url, validateStatus: () => true, timeout: 10_000 });
  let tok: string | null = null;
  const token = async (refresh = false) => {
    if (tok && !refresh) return tok;
    const r = await http.post<Env<{ access_token: string }>>('/users/getToken', {
      imp_key: sb.credentials.impKey,
      imp_secret: sb.credentials.impSecret,
    });
    tok = r.data.response.access_token;
    return tok;
  };
  return {
    sb,
    http,
    token,
    async api(method, path, body) {
      const t = await token();
      return http.request({ method, url: path, data: body, headers: { Authorization: `Bearer ${t}` } });
    },
    close: () => sb.close(),
  };
}

let n = 0;
/** Unique merchant_uid per call (within one test process). */
export const uid = (prefix = 'm') => `${prefix}_${process.pid}_${Date.now().toString(36)}_${++n}`;

export const FUTURE_EXPIRY = '2099-12';

export const card = (over: Record<string, unknown> = {}) => ({
  merchant_uid: uid(),
  amount: 10_000,
  card_number: '5365-1000-0000-0006',
  expiry: FUTURE_EXPIRY,
  birth: '800101',
  pwd_2digit: '12',
  name: '아메리카노',
  buyer_name: '홍길동',
  buyer_tel: '010-1234-5678',
  ...over,
});
