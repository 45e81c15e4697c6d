import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Request } from '../../contract/channels';
import { createMemoryVault } from '../../main/config/memory-vault';
import { SANDBOX_JOURNAL_FILE } from '../../main/core/app-core';
import type { AppCore, AppCoreDeps } from '../../main/core/app-core.types';
import { createRouter } from '../../main/ipc/router';
import { createLogger, fileSink } from '../../main/logging';
import { setFaults } from '../../sandbox/control';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from './support/capture-logger';
import { CARD, cardSecrets, sandboxPaymentsFor } from './support/sandbox';
import { createTestCore, HTTP_CALLER as CALLER, keyedRequest } from '../support/core-fixture';
import { tempDir } from './support/temp-dir';

let seq = 0;

function keyed(overrides: Partial<Request<'chargeKeyed'>> = {}): Request<'chargeKeyed'> {
  seq += 1;
  return keyedRequest({ attemptId: `core-attempt-${Date.now()}-${seq}`, amount: 33_000, buyerName: 'Lee', buyerTel: '010-9876-5432', ...overrides });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('createAppCore', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function core(
    overrides: Partial<AppCoreDeps> = {},
  ): Promise<{ core: AppCore; dataDir: string; router: ReturnType<typeof createRouter> }> {
    let dataDir = overrides.dataDir;
    if (!dataDir) {
      const dir = tempDir();
      cleanups.push(dir.cleanup);
      dataDir = dir.path;
    }
    const logger = overrides.logger ?? captureLogger();
    const appCore = await createTestCore({ ...overrides, dataDir, logger });
    cleanups.push(() => appCore.close());
    return { core: appCore, dataDir, router: createRouter(appCore.handlers, logger) };
  }

  it('starts in sandbox mode with the embedded sandbox; test connection reports success and clock skew', async () => {
    const { router } = await core();
    const settings = await router.callMethod('getSettings', undefined, CALLER);
    expect(settings).toMatchObject({ ok: true, data: { mode: 'sandbox', hasCredentials: false, maskedKey: null } });
    if (!settings.ok) return;
    const view = settings.data as { apiBaseUrl: string };
    expect(view.apiBaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const test = await router.callMethod('testConnection', undefined, CALLER);
    expect(test).toMatchObject({ ok: true, data: { ok: true, apiBaseUrl: view.apiBaseUrl } });
    if (test.ok) expect(typeof (test.data as { clockSkewSeconds: unknown }).clockSkewSeconds).toBe('number');
  });

  it('test connection with a wrong secret: a clear answer that never echoes the secret', async () => {
    const { router } = await core();
    const secret = 'wrong-secret-4f9a1c';
    const test = await router.callMethod('testConnection', { impKey: SANDBOX_CREDENTIALS.impKey, impSecret: secret }, CALLER);
    expect(test).toMatchObject({ ok: true, data: { ok: false, message: 'The REST API key or secret is wrong.' } });
    expect(JSON.stringify(test)).not.toContain(secret);
  });

  it('test connection when PortOne cannot be reached says so', async () => {
    const dead = await startSandbox({ port: 0 });
    await dead.close();
    const { router } = await core({ portoneApiUrl: dead.url });
    const test = await router.callMethod('testConnection', undefined, CALLER);
    expect(test).toMatchObject({ ok: true, data: { ok: false, message: expect.stringContaining('Could not reach PortOne') } });
  });

  it('full stack: charge, list, detail — then no file in the data dir holds card data', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const logger = createLogger({ level: 'debug', sinks: [fileSink(join(dir.path, 'logs', 'pos.log'))] });
    const { core: appCore, router } = await core({ dataDir: dir.path, logger });
    const declined = await router.callMethod('chargeKeyed', keyed({ cardNumber: CARD.declineError }), CALLER);
    expect(declined).toMatchObject({ ok: true, data: { outcome: 'rejected', reasonCode: 'declined' } });
    const charged = await router.callMethod('chargeKeyed', keyed(), CALLER);
    expect(charged).toMatchObject({ ok: true, data: { outcome: 'paid', payment: { status: 'paid', vat: 3_000 } } });
    if (!charged.ok) return;
    const { merchantUid } = charged.data as { merchantUid: string };
    const recent = await router.callMethod('recentPayments', { limit: 10 }, CALLER);
    expect(recent.ok && (recent.data as { merchantUid: string }[]).map((p) => p.merchantUid)[0]).toBe(merchantUid);
    const detail = await router.callMethod('getPayment', { merchantUid }, CALLER);
    expect(detail).toMatchObject({ ok: true, data: { payment: { merchantUid, cardNumberMasked: '5365-10**-****-0006' } } });
    expect(await router.callMethod('getPayment', { merchantUid: 'pos-nope' }, CALLER)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const scan = () => {
      const files = filesUnder(dir.path);
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of [...cardSecrets(CARD.approve), ...cardSecrets(CARD.declineError)]) {
          expect(bytes.includes(Buffer.from(secret)), `${secret} in ${file}`).toBe(false);
        }
      }
      return files;
    };
    // While running (the ledger's WAL file still exists) and after an orderly close.
    expect(scan().some((f) => f.endsWith('ledger.sqlite-wal'))).toBe(true);
    await appCore.close();
    const files = scan();
    expect(files.some((f) => f.endsWith('ledger.sqlite'))).toBe(true);
    expect(files.some((f) => f.endsWith(SANDBOX_JOURNAL_FILE))).toBe(true);
    expect(files.some((f) => f.endsWith('pos.log'))).toBe(true);
  });

  it('sends the keyed MID from settings as pg settle.{MID}; a vault that cannot be read does not stop the start', async () => {
    const brokenVault = { ...createMemoryVault(), load: () => Promise.reject(new Error('keyring locked')) };
    const { router } = await core({ vault: brokenVault });
    const settings = { mode: 'sandbox', lang: 'en', impCode: '', windowMid: '', keyedMid: 'nxca_jt_b2', storeName: '', businessNumber: '' };
    const saved = await router.callMethod('saveSettings', settings, CALLER);
    expect(saved).toMatchObject({ ok: true, data: { keyedMid: 'nxca_jt_b2', hasCredentials: false } });
    const charged = await router.callMethod('chargeKeyed', keyed(), CALLER);
    if (!charged.ok || !saved.ok) throw new Error('charge');
    const { apiBaseUrl } = saved.data as { apiBaseUrl: string };
    const payments = await sandboxPaymentsFor(apiBaseUrl, (charged.data as { merchantUid: string }).merchantUid);
    expect(payments).toEqual([expect.objectContaining({ status: 'paid', pg_id: 'nxca_jt_b2' })]);
  });

  it('PORTONE_API_URL: uses that API with the sandbox credentials and starts no embedded sandbox', async () => {
    const external: SandboxHandle = await startSandbox({ port: 0 });
    cleanups.push(() => external.close());
    const { router, dataDir } = await core({ portoneApiUrl: external.url });
    const settings = await router.callMethod('getSettings', undefined, CALLER);
    expect(settings).toMatchObject({ ok: true, data: { apiBaseUrl: external.url } });
    const charged = await router.callMethod('chargeKeyed', keyed(), CALLER);
    expect(charged).toMatchObject({ ok: true, data: { outcome: 'paid' } });
    if (charged.ok) expect(await sandboxPaymentsFor(external.url, (charged.data as { merchantUid: string }).merchantUid)).toHaveLength(1);
    expect(existsSync(join(dataDir, SANDBOX_JOURNAL_FILE))).toBe(false);
  });

  it('credentials: need confirmation, show masked, switch test mode to api.iamport.kr, clearing returns to the sandbox', async () => {
    const { router } = await core();
    const creds = { impKey: '1234567890abcdef', impSecret: 'a-very-secret-secret' };
    expect(await router.callMethod('saveCredentials', creds, CALLER)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const saved = await router.callMethod('saveCredentials', { ...creds, confirm: true }, CALLER);
    expect(saved).toMatchObject({ ok: true, data: { hasCredentials: true, maskedKey: '1234••••••••cdef', mode: 'sandbox' } });
    expect(JSON.stringify(saved)).not.toContain(creds.impSecret);
    const settings = { mode: 'test', lang: 'ko', impCode: 'imp12345678', windowMid: '', keyedMid: '', storeName: 'Shop', businessNumber: '' };
    expect(await router.callMethod('saveSettings', settings, CALLER)).toMatchObject({
      ok: true,
      data: { mode: 'test', apiBaseUrl: 'https://api.iamport.kr', storeName: 'Shop' },
    });
    // No keyed MID configured for the real PortOne: refused before anything is sent.
    expect(await router.callMethod('chargeKeyed', keyed(), CALLER)).toMatchObject({
      ok: false,
      error: { code: 'unavailable', field: 'keyedMid' },
    });
    const cleared = await router.callMethod('clearCredentials', { confirm: true }, CALLER);
    expect(cleared).toMatchObject({ ok: true, data: { hasCredentials: false, mode: 'test', apiBaseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:/) } });
  });

  it('an unknown outcome left by a closed app is resolved on the next start', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = await core({ dataDir: dir.path });
    const settings = await first.router.callMethod('getSettings', undefined, CALLER);
    if (!settings.ok) throw new Error('settings');
    await setFaults((settings.data as { apiBaseUrl: string }).apiBaseUrl, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const charged = await first.router.callMethod('chargeKeyed', keyed(), CALLER);
    expect(charged).toMatchObject({ ok: true, data: { outcome: 'unknown', reasonCode: 'checking' } });
    if (!charged.ok) return;
    const { merchantUid } = charged.data as { merchantUid: string };
    await first.core.close(); // before the background lookup (1 s away) could run

    const second = await core({ dataDir: dir.path });
    expect(await second.router.callMethod('getPayment', { merchantUid }, CALLER)).toMatchObject({ data: { payment: { status: 'unknown' } } });
    await second.core.recoverPending();
    expect(await second.router.callMethod('getPayment', { merchantUid }, CALLER)).toMatchObject({ data: { payment: { status: 'paid' } } });
  });

  it('refreshPayment asks PortOne now instead of waiting for the next background lookup', async () => {
    // Background lookups never wake up in this test: only refreshPayment can resolve the payment.
    const never = (_ms: number, signal: AbortSignal) => new Promise<void>((r) => signal.addEventListener('abort', () => r()));
    const { router } = await core({ sleep: never });
    const settings = await router.callMethod('getSettings', undefined, CALLER);
    if (!settings.ok) throw new Error('settings');
    await setFaults((settings.data as { apiBaseUrl: string }).apiBaseUrl, { path: '/subscribe/payments/onetime', commitThenDrop: true, count: 1 });
    const charged = await router.callMethod('chargeKeyed', keyed(), CALLER);
    if (!charged.ok) throw new Error('charge');
    const { merchantUid } = charged.data as { merchantUid: string };
    expect(await router.callMethod('refreshPayment', { merchantUid }, CALLER)).toMatchObject({
      ok: true,
      data: { payment: { status: 'paid' }, events: expect.arrayContaining([expect.objectContaining({ type: 'lookup' })]) },
    });
  });
});
