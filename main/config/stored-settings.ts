import { z } from 'zod';
import { SettingsInput } from '../../contract/channels';
import { Lang } from '../../contract/schemas';
import type { StoredSettings } from './settings-store';

/** Defaults for a fresh install: the embedded sandbox, language from POS_LANG (else Korean), nothing filled in. */
export function defaultSettings(env: Readonly<Record<string, string | undefined>> = {}): StoredSettings {
  const lang = Lang.safeParse(env.POS_LANG?.trim().toLowerCase());
  return {
    mode: 'sandbox',
    lang: lang.success ? lang.data : 'ko',
    impCode: '',
    windowMid: '',
    keyedMid: '',
    storeName: '',
    businessNumber: '',
    hectoBillingKeyOnly: false,
  };
}

/**
 * Settings read back from disk: the same rules as the form (SettingsInput), every field optional
 * so a file written by an older version fills the gaps with defaults, unknown keys ignored so a
 * newer version's file still loads.
 */
const StoredSettingsFile = z.object(SettingsInput.shape).partial();

export type ParsedSettings = { ok: true; settings: StoredSettings } | { ok: false; settings: StoredSettings; problem: string };

/** Validates what a store holds; anything that fails falls back to the defaults as a whole. */
export function parseStoredSettings(raw: unknown, defaults: StoredSettings): ParsedSettings {
  if (raw === undefined || raw === null) return { ok: true, settings: { ...defaults } };
  const parsed = StoredSettingsFile.safeParse(raw);
  if (!parsed.success) {
    // Only the paths: a settings file holds nothing secret, but error text stays value-free anyway.
    const problem = parsed.error.issues.map((i) => i.path.map(String).join('.') || '(root)').join(', ');
    return { ok: false, settings: { ...defaults }, problem: `invalid fields: ${problem}` };
  }
  const settings: StoredSettings = { ...defaults };
  for (const [key, value] of Object.entries(parsed.data) as [keyof StoredSettings, StoredSettings[keyof StoredSettings] | undefined][]) {
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  return { ok: true, settings };
}

/** What a store accepts to write: the form's rules, so a bad value never reaches disk. */
export function validateForWrite(next: StoredSettings): StoredSettings {
  return SettingsInput.parse(next);
}
