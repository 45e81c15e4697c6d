import { describe, expect, it } from 'vitest';
import { campaignPassed, runCampaign } from './campaign';

/** A small seeded campaign in every `npm test`; `npm run test:faults -- --ops 1000` is the full one. */
const OPS = 60;
const SEED = Number(process.env.FAULTS_SEED ?? 20261126);

describe('fault campaign', () => {
  it(`${OPS} operations under injected faults and core kills (seed ${SEED}): ledger and PortOne agree on every payment`, async () => {
    const report = await runCampaign({ ops: OPS, seed: SEED });
    const { findings } = report;
    expect(findings.doubleCharges).toEqual([]);
    expect(findings.lostPayments).toEqual([]);
    expect(findings.unresolved).toEqual([]);
    expect(findings.mismatches).toEqual([]);
    expect(report.cardData).toEqual([]);
    expect(report.errors.internal ?? 0).toBe(0);
    expect(campaignPassed(report)).toBe(true);
    // The run exercised what it claims: charges were made, and faults and kills really hit requests.
    expect(report.answers.paid ?? 0).toBeGreaterThan(0);
    expect(findings.checked).toBeGreaterThanOrEqual(report.operations.charge - (report.answers.killed ?? 0));
    expect(report.kills).toBeGreaterThan(0);
    expect(Object.values(report.faults).filter((f) => f.hit > 0).length).toBeGreaterThanOrEqual(4);
    // Window sales and wall-clock steps are part of the small run too.
    expect(report.operations.window).toBeGreaterThan(0);
    expect(report.faults.clockJump.hit).toBeGreaterThan(0);
    // So are sales through the sales contract: cash with its 현금영수증, and split cash + card.
    expect(report.sales.split).toBeGreaterThan(0);
    expect(report.sales.receiptsIssued).toBeGreaterThan(0);
  }, 180_000);
});
