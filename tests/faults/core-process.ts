import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import type { Result } from '../../contract/result';
import type { JumpClock, WorkerCommand, WorkerConfig, WorkerReply } from './worker-protocol';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a call returns when the process died before answering. */
export const KILLED = Symbol('killed');
export type CallOutcome = Result<unknown> | typeof KILLED;

type Pending = (reply: WorkerReply | typeof KILLED) => void;

/**
 * The parent's handle on the core running in a child process (tests/faults/worker.ts). `kill()`
 * is a SIGKILL: no shutdown hook runs, as in a crash or power cut of the till.
 */
export class CoreProcess {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exit = new Promise((resolve) => {
      child.once('exit', () => {
        this.exited = true;
        for (const settle of this.pending.values()) settle(KILLED);
        this.pending.clear();
        resolve();
      });
    });
  }

  /** `script`: the bundled worker (tests/faults/worker-bundle.ts). */
  static async start(script: string, config: WorkerConfig): Promise<CoreProcess> {
    const child = spawn(process.execPath, [script, JSON.stringify(config)], {
      cwd: REPO_ROOT,
      env: { ...process.env, POS_LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const { stdout } = child;
    if (!stdout) throw new Error('core process has no stdout');
    const core = new CoreProcess(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = new Promise<void>((resolve, reject) => {
      core.exit.then(() => reject(new Error(`core process exited before it was ready: ${stderr}`)), reject);
      createInterface({ input: stdout }).on('line', (line) => {
        const message = JSON.parse(line) as WorkerReply;
        if ('ready' in message) return resolve();
        core.pending.get(message.id)?.(message);
        core.pending.delete(message.id);
      });
    });
    await ready;
    return core;
  }

  call(method: string, payload: unknown): Promise<CallOutcome> {
    return this.send({ id: this.nextId++, method, payload }).then((reply) =>
      reply === KILLED ? KILLED : 'result' in reply ? reply.result : KILLED,
    );
  }

  /** Finishes start-up recovery and every background lookup (an idle till, left running). */
  async drain(): Promise<void> {
    if ((await this.send({ id: this.nextId++, control: 'drain' })) === KILLED) throw new Error('core process died while draining');
  }

  /** Tells main what the payment window did: reached its return URL (with the SDK's query), or closed. */
  async window(merchantUid: string, event: 'returned' | 'closed', impUid: string | null = null, errorCode: string | null = null): Promise<void> {
    await this.send({ id: this.nextId++, control: 'window', merchantUid, event, impUid, errorCode });
  }

  /** Steps the core's wall clock by `ms` at once (a killed core starts again on the true time). */
  async jumpClock(ms: number): Promise<void> {
    await this.send({ id: this.nextId++, control: 'jumpClock', ms });
  }

  /** Orderly shutdown (closes the ledger). */
  async close(): Promise<void> {
    if (!this.exited) await this.send({ id: this.nextId++, control: 'close' });
    await this.exit;
  }

  async kill(): Promise<void> {
    if (!this.exited) this.child.kill('SIGKILL');
    await this.exit;
  }

  private send(command: WorkerCommand | JumpClock): Promise<WorkerReply | typeof KILLED> {
    if (this.exited) return Promise.resolve(KILLED);
    return new Promise((resolve) => {
      this.pending.set(command.id, resolve);
      this.child.stdin?.write(`${JSON.stringify(command)}\n`);
    });
  }
}
