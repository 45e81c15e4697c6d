import type { PosApi } from '../../../contract/api';

declare global {
  interface Window {
    /** Installed by the preload (Electron) or the browser host's bridge; the UI's only way out. */
    readonly pos: PosApi;
  }
}

/** The host bridge. A function (not a module-level constant) so a missing bridge fails at call time, visibly. */
export function pos(): PosApi {
  return window.pos;
}
