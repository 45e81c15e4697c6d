import { authReasons } from './auth';
import { chargeReasons } from './charge';
import { cashReasons } from './cash';
import { cashReceiptReasons } from './cash-receipts';
import { catalogReasons } from './catalog';
import { closeReasons } from './close';
import { customersReasons } from './customers';
import { historyReasons } from './history';
import { printerReasons } from './printer';
import { printReasons, receiptsReasons } from './receipts';
import { refundsReasons } from './refunds';
import { defineReasons, ErrorCode } from './result';
import { salesReasons } from './sales';
import { scheduleReasons } from './schedules';
import { settingsReasons } from './settings';
import { windowPaymentsReasons } from './window-payments';

/** The router's own refusals (main/ipc/router.ts). `invalid_input` carries `field` and a `rule` key. */
export const ipcReasons = defineReasons('ipc', ['caller_refused', 'unknown_call', 'invalid_input']);

/** The browser host's transport (webhost/): a refused token or origin, a server that cannot be reached. */
export const hostReasons = defineReasons('host', ['forbidden', 'unreachable']);

/** The fallback when a site names no reason of its own: one per error code. */
export const genericReasons = defineReasons('generic', ErrorCode.options);

/** The `rule` an `ipc.invalid_input` names: what the field failed, never the value it had. */
export const ValidationRules = [
  'required',
  'type',
  'min',
  'max',
  'min_length',
  'max_length',
  'format',
  'unknown_keys',
  'choice',
  'invalid',
] as const;
export type ValidationRule = (typeof ValidationRules)[number];

/** Every reason the contract declares, so a test can ask the renderer for each one's sentence. */
export const allReasons = [
  ...ipcReasons,
  ...hostReasons,
  ...genericReasons,
  ...authReasons,
  ...chargeReasons,
  ...cashReasons,
  ...cashReceiptReasons,
  ...catalogReasons,
  ...closeReasons,
  ...customersReasons,
  ...historyReasons,
  ...printReasons,
  ...printerReasons,
  ...receiptsReasons,
  ...refundsReasons,
  ...salesReasons,
  ...scheduleReasons,
  ...settingsReasons,
  ...windowPaymentsReasons,
] as const;
export type Reason = (typeof allReasons)[number];
