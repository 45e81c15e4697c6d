import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../../main/ledger/ledger';
import { auditActionMessages, auditDetailLabels, auditMessages } from '../../renderer/src/audit/messages';
import { fieldLabels } from '../../renderer/src/kernel/messages';
import { staffMessages } from '../../renderer/src/staff/messages';
import { TEST_CARDS } from '../../sandbox/test-cards';
import { fillCharge, openTill, payButton, startTill, text, validCard, type Till, type TillWindow } from './harness';
import { OWNER_PIN } from '../support/pins';

const m = auditMessages.ko;
const ko = (key: Parameters<typeof text>[1]) => text('ko', key);

describe('audit log (Chromium, browser host)', () => {
  let till: Till;
  let page: Page;

  beforeAll(async () => {
    till = await startTill({ lang: 'ko' });
    page = await openTill(till.browser, till.host.url);
    page.setDefaultTimeout(15_000);
    const owner = await page.evaluate((pin) => (globalThis as unknown as TillWindow).pos.createCashier({ name: '사장', role: 'owner', pin }), OWNER_PIN);
    expect(owner.ok).toBe(true);
    // Made behind the screen's back: a reload shows the signed-in owner.
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await fillCharge(page, 'ko', validCard(TEST_CARDS.approve));
    await payButton(page, 'ko').click();
    await page.getByRole('heading', { name: ko('result.approved'), exact: true }).waitFor();
    await page.keyboard.press('F10');
    await page.getByLabel(ko('settings.storeName'), { exact: true }).fill('감사 상점');
    await page.getByRole('button', { name: ko('settings.save') }).click();
    await page.getByRole('status').filter({ hasText: ko('settings.saved') }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: staffMessages.ko.nav }).click();
  });

  afterAll(() => till?.close());

  it('the owner sees who did what, newest first, and the chain verifies', async () => {
    await page.getByRole('button', { name: m.show }).click();
    const table = page.getByRole('table', { name: m.title });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    const words = auditActionMessages.ko;
    // Newest first: the settings saved, then the payment; actions and details in words, not codes or JSON.
    expect(rows[1]).toContain(words.settings_changed);
    expect(rows[1]).toContain(`${auditDetailLabels.ko.changed}: ${fieldLabels.ko.storeName}`);
    expect(rows[2]).toContain(words.charge);
    expect(rows[2]).toContain(`${fieldLabels.ko.amount}: ₩12,000`);
    expect(rows.join('\n')).toContain(words.cashier_changed);
    expect(rows.join('\n')).not.toMatch(/cashier_changed|settings_changed|\{"/);
    expect(rows.join('\n')).not.toContain(TEST_CARDS.approve.replace(/-/g, '').slice(6, 12));
    await page.getByRole('button', { name: m.verify }).click();
    await page.getByRole('status').filter({ hasText: '무결성 확인 완료' }).waitFor();
  });

  it('exports CSV with quoted JSON details', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.export }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-\d{14}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,time_utc,time_local,actor_id,actor_name,actor_role,action,target,detail,prev_hash,hash');
    const charge = lines.find((l) => l.includes(',charge,'));
    // Keyed entries (issue 13) carry the HMAC with its "h1:" mark.
    expect(charge).toMatch(/,"\{""amount"":12000,""kind"":""keyed"",""outcome"":""paid""\}",(?:h1:)?[0-9a-f]{64},h1:[0-9a-f]{64}$/);
  });

  it('an entry edited in the file behind the app (trigger dropped) is found at that entry', async () => {
    const db = new Database(join(till.dataDir, LEDGER_FILE));
    try {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET actor_name = '누군가' WHERE seq = 2").run();
    } finally {
      db.close();
    }
    await page.getByRole('button', { name: m.verify }).click();
    const alert = page.getByRole('alert').filter({ hasText: '변조 발견' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(m.broken.replace('{seq}', '2').replace(' ({reason}).', ''));
  });
});
