import { z } from 'zod';
import { defineReasons } from './result';
import { Lang, ManagerApproval, Mode } from './schemas';

/** Merchant settings and the PortOne credentials (the secret goes in, never out). */

const Empty = z.strictObject({}).optional();

const Mid = z.string().regex(/^[A-Za-z0-9_]{1,40}$/, 'MID: letters, digits and _ only');

export const SettingsView = z.object({
  mode: Mode,
  lang: Lang,
  impCode: z.string(),
  windowMid: z.string(),
  keyedMid: z.string(),
  storeName: z.string(),
  businessNumber: z.string(),
  /** The merchant has Hecto's separate contract for billing keys without a charge (`POST /subscribe/customers/{uid}`). */
  hectoBillingKeyOnly: z.boolean(),
  hasCredentials: z.boolean(),
  /** e.g. `1234••••••••5678`; never the secret. */
  maskedKey: z.string().nullable(),
  vault: z.object({ available: z.boolean(), reason: z.string().nullable() }),
  /** Base URL of the PortOne API in use (the embedded sandbox's loopback URL in sandbox mode). */
  apiBaseUrl: z.string(),
});
export type SettingsView = z.infer<typeof SettingsView>;

export const SettingsInput = z.strictObject({
  mode: Mode,
  lang: Lang,
  impCode: z.union([z.literal(''), z.string().regex(/^imp\d{8}$/, 'IMP code: "imp" followed by 8 digits')]),
  windowMid: z.union([z.literal(''), Mid]),
  keyedMid: z.union([z.literal(''), Mid]),
  storeName: z.string().trim().max(60),
  businessNumber: z.union([z.literal(''), z.string().regex(/^\d{3}-?\d{2}-?\d{5}$/, 'business number: 10 digits')]),
  /** Off unless the Hecto contract says so (portone-v1.md §4.3); a form that leaves it out turns it off. */
  hectoBillingKeyOnly: z.boolean().default(false),
  /** Settings need a manager: a cashier's screen sends one's PIN approval. */
  approval: ManagerApproval.optional(),
});
export type SettingsInput = z.infer<typeof SettingsInput>;

const ImpKey = z.string().trim().min(1, 'REST API key is required').max(200);
const ImpSecret = z.string().trim().min(1, 'REST API secret is required').max(500);

export const CredentialsInput = z.strictObject({
  impKey: ImpKey,
  impSecret: ImpSecret,
  /** The UI asks the user first; main refuses a change that was not confirmed. */
  confirm: z.literal(true),
  approval: ManagerApproval.optional(),
});

export const ConnectionTestInput = z.strictObject({ impKey: ImpKey, impSecret: ImpSecret }).optional();

/** Why "test connection" failed, for the renderer to word; the English `message` is for logs. */
export const ConnectionFailure = z.enum(['credentials_rejected', 'timeout', 'unreachable', 'refused']);
export type ConnectionFailure = z.infer<typeof ConnectionFailure>;

export const ConnectionTestResult = z.object({
  ok: z.boolean(),
  message: z.string(),
  /** null when connected. */
  failure: ConnectionFailure.nullable(),
  apiBaseUrl: z.string(),
  /** Seconds the PortOne clock is ahead of ours (negative = behind), when reached. */
  clockSkewSeconds: z.number().nullable(),
});

export const settingsContract = {
  getSettings: { channel: 'settings:get', request: Empty, response: SettingsView },
  saveSettings: { channel: 'settings:save', request: SettingsInput, response: SettingsView },
  saveCredentials: { channel: 'credentials:save', request: CredentialsInput, response: SettingsView },
  clearCredentials: {
    channel: 'credentials:clear',
    request: z.strictObject({ confirm: z.literal(true), approval: ManagerApproval.optional() }),
    response: SettingsView,
  },
  testConnection: { channel: 'credentials:test', request: ConnectionTestInput, response: ConnectionTestResult },
} as const;

/** Settings, credentials and the PortOne connection they describe (used by every area that needs PortOne). */
export const settingsReasons = defineReasons('settings', [
  'portone_not_configured',
  'keyed_mid_missing',
  'imp_code_missing',
  'window_mid_missing',
  'vault_unreadable',
  'vault_damaged',
  'vault_unavailable',
]);
