import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expire, IDLE, step, type WedgeKey, type WedgeState } from '../../renderer/src/sale/wedge';

/** Feeds keys in order, expiring the held run between keys the way the hook's timer would. */
function run(keys: WedgeKey[]) {
  let state: WedgeState = IDLE;
  const out = { typed: '', scans: [] as string[], passed: [] as string[] };
  for (const k of keys) {
    const expired = expire(state, k.at - 1e-9);
    out.typed += expired.replay;
    state = expired.state;
    const s = step(state, k);
    out.typed += s.replay;
    if (s.scan !== null) out.scans.push(s.scan);
    if (!s.swallow) out.passed.push(k.key);
    state = s.state;
  }
  out.typed += expire(state, Number.POSITIVE_INFINITY).replay;
  return out;
}

const typed = (text: string, start: number, gap: number): WedgeKey[] => [...text].map((key, i) => ({ key, at: start + i * gap, modified: false }));

describe('keyboard-wedge scan detection', () => {
  it('takes a fast run ending in Enter as one scan and lets none of it through', () => {
    const out = run([...typed('8801234567893', 0, 8), { key: 'Enter', at: 13 * 8, modified: false }]);
    expect(out).toEqual({ typed: '', scans: ['8801234567893'], passed: [] });
  });

  it('takes keys exactly 30 ms apart as a scan, 31 ms apart as typing', () => {
    expect(run([...typed('12345678', 0, 30), { key: 'Enter', at: 8 * 30, modified: false }]).scans).toEqual(['12345678']);
    const slow = run([...typed('12345678', 0, 31), { key: 'Enter', at: 8 * 31, modified: false }]);
    expect(slow.scans).toEqual([]);
    expect(slow.typed).toBe('12345678');
    expect(slow.passed).toEqual(['Enter']);
  });

  it('gives back a short fast run followed by Enter as typing (a person pressing 1-2-Enter)', () => {
    const out = run([...typed('12', 0, 5), { key: 'Enter', at: 10, modified: false }]);
    expect(out).toEqual({ typed: '12', scans: [], passed: ['Enter'] });
  });

  it('splits a scan that follows typing: the typed part is given back, the scan is whole', () => {
    const out = run([...typed('ab', 0, 200), ...typed('4006381333931', 1000, 5), { key: 'Enter', at: 1000 + 13 * 5, modified: false }]);
    expect(out.typed).toBe('ab');
    expect(out.scans).toEqual(['4006381333931']);
  });

  it('never holds shortcuts, F-keys or Korean letters, and releases what was held before them', () => {
    const out = run([
      { key: '1', at: 0, modified: false },
      { key: 'F2', at: 5, modified: false },
      { key: 'c', at: 10, modified: true },
      { key: '가', at: 15, modified: false },
    ]);
    expect(out).toEqual({ typed: '1', scans: [], passed: ['F2', 'c', '가'] });
  });

  it('loses no key: everything typed comes out as replayed text, a scan or a key let through, in order', () => {
    const key = fc.record({
      key: fc.constantFrom('1', '2', 'A', 'z', '-', 'Enter', 'Shift', 'Backspace', 'F8', '가'),
      gap: fc.integer({ min: 0, max: 80 }),
      modified: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (raw) => {
        let at = 0;
        const keys = raw.map((k) => ({ key: k.key, modified: k.modified, at: (at += k.gap) }));
        let state: WedgeState = IDLE;
        const seen: string[] = [];
        for (const k of keys) {
          const expired = expire(state, k.at - 1e-9);
          seen.push(...expired.replay);
          const s = step(expired.state, k);
          seen.push(...s.replay);
          if (s.scan !== null) seen.push(...s.scan, 'Enter');
          else if (!s.swallow) seen.push(k.key);
          state = s.state;
        }
        seen.push(...expire(state, Number.POSITIVE_INFINITY).replay);
        // Shift changes the next letter and types nothing, so it may pass a held run; every other key keeps its place.
        const typing = (list: string[]) => list.filter((k) => k !== 'Shift');
        expect(typing(seen)).toEqual(typing(keys.map((k) => k.key)));
        expect(seen.length).toBe(keys.length);
      }),
    );
  });
});
