import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { customerMessages } from '../../renderer/src/customers/messages';
import { scheduleMessages } from '../../renderer/src/schedules/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { sandboxToken } from '../core/support/sandbox';
import { fillCharge, openTill, startTill, text, validCard, type Till, type TextKey } from './harness';

const ko = (key: TextKey) => text('ko', key);
const cm = (key: keyof (typeof customerMessages)['ko']) => customerMessages.ko[key];
const sm = (key: keyof (typeof scheduleMessages)['ko']) => scheduleMessages.ko[key];

/** `YYYY-MM-DD` in Korean time, `days` from now. */
const kstDay = (days: number) => new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('scheduled charges (Chromium, browser host, sandbox)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko', core: { sleep: () => Promise.resolve(), settleGraceMs: 0, portoneTimeouts: { chargeMs: 2_000 } } });
  });
  afterAll(() => till?.close());
  beforeEach(async () => {
    page = await openTill(till.browser, till.host.url);
  });
  afterEach(() => page.close());

  const remoteStatus = async (merchantUid: string) => {
    const res = await fetch(`${till.sandbox.url}/subscribe/payments/schedule/${merchantUid}`, { headers: { authorization: await sandboxToken(till.sandbox.url) } });
    return z.object({ response: z.object({ schedule_status: z.string() }) }).parse(await res.json()).response.schedule_status;
  };

  it('schedule three monthly charges from the customer screen, see them listed, cancel one', async () => {
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve, { buyerName: '박꽃집', buyerTel: '010-7000-1000' }));
    await page.getByRole('checkbox', { name: cm('save.consent') }).check();
    await page.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();

    await page.getByRole('button', { name: new RegExp(`F7.*${cm('nav')}`) }).click();
    await page.getByLabel(cm('search'), { exact: true }).fill('박꽃집');
    await page.getByRole('button', { name: '박꽃집', exact: true }).click();
    await page.getByRole('heading', { name: `${cm('detail')}: 박꽃집` }).waitFor();

    await page.getByRole('button', { name: sm('open') }).click();
    const form = page.getByRole('form', { name: sm('form') });
    await form.getByLabel(sm('start'), { exact: true }).fill(kstDay(2));
    await form.getByLabel(sm('time'), { exact: true }).fill('10:00');
    await form.getByLabel(sm('dayOfMonth'), { exact: true }).fill('31');
    await form.getByLabel(sm('times'), { exact: true }).fill('3');
    await form.getByLabel(sm('amount'), { exact: true }).fill('30000');
    await form.getByLabel(sm('orderName'), { exact: true }).fill('월 꽃배달');
    const preview = page.getByRole('region', { name: sm('preview') });
    await preview.getByRole('listitem').nth(2).waitFor();
    expect(await preview.getByRole('listitem').count()).toBe(3);
    // Day 31 falls on the last day of every shorter month, and the preview says so.
    expect(await preview.textContent()).toMatch(/-3[01] 10:00/);

    await form.getByRole('button', { name: sm('submit') }).click();
    const list = page.getByRole('table', { name: sm('list') });
    await page.getByRole('status').filter({ hasText: sm('scheduled').replace('{count}', '3') }).waitFor();
    const rows = list.getByRole('row').filter({ hasText: '월 꽃배달' });
    // Read at once on purpose: the message is shown only with the list it speaks of.
    expect(await rows.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await rows.nth(i).textContent()).toContain(sm('state.scheduled'));
    expect(await rows.nth(0).textContent()).toContain('30,000');

    await rows.nth(0).getByRole('button', { name: sm('cancel') }).click();
    await page.getByRole('dialog').getByRole('button', { name: sm('cancel.confirmButton') }).click();
    await rows.nth(0).filter({ hasText: sm('state.revoked') }).waitFor();
    expect(await rows.nth(1).textContent()).toContain(sm('state.scheduled'));

    const uids = await page.evaluate(async () => {
      const w = globalThis as unknown as { pos: { searchCustomers(r: unknown): Promise<{ ok: boolean; data: { customerUid: string }[] }>; customerSchedules(r: unknown): Promise<{ ok: boolean; data: { merchantUid: string; state: string }[] }> } };
      const found = await w.pos.searchCustomers({ query: '박꽃집', limit: 1 });
      const listed = await w.pos.customerSchedules({ customerUid: found.data[0]?.customerUid });
      return listed.data;
    });
    expect(uids.map((s) => s.state)).toEqual(['revoked', 'scheduled', 'scheduled']);
    expect(await remoteStatus(uids[0]?.merchantUid ?? '')).toBe('revoked');
    expect(await remoteStatus(uids[1]?.merchantUid ?? '')).toBe('scheduled');
  });
});
