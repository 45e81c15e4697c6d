import { PrinterFault } from './transports/link';

/**
 * Print jobs in main, one at a time, each with its own deadline: a printer that hangs fails its
 * job with a timeout and the next one still runs. Nothing on the charge path waits for it.
 */
export class PrintQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly timeoutMs: number) {}

  /** Runs `job` after the ones before it; the signal aborts when the job's time is up. */
  run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const result = this.tail.then(() => this.withDeadline(job));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every job queued so far has finished (tests, shutdown). */
  whenIdle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  private withDeadline<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        controller.abort();
        reject(new PrinterFault('timeout', `print job took longer than ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      job(controller.signal).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
