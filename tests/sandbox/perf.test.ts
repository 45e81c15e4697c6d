import { describe, expect, it } from 'vitest';
import { measureSandboxCharges } from '../../sandbox/bench';

// Speed is reported by `npm run bench`, never asserted here: this only proves the measurement
// itself works (every charge approved, figures ordered), so the bench cannot silently break.
describe('sandbox per-charge measurement', () => {
  it('charges every request and reports ordered percentiles', async () => {
    const r = await measureSandboxCharges({ charges: 100, journal: true });
    expect(r.charges).toBe(100);
    for (const s of [r.serverUs, r.roundTripUs]) {
      expect(s.p50).toBeGreaterThan(0);
      expect(s.p99).toBeGreaterThanOrEqual(s.p50);
    }
  });
});
