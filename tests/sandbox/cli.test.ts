import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../sandbox/server';

/** `npm run sandbox -- --port N` = `tsx sandbox/cli.ts --port N`; started here without npm's wrapper so signals reach it. */
async function runCli(signal: NodeJS.Signals) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const deadline = Date.now() + 20_000;
  while (!/JS SDK/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  return { child, out, url, exited, signal };
}

describe('standalone CLI', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`prints base URL and credentials, serves on 127.0.0.1, stops cleanly on ${signal}`, async () => {
      const { child, out, url, exited } = await runCli(signal);
      try {
        expect(url).toBeDefined();
        for (const v of Object.values(SANDBOX_CREDENTIALS)) expect(out).toContain(v);
        const r = await fetch(`${url}/users/getToken`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ imp_key: SANDBOX_CREDENTIALS.impKey, imp_secret: SANDBOX_CREDENTIALS.impSecret }),
        });
        expect(r.status).toBe(200);
        const sdk = await fetch(`${url}/v1/iamport.js`);
        expect(sdk.headers.get('content-type')).toMatch(/javascript/);
        expect(await sdk.text()).toContain('request_pay');
      } finally {
        child.kill(signal);
      }
      expect(await exited).toBe(0);
      await expect(fetch(`${url}/users/getToken`, { method: 'POST' })).rejects.toThrow();
    });
  }

  it('`npm run sandbox -- --port N` (as documented): Ctrl-C to the process group stops it cleanly', async () => {
    // detached = its own process group, like a terminal's foreground job; Ctrl-C signals the whole group.
    const child = spawn('npm', ['run', '--silent', 'sandbox', '--', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const deadline = Date.now() + 20_000;
    while (!/JS SDK/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    expect(url).toBeDefined();
    expect((await fetch(`${url}/payments/status/all`)).status).toBe(401);
    process.kill(-(child.pid ?? 0), 'SIGINT');
    await exited;
    await expect.poll(() => out, { timeout: 5_000 }).toContain('SIGINT: stopping sandbox');
    const state = () => fetch(`${url}/users/getToken`, { method: 'POST' }).then(() => 'open', () => 'closed');
    await expect.poll(state, { timeout: 5_000 }).toBe('closed');
  });
});
