import type { CallResult } from './outcomes';
import type { TokenAnswer } from './schemas';

export type TokenResult = { kind: 'ok'; value: string } | Exclude<CallResult<string>, { kind: 'ok' }>;

/** Refresh this long before the token expires (portone-v1.md §1.2: a token asked for in its last minute is extended). */
const TOKEN_REFRESH_MARGIN_MS = 60_000;

/**
 * One access token for the whole process. Expiry is judged on PortOne's clock: the token is good
 * for `expired_at − now` seconds from when we received it, whatever our own clock says.
 * Concurrent callers share one in-flight getToken.
 */
export class TokenCache {
  private current: { token: string; refreshAtMs: number } | null = null;
  private inflight: Promise<TokenResult> | null = null;
  private fetchCount = 0;

  constructor(
    private readonly fetchToken: () => Promise<CallResult<TokenAnswer>>,
    private readonly now: () => number,
  ) {}

  /** How many times getToken was actually called (for tests and the bench). */
  get fetches(): number {
    return this.fetchCount;
  }

  get(): Promise<TokenResult> {
    if (this.current && this.now() < this.current.refreshAtMs) {
      return Promise.resolve({ kind: 'ok', value: this.current.token });
    }
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /**
   * Drop `token` after a 401. A no-op when the cache already moved on, so callers that all got a
   * 401 for the same stale token trigger a single refresh between them.
   */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  private async refresh(): Promise<TokenResult> {
    this.fetchCount += 1;
    const answer = await this.fetchToken();
    if (answer.kind !== 'ok') {
      this.current = null;
      return answer;
    }
    const lifetimeMs = (answer.value.expired_at - answer.value.now) * 1000;
    this.current = { token: answer.value.access_token, refreshAtMs: this.now() + lifetimeMs - TOKEN_REFRESH_MARGIN_MS };
    return { kind: 'ok', value: answer.value.access_token };
  }
}
