import { join } from 'node:path';
import type { Credentials } from '../config/secret-vault';
import type { SettingsStore } from '../config/settings-store';
import type { Logger } from '../logging/logger';
import type { Backend } from '../payments/backend';
import { PortOneClient, type Timeouts } from '../portone/client';
import { createTransport } from '../portone/transport';
import { apiEnvOf, chooseEnvironment, type Environment, type SandboxAccount } from './environment';

export const SANDBOX_JOURNAL_FILE = 'sandbox-journal.jsonl';
/** The embedded sandbox keeps its journal across runs, so its payments keep one name in the ledger. */
const EMBEDDED_SANDBOX_ENV = 'embedded-sandbox';

/** A running embedded sandbox, as far as the core needs to know it. */
export interface RunningSandbox {
  readonly url: string;
  readonly credentials: SandboxAccount;
  setBillingKeyOnlyIssuance(enabled: boolean): void;
  close(): Promise<void>;
}

/**
 * The embedded PortOne emulator, passed in by the host (main/electron, webhost) so the core never
 * imports the sandbox: its public account and how to start one.
 */
export interface EmbeddedSandbox {
  account: SandboxAccount & { impCode: string; windowMid: string; channelKey: string };
  start(options: { port: 0; dataFile: string }): Promise<RunningSandbox>;
}

/** What is live right now: the backend the services use, plus what "test connection" needs. */
export interface Active {
  backend: Backend;
  credentials: Credentials;
}

export interface PortOneBackendDeps {
  dataDir: string;
  settings: SettingsStore;
  /** Saved credentials, or null (none, or a vault that cannot be read now). */
  savedCredentials(): Promise<Credentials | null>;
  logger: Logger;
  now: () => number;
  /** PORTONE_API_URL. */
  portoneApiUrl?: string | undefined;
  portoneTimeouts?: Partial<Timeouts> | undefined;
  sandbox: EmbeddedSandbox;
}

/**
 * Backend switching: sandbox / test / live / PORTONE_API_URL, decided from settings and the saved
 * credentials each time they change. Starts the embedded sandbox when that is the one chosen.
 */
export class PortOneBackend {
  private running: RunningSandbox | null = null;
  private current: Active | null = null;

  constructor(private readonly deps: PortOneBackendDeps) {}

  /** What is live; null before the first configure. */
  active(): Active | null {
    return this.current;
  }

  backend(): Backend | null {
    return this.current?.backend ?? null;
  }

  /** (Re)builds the client from what is saved now. A charge in flight keeps the client it started with. */
  async configure(): Promise<void> {
    const settings = this.deps.settings.get();
    const env = chooseEnvironment(settings, await this.deps.savedCredentials(), this.deps.portoneApiUrl, this.deps.sandbox.account);
    this.current = await this.activate(env, settings.keyedMid, settings.hectoBillingKeyOnly);
    this.deps.logger.info('portone configured', { apiBaseUrl: this.current.backend.client.baseUrl, sandbox: this.current.backend.sandbox });
  }

  async close(): Promise<void> {
    this.current?.backend.client.close();
    await this.running?.close();
  }

  private clientFor(baseUrl: string, credentials: Credentials): PortOneClient {
    return new PortOneClient({
      transport: createTransport(baseUrl),
      credentials,
      logger: this.deps.logger,
      now: this.deps.now,
      ...(this.deps.portoneTimeouts ? { timeouts: this.deps.portoneTimeouts } : {}),
    });
  }

  private async activate(env: Environment, keyedMidSetting: string, billingKeyOnly: boolean): Promise<Active> {
    if (env.kind === 'embedded-sandbox') {
      this.running ??= await this.deps.sandbox.start({ port: 0, dataFile: join(this.deps.dataDir, SANDBOX_JOURNAL_FILE) });
      const sandbox = this.running;
      // The embedded sandbox plays the merchant's Hecto contract as the settings describe it.
      sandbox.setBillingKeyOnlyIssuance(billingKeyOnly);
      const credentials = { impKey: sandbox.credentials.impKey, impSecret: sandbox.credentials.impSecret };
      return {
        credentials,
        backend: {
          client: this.clientFor(sandbox.url, credentials),
          apiEnv: EMBEDDED_SANDBOX_ENV,
          // The configured MID is sent as configured, so settings can be tried out in the sandbox.
          keyedMid: keyedMidSetting || sandbox.credentials.keyedMid,
          sandbox: true,
        },
      };
    }
    return {
      credentials: env.credentials,
      backend: {
        client: this.clientFor(env.baseUrl, env.credentials),
        apiEnv: apiEnvOf(env.baseUrl, env.credentials.impKey),
        keyedMid: env.keyedMid,
        sandbox: env.sandbox,
      },
    };
  }
}
