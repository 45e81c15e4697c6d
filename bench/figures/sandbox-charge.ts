/**
 * The sandbox's own cost per keyed charge (sandbox/bench.ts measureSandboxCharges), so the other
 * figures can show it is never their bottleneck: the server's work in-process against the full
 * loopback round trip it sits in.
 */
import { measureSandboxCharges } from '../../sandbox/bench';
import { row, type Figure } from '../lib/types';

const CHARGES = 1_000;

export const figure: Figure = async () => {
  const r = await measureSandboxCharges({ charges: CHARGES, journal: true });
  const ms = (us: number): number => us / 1000;
  const note = `${r.charges} charges after 200 warm-up, journal on; p99 ${ms(r.serverUs.p99).toFixed(3)} / ${ms(r.roundTripUs.p99).toFixed(3)} ms`;
  return [
    row({
      figure: 'sandbox: server work per onetime charge',
      value: ms(r.serverUs.p50),
      unit: 'ms',
      baseline: ms(r.roundTripUs.p50),
      p50: ms(r.serverUs.p50),
      p95: ms(r.serverUs.p95),
      note: `baseline: the HTTP round trip it sits in (ratio = its share); ${note}`,
    }),
    row({
      figure: 'sandbox: HTTP round trip per onetime charge',
      value: ms(r.roundTripUs.p50),
      unit: 'ms',
      p50: ms(r.roundTripUs.p50),
      p95: ms(r.roundTripUs.p95),
      note: 'fetch, keep-alive, loopback; the floor under every charge figure',
    }),
  ];
};
