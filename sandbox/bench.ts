import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onetime } from './charges';
import type { Ctx } from './context';
import { OnetimeBody } from './schemas';
import { SANDBOX_CREDENTIALS, startSandbox } from './server';
import { Store } from './store';

/**
 * The sandbox's own cost per keyed charge, so app benchmarks can show it is never their
 * bottleneck. `serverUs`: the onetime logic in-process (zod parse + outcome + journal line);
 * `roundTripUs`: a full HTTP `POST /subscribe/payments/onetime` on loopback with keep-alive,
 * client included. Run alone with `npx tsx sandbox/bench.ts`; `bench/run.ts` may import it.
 */
export interface SandboxBenchResult {
  charges: number;
  journal: boolean;
  serverUs: { mean: number; p50: number; p95: number; p99: number };
  roundTripUs: { mean: number; p50: number; p95: number; p99: number };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { mean: r(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)), p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)) };
};

const body = (i: number, run: string) => ({
  merchant_uid: `bench_${run}_${i}`,
  amount: 12_000,
  card_number: '5365-1000-0000-0006',
  expiry: '2099-12',
  birth: '800101',
  pwd_2digit: '12',
  name: 'bench',
});

export async function measureSandboxCharges(opts: { charges?: number; journal?: boolean } = {}): Promise<SandboxBenchResult> {
  const n = opts.charges ?? 2000;
  const journal = opts.journal ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-bench-'));
  const file = (name: string) => (journal ? join(dir, name) : null);
  try {
    // In-process: the work the server does per charge, without HTTP.
    const store = Store.open(file('direct.jsonl'));
    const ctx: Ctx = {
      store,
      nowMs: Date.now,
      credentials: SANDBOX_CREDENTIALS,
      apiMids: [SANDBOX_CREDENTIALS.keyedMid],
      windowMids: [SANDBOX_CREDENTIALS.windowMid],
      billingKeyOnlyIssuance: false,
      baseUrl: () => 'http://127.0.0.1:0',
    };
    const server: number[] = [];
    for (let i = 0; i < n + 200; i++) {
      const t0 = performance.now();
      const a = onetime(ctx, OnetimeBody.parse(body(i, 'direct')));
      const dt = performance.now() - t0;
      if (a.body.code !== 0) throw new Error('bench charge was not approved');
      if (i >= 200) server.push(dt * 1000);
    }
    store.close();

    // Over HTTP on loopback (keep-alive), token obtained once.
    const sb = await startSandbox({ dataFile: file('http.jsonl') });
    const round: number[] = [];
    try {
      const tok = (await (
        await fetch(`${sb.url}/users/getToken`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ imp_key: sb.credentials.impKey, imp_secret: sb.credentials.impSecret }),
        })
      ).json()) as { response: { access_token: string } };
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${tok.response.access_token}` };
      for (let i = 0; i < n + 200; i++) {
        const t0 = performance.now();
        const res = await fetch(`${sb.url}/subscribe/payments/onetime`, { method: 'POST', headers, body: JSON.stringify(body(i, 'http')) });
        const json = (await res.json()) as { code: number };
        const dt = performance.now() - t0;
        if (json.code !== 0) throw new Error('bench charge was not approved');
        if (i >= 200) round.push(dt * 1000);
      }
    } finally {
      await sb.close();
    }
    return { charges: n, journal, serverUs: stats(server), roundTripUs: stats(round) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureSandboxCharges({ charges: Number(process.argv[2] ?? 2000) });
  process.stdout.write(JSON.stringify(r, null, 2) + '\n');
}
