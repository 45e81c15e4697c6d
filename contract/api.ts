import type { Method, Request, Response } from './channels';
import type { Result } from './result';

/** What the preload (Electron) or the browser-host bridge puts on `window.pos`. */
export type PosApi = { [M in Method]: (request: Request<M>) => Promise<Result<Response<M>>> };
