import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { AppKeys } from './secret-vault';

const KEY_BYTES = 32;
const Stored = z.object({ audit: z.string().regex(/^[A-Za-z0-9+/=]{40,}$/), pepper: z.string().regex(/^[A-Za-z0-9+/=]{40,}$/) });

export const newAppKeys = (): AppKeys => ({ audit: randomBytes(KEY_BYTES), pepper: randomBytes(KEY_BYTES) });

export const serializeKeys = (keys: AppKeys): string => JSON.stringify({ audit: keys.audit.toString('base64'), pepper: keys.pepper.toString('base64') });

/** Null when the text is not a pair of keys (a damaged store). */
export function parseKeys(text: string): AppKeys | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(text));
    return parsed.success ? { audit: Buffer.from(parsed.data.audit, 'base64'), pepper: Buffer.from(parsed.data.pepper, 'base64') } : null;
  } catch {
    return null;
  }
}

/**
 * The browser host's own keys, in a 0600 file in its data directory. The browser host is for
 * tests, demos and development: its keys sit next to its ledger, which a shop's install must
 * not do (docs/security.md). A damaged file is an error, never silently replaced: new keys would
 * make every PIN and the whole audit chain unverifiable.
 */
export function fileAppKeys(path: string): AppKeys {
  if (existsSync(path)) {
    const keys = parseKeys(readFileSync(path, 'utf8'));
    if (!keys) throw new Error(`${path} is damaged: restore it from a backup (PINs and the audit log depend on it).`);
    return keys;
  }
  const keys = newAppKeys();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeKeys(keys), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return keys;
}
