import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../main/portone/outcomes';
import type { TokenAnswer } from '../../main/portone/schemas';
import { TokenCache } from '../../main/portone/token-cache';

/** A getToken whose answers the test releases by hand. */
function manualFetch() {
  const pending: ((answer: CallResult<TokenAnswer>) => void)[] = [];
  let issued = 0;
  return {
    pending,
    fetch: () => new Promise<CallResult<TokenAnswer>>((resolve) => pending.push(resolve)),
    /** A token valid for `lifetimeS` on a server whose clock reads `serverNow`. */
    answer(lifetimeS: number, serverNow = 5_000_000_000) {
      issued += 1;
      pending.shift()?.({ kind: 'ok', value: { access_token: `token-${issued}`, now: serverNow, expired_at: serverNow + lifetimeS } });
    },
  };
}

describe('TokenCache', () => {
  it('shares one in-flight getToken between concurrent callers', async () => {
    const f = manualFetch();
    const cache = new TokenCache(f.fetch, () => 0);
    const callers = Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(f.pending).toHaveLength(1);
    f.answer(1800);
    expect((await callers).map((t) => t.kind === 'ok' && t.value)).toEqual(['token-1', 'token-1', 'token-1']);
    expect(cache.fetches).toBe(1);
  });

  it('uses the server-relative lifetime, whatever the two clocks say', async () => {
    let now = 1_000; // our clock: far from the server's (5e9 s)
    const f = manualFetch();
    const cache = new TokenCache(f.fetch, () => now);
    const first = cache.get();
    f.answer(1800);
    await first;
    now += (1800 - 61) * 1000;
    expect(await cache.get()).toEqual({ kind: 'ok', value: 'token-1' });
    now += 2_000; // 59 s left: refresh
    const second = cache.get();
    f.answer(1800);
    expect(await second).toEqual({ kind: 'ok', value: 'token-2' });
  });

  it('invalidating a stale token after a refresh does not trigger another one', async () => {
    const f = manualFetch();
    const cache = new TokenCache(f.fetch, () => 0);
    const first = cache.get();
    f.answer(1800);
    await first;
    cache.invalidate('token-1');
    const second = cache.get();
    f.answer(1800);
    await second;
    cache.invalidate('token-1'); // a late 401 for the old token
    expect(await cache.get()).toEqual({ kind: 'ok', value: 'token-2' });
    expect(cache.fetches).toBe(2);
  });

  it('does not cache a failure', async () => {
    const answers: CallResult<TokenAnswer>[] = [
      { kind: 'unreachable', cause: 'refused', maybeDelivered: false, detail: 'ECONNREFUSED' },
      { kind: 'ok', value: { access_token: 'late', now: 0, expired_at: 1800 } },
    ];
    const cache = new TokenCache(() => Promise.resolve(answers.shift() ?? { kind: 'unauthorized', message: null }), () => 0);
    expect((await cache.get()).kind).toBe('unreachable');
    expect(await cache.get()).toEqual({ kind: 'ok', value: 'late' });
  });
});
