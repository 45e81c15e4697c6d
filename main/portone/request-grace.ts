/**
 * "Has this request surely ended at PortOne?" A 404 proves nothing while PortOne may still be
 * working on a request; it does once a grace has passed since the request ended on our side (its
 * answer, timeout or failure came back — so after it left, token fetch and 401 resend included).
 *
 * The grace runs on a monotonic clock, never the wall clock: an NTP step or a cashier fixing the
 * date can move the wall clock by hours in either direction. It is kept in memory on purpose:
 * after a restart nothing says how long ago a request ended, so its grace starts again at the
 * first question.
 */
export class RequestGrace {
  private readonly endedAt = new Map<string, number>();

  constructor(
    private readonly graceMs: number,
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  /** The request for `key` is over on our side; a later call (a late return) moves the grace on. */
  ended(key: string): void {
    this.endedAt.set(key, this.monotonic());
  }

  /** True once the grace has passed since `key` ended; an end not seen (a restart) counts from now. */
  surelyEnded(key: string): boolean {
    let ended = this.endedAt.get(key);
    if (ended === undefined) this.endedAt.set(key, (ended = this.monotonic()));
    return this.monotonic() >= ended + this.graceMs;
  }

  /** The request settled: nothing more to wait for. */
  forget(key: string): void {
    this.endedAt.delete(key);
  }
}
