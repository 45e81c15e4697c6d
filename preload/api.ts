import { contract } from '../contract/channels';
import type { Method, Request, Response } from '../contract/channels';
import type { PosApi } from '../contract/api';
import type { Result } from '../contract/result';

/** ipcRenderer.invoke, kept inside the preload: the page only ever gets the named functions. */
export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * One named function per contract method, each bound to its own channel. The `PosApi` type makes
 * a missing or extra method a compile error; the contract test checks the channels.
 */
export function createPosApi(invoke: Invoke): PosApi {
  // Main answers every call with a Result (the router never throws), so the cast states a checked fact.
  const call =
    <M extends Method>(method: M) =>
    (request: Request<M>): Promise<Result<Response<M>>> =>
      invoke(contract[method].channel, request) as Promise<Result<Response<M>>>;

  return {
    getSettings: call('getSettings'),
    saveSettings: call('saveSettings'),
    saveCredentials: call('saveCredentials'),
    clearCredentials: call('clearCredentials'),
    testConnection: call('testConnection'),
    chargeKeyed: call('chargeKeyed'),
    recentPayments: call('recentPayments'),
    getPayment: call('getPayment'),
    refreshPayment: call('refreshPayment'),
  };
}
