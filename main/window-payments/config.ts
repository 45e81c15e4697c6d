import { AppError } from '../../contract/result';
import { PORTONE_API_URL } from '../core/environment';
import { originOf } from '../security/origin';
import type { WindowConfig } from './service';

/** PortOne's JS SDK v1 (portone-v1.md §8.1). */
export const PORTONE_SDK_URL = 'https://cdn.iamport.kr/v1/iamport.js';

export interface WindowConfigSources {
  /** Base URL of the PortOne API in use. */
  apiBaseUrl: string;
  settings: { impCode: string; windowMid: string };
  /** POS_IAMPORT_JS_URL: an SDK URL that wins over the default. */
  sdkUrl?: string;
  /** The sandbox's public account, used when talking to a sandbox with nothing configured. */
  sandbox: { impCode: string; windowMid: string };
}

/**
 * The payment page's settings. Real PortOne (api.iamport.kr): the CDN SDK and the shop's own IMP
 * code and window MID, both required. A PortOne-compatible emulator (the sandbox): its own SDK,
 * its public account unless settings name another, and its loopback origin allowed in the window.
 */
export function windowConfigFor(src: WindowConfigSources): WindowConfig {
  const real = src.apiBaseUrl === PORTONE_API_URL;
  const impCode = src.settings.impCode || (real ? '' : src.sandbox.impCode);
  const windowMid = src.settings.windowMid || (real ? '' : src.sandbox.windowMid);
  if (!impCode) throw new AppError('unavailable', 'The IMP merchant code is not set. Enter it in settings.', { reason: 'settings.imp_code_missing', field: 'impCode' });
  if (!windowMid) throw new AppError('unavailable', 'The payment-window MID is not set. Enter it in settings.', { reason: 'settings.window_mid_missing', field: 'windowMid' });
  // Real PortOne (test or live) always gets the official SDK: an override is for emulators only.
  const sdkUrl = real ? PORTONE_SDK_URL : src.sdkUrl || `${src.apiBaseUrl.replace(/\/+$/, '')}/sdk/iamport.js`;
  const emulator = real ? null : originOf(src.apiBaseUrl);
  return { impCode, windowMid, sdkUrl, extraOrigins: emulator ? [emulator] : [] };
}
