import type { KeyedChargeInput, Method } from '../../contract/channels';
import type { Result } from '../../contract/result';
import type { AppCore, AppCoreDeps } from '../../main/core/app-core.types';
import type { SenderVerdict } from '../../main/ipc/handlers';
import { createRouter, type Router, type RouterOptions } from '../../main/ipc/router';
import type { Logger } from '../../main/logging/logger';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { CARD } from '../core/support/sandbox';
import { tempDir } from '../core/support/temp-dir';
import { createTestCore, HTTP_CALLER } from './test-core';

/*
 * The core as the hosts build it (createAppCore + the router) against a sandbox of its own, for
 * tests and benchmarks. No vitest import here: bench/ runs it outside vitest.
 */

export { createTestCore, HTTP_CALLER, IPC_CALLER } from './test-core';

export interface CoreFixtureOptions {
  /** The caller owns this directory; without it a fresh temp dir is made and removed by close(). */
  dataDir?: string;
  /** Temp dir name prefix. */
  dirPrefix?: string;
  /** Default: a capturing logger (captureLogger). */
  logger?: Logger;
  /** More core deps (timeouts, sleep…); portoneApiUrl defaults to the fixture's own sandbox. */
  deps?: Partial<AppCoreDeps>;
  router?: RouterOptions;
  /** Who `call` calls as. Default HTTP_CALLER. */
  caller?: SenderVerdict;
}

export interface CoreFixture {
  sandbox: SandboxHandle;
  core: AppCore;
  router: Router;
  dataDir: string;
  logger: Logger;
  call(method: Method, payload: unknown): Promise<Result<unknown>>;
  /** Core, sandbox, then the temp dir (if the fixture made it). */
  close(): Promise<void>;
}

/** A sandbox on a free port and a core talking to it over HTTP. */
export async function startCoreFixture(options: CoreFixtureOptions = {}): Promise<CoreFixture> {
  const sandbox = await startSandbox({ port: 0 });
  const dir = options.dataDir !== undefined ? { path: options.dataDir, cleanup: () => undefined } : tempDir(options.dirPrefix);
  const dataDir = dir.path;
  const logger = options.logger ?? captureLogger();
  const core = await createTestCore({ dataDir, logger, portoneApiUrl: sandbox.url, ...options.deps });
  const router = createRouter(core.handlers, logger, options.router);
  const caller = options.caller ?? HTTP_CALLER;
  return {
    sandbox,
    core,
    router,
    dataDir,
    logger,
    call: (method, payload) => router.callMethod(method, payload, caller),
    async close() {
      await core.close();
      await sandbox.close();
      dir.cleanup();
    },
  };
}

/** A successful answer's data; a failed one throws with its code, so a test fails where the call did. */
export function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

/** A keyed charge of the sandbox's approving test card; callers set what their test is about. */
export function keyedRequest(fields: Pick<KeyedChargeInput, 'attemptId'> & Partial<KeyedChargeInput>): KeyedChargeInput {
  return {
    amount: 11_000,
    taxFree: 0,
    orderName: 'Phone order',
    buyerName: 'Kim',
    buyerTel: '010-1234-5678',
    cardNumber: CARD.approve,
    expiry: CARD.expiry,
    ownerType: 'personal',
    birth: CARD.birth,
    pwd2digit: CARD.pwd,
    cardQuota: 0,
    ...fields,
  };
}
