import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFaults, setFaults } from '../../sandbox/control';
import { startSandbox, type SandboxHandle } from '../../sandbox/server';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { fillCharge, launchBrowser, openTill, sandboxPayments, spawnHost, text, validCard, type HostProcess } from './harness';

/** Polls `probe` until it returns a value; the limit only bounds a broken run, no timing is asserted. */
async function eventually<T>(probe: () => Promise<T | null>, what: string, limitMs = 30_000): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('restart with an unresolved payment intent (host process killed mid-charge)', () => {
  let browser: Browser;
  let sandbox: SandboxHandle;
  let dataDir: string;
  const hosts: HostProcess[] = [];

  beforeAll(async () => {
    [browser, sandbox] = await Promise.all([launchBrowser(), startSandbox({ port: 0 })]);
    dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-recovery-'));
  });
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.kill()));
    await browser?.close();
    await sandbox?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resolves the intent on start by merchant_uid: paid, and still exactly one payment at PortOne', async () => {
    const first = await spawnHost({ dataDir, portoneApiUrl: sandbox.url });
    hosts.push(first);
    const before = (await sandboxPayments(sandbox.url)).length;
    // The card company takes its time: the charge is on the wire when the till dies.
    await setFaults(sandbox.url, { path: '/subscribe/payments/onetime', latencyMs: 1500, count: 1 });

    const page = await openTill(browser, first.url);
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { orderName: '정전 주문' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '카드사에 승인 요청 중' }).waitFor();
    // While it waits, the spinner names the sale's merchant_uid (from the intent main wrote first).
    const sending = page.getByRole('status').filter({ hasText: /주문번호 pos-/ });
    await sending.waitFor();
    const shownUid = /주문번호 (\S+)/.exec((await sending.textContent()) ?? '')?.[1];
    // The fault is consumed when the request reaches the sandbox: the intent is written and the charge sent.
    await eventually(async () => ((await listFaults(sandbox.url)).length === 0 ? true : null), 'the charge to reach the sandbox');
    await first.kill();
    await page.close();

    // The sandbox completes the charge although nobody is listening any more.
    const charged = await eventually(async () => {
      const now = await sandboxPayments(sandbox.url);
      return now.length === before + 1 ? now : null;
    }, 'the sandbox to commit the charge');
    const merchantUid = charged.find((p) => p.status === 'paid')?.merchant_uid;
    expect(merchantUid).toBeDefined();
    expect(shownUid).toBe(merchantUid);

    const second = await spawnHost({ dataDir, portoneApiUrl: sandbox.url });
    hosts.push(second);
    const till = await openTill(browser, second.url);
    await till.keyboard.press('F8');
    const row = till.getByRole('row').filter({ hasText: '정전 주문' });
    await eventually(async () => {
      await till.getByRole('button', { name: text('ko', 'payments.reload') }).click();
      const shown = (await row.count()) === 1 ? await row.textContent() : null;
      return shown?.includes(text('ko', 'status.paid')) ? shown : null;
    }, 'the recovered payment to show as paid');

    await row.getByRole('button', { name: '정전 주문' }).click();
    const detail = till.locator('.detail');
    await till.getByRole('list', { name: text('ko', 'payments.events') }).getByRole('listitem').first().waitFor();
    expect(await detail.textContent()).toContain(merchantUid);

    const after = await sandboxPayments(sandbox.url);
    expect(after.length).toBe(before + 1);
    expect(after.filter((p) => p.merchant_uid === merchantUid)).toHaveLength(1);
  });
});
