import type { KeyedChargeInput } from '../../contract/channels';
import { Ledger } from '../../main/ledger/ledger';
import type { Backend } from '../../main/payments/backend';
import { KeyedChargeService } from '../../main/payments/keyed-charge';
import { Resolver, type Sleep } from '../../main/payments/resolver';
import { PortOneClient, type Timeouts } from '../../main/portone/client';
import { createTransport } from '../../main/portone/transport';
import { SANDBOX_CREDENTIALS, startSandbox, type SandboxHandle } from '../../sandbox/server';
import { captureLogger } from '../core/support/capture-logger';
import { tempDir } from '../core/support/temp-dir';
import { keyedRequest } from '../support/core-fixture';

let seq = 0;

export function keyedInput(overrides: Partial<KeyedChargeInput> = {}): KeyedChargeInput {
  seq += 1;
  return keyedRequest({ attemptId: `attempt-${Date.now()}-${seq}`, orderName: 'Coffee beans', ...overrides });
}

export interface HarnessOptions {
  /** 'fake' (default): sleeping advances a fake clock instantly. 'scaled': real clock, real sleeps of ms/100. */
  time?: 'fake' | 'scaled';
  timeouts?: Partial<Timeouts>;
  /** Point the client here instead of the harness's sandbox (e.g. a closed port). */
  baseUrl?: string;
  dataDir?: string;
  /** false: background lookups wait until close, so the test alone decides when a lookup happens. */
  background?: boolean;
}

export type Harness = Awaited<ReturnType<typeof paymentsHarness>>;

/** Sandbox + ledger in a temp dir + client + resolver + keyed-charge service, wired as the core wires them. */
export async function paymentsHarness(options: HarnessOptions = {}) {
  const sandbox: SandboxHandle = await startSandbox({ port: 0 });
  const dir = tempDir();
  const dataDir = options.dataDir ?? dir.path;
  const logger = captureLogger();
  let clock = Date.now();
  // The monotonic clock moves with sleeps and `advance`, never with `jumpWall` (an NTP step).
  let steady = 0;
  const sleeps: number[] = [];
  const fake = (options.time ?? 'fake') === 'fake';
  const now = fake ? () => clock : Date.now;
  const monotonic = fake ? () => steady : () => performance.now();
  const sleep: Sleep = fake
    ? (ms) => {
        sleeps.push(ms);
        clock += ms;
        steady += ms;
        return Promise.resolve();
      }
    : (ms) => {
        sleeps.push(ms);
        return new Promise((r) => setTimeout(r, ms / 100));
      };
  const client = new PortOneClient({
    transport: createTransport(options.baseUrl ?? sandbox.url),
    credentials: SANDBOX_CREDENTIALS,
    logger,
    now,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
  const backend: Backend = { client, apiEnv: 'sandbox', keyedMid: SANDBOX_CREDENTIALS.keyedMid, sandbox: true };
  const ledger = new Ledger({ dataDir });
  const parked: Sleep = (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  const resolver = new Resolver({ ledger, backend: () => backend, logger, now, monotonic, sleep: options.background === false ? parked : sleep });
  const service = new KeyedChargeService({ ledger, resolver, backend: () => backend, logger, now, cashier: () => 'test' });
  return {
    sandbox,
    ledger,
    client,
    backend,
    resolver,
    service,
    logger,
    sleeps,
    dataDir,
    now,
    monotonic,
    sleep,
    advance: (ms: number) => {
      clock += ms;
      steady += ms;
    },
    /** The wall clock steps (NTP correction, a cashier fixing the date); monotonic time does not. */
    jumpWall: (ms: number) => {
      clock += ms;
    },
    async close() {
      await resolver.close();
      client.close();
      ledger.close();
      await sandbox.close();
      dir.cleanup();
    },
  };
}
