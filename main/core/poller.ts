import type { Logger } from '../logging/logger';

/**
 * Runs `poll` on start and then every `intervalMs`, one at a time (a slow poll is not overlapped
 * by the next). A failing poll is logged and retried at the next tick. For what reaches the till
 * only by asking PortOne: schedule results, answers a lost connection left open.
 */
export class Poller {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly poll: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.timer) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref?.();
  }

  /** Resolves once no poll is running. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Stops the timer and waits for a poll in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.poll()
      .then(() => undefined)
      .catch((e: unknown) => this.logger.warn(`${this.name} poll failed`, { error: e instanceof Error ? e.name : 'unknown' }))
      .finally(() => {
        this.running = null;
      });
  }
}
