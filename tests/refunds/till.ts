/**
 * Shared steps for the refunds / history / receipts browser tests: a sale made at the till as a
 * cashier makes it, the payment opened from the history, and PortOne (the sandbox) asked directly.
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { paymentsMessages, type PaymentsKey } from '../../renderer/src/history/messages';
import { receiptsMessages, type ReceiptsKey } from '../../renderer/src/receipts/messages';
import { sandboxToken } from '../core/support/sandbox';
import { fillCharge, text, validCard, type CardEntry, type TextKey } from '../e2e/harness';

export const ko = (key: TextKey): string => text('ko', key);
export const pm = (key: PaymentsKey, params: Record<string, string> = {}): string =>
  paymentsMessages.ko[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
export const rm = (key: ReceiptsKey): string => receiptsMessages.ko[key];

/** Keys a sale in and waits for the approval; returns its merchant_uid as the result shows it. */
export async function chargeAtTill(page: Page, card: string, over: Partial<CardEntry>): Promise<string> {
  await page.keyboard.press('F3');
  await fillCharge(page, 'ko', validCard(card, over));
  await page.getByLabel(ko('charge.pwd2'), { exact: true }).press('Enter');
  await page.getByRole('heading', { name: ko('result.approved'), exact: true }).or(page.getByRole('heading', { name: ko('result.declined'), exact: true })).waitFor();
  const row = page.locator('.summary__row').filter({ has: page.locator('dt').getByText(ko('result.merchantUid'), { exact: true }) });
  const uid = (await row.locator('dd').textContent()) ?? '';
  // Back to an empty form for the next sale.
  await page.getByRole('button', { name: ko('result.newSale') }).click();
  return uid;
}

/** F8 → the payment's row → its detail. */
export async function openPayment(page: Page, orderName: string): Promise<void> {
  await page.keyboard.press('F8');
  await page.getByRole('heading', { name: ko('payments.title') }).waitFor();
  await page.getByRole('row').filter({ hasText: orderName }).getByRole('button', { name: orderName }).click();
  await page.getByRole('heading', { name: ko('payments.detail') }).waitFor();
}

/** The value next to a label in a definition list inside `scope`. */
export async function shownValue(page: Page, scope: string, label: string): Promise<string> {
  const row = page.locator(`${scope} .summary__row`).filter({ has: page.locator('dt').getByText(label, { exact: true }) });
  return (await row.locator('dd').textContent()) ?? '';
}

// ---- PortOne itself (the sandbox), asked with plain fetch -----------------------------------

const Envelope = z.object({ code: z.number(), message: z.string().nullable().optional(), response: z.unknown() });
const Payment = z.object({
  imp_uid: z.string(),
  amount: z.number(),
  cancel_amount: z.number(),
  status: z.string(),
  cancel_history: z.array(z.object({ amount: z.number(), reason: z.string() })),
});

export async function portOnePayment(sandboxUrl: string, merchantUid: string): Promise<z.infer<typeof Payment>> {
  const res = await fetch(`${sandboxUrl}/payments/find/${merchantUid}`, { headers: { authorization: await sandboxToken(sandboxUrl) } });
  return Payment.parse(Envelope.parse(await res.json()).response);
}

/** A refund made outside the POS (e.g. at the PortOne console): the POS does not know of it. */
export async function cancelBehindTheApp(sandboxUrl: string, merchantUid: string, amount: number): Promise<void> {
  const res = await fetch(`${sandboxUrl}/payments/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: await sandboxToken(sandboxUrl) },
    body: JSON.stringify({ merchant_uid: merchantUid, amount, reason: '콘솔에서 환불' }),
  });
  const body = Envelope.parse(await res.json());
  if (body.code !== 0) throw new Error(`direct cancel refused: ${body.message ?? ''}`);
}
