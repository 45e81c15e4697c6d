/**
 * The sandbox's own clock: the injected (or real) time plus an offset that only moves forward.
 * Tests move it with `POST /__sandbox/clock` so schedules run without waiting for the date.
 */
export class SandboxClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the sandbox clock only moves forward');
    this.offsetMs += ms;
  }
}
