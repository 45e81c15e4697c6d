import type { z } from 'zod';
import { historyContract } from './history';
import { receiptsContract } from './receipts';
import { refundsContract } from './refunds';
import { chargeContract } from './charge';
import { customersContract } from './customers';
import { schedulesContract } from './schedules';
import { settingsContract } from './settings';
import { windowPaymentsContract } from './window-payments';
import { auditContract } from './audit';
import { authContract } from './auth';
import { closeContract } from './close';
import { catalogContract } from './catalog';
import { printerContract } from './printer';
import { cashContract } from './cash';
import { cashReceiptsContract } from './cash-receipts';
import { salesContract } from './sales';

/**
 * The one list of everything the renderer may ask main for, assembled from the feature contracts
 * (contract/<feature>.ts). Each entry: the IPC channel, the request schema main parses before any
 * handler runs, and the response schema. The preload exposes one named function per entry (the
 * key), never the channel itself.
 */

export { ConnectionTestInput, ConnectionTestResult, CredentialsInput, SettingsInput, SettingsView } from './settings';
export { KeyedChargeInput, SaveCardInput } from './charge';
export { ChargeOutcome, ChargeReasonCode, ChargeResult } from './charge-result';

export const contract = {
  ...settingsContract,
  ...chargeContract,
  ...refundsContract,
  ...historyContract,
  ...receiptsContract,
  ...customersContract,
  ...schedulesContract,
  ...windowPaymentsContract,
  ...authContract,
  ...auditContract,
  ...closeContract,
  ...printerContract,
  ...catalogContract,
  ...salesContract,
  ...cashContract,
  ...cashReceiptsContract,
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Request<M extends Method> = z.input<Contract[M]['request']>;
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>;
export type Response<M extends Method> = z.output<Contract[M]['response']>;
