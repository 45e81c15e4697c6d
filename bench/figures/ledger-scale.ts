/**
 * Ledger insert (a synced intent) and lookup (by merchant_uid, by attemptId, recent list) with
 * 100k and 1M payments already stored, against the same operations on an empty ledger.
 */
import type { Intent } from '../../main/ledger/ledger';
import { Ledger } from '../../main/ledger/ledger';
import { benchDir } from '../lib/temp';
import { measure, type Latency } from '../lib/measure';
import { row, type Figure, type Row } from '../lib/types';

const SIZES = [100_000, 1_000_000];
const RUNS = { iterations: 300, warmupIterations: 20 };

/** Zero-padded so the keys arrive in order, as dated `pos-<yyyymmdd>-…` ids roughly do. */
const uid = (prefix: string, i: number): string => `${prefix}-${String(i).padStart(8, '0')}`;

/** One stored payment of the bulk fill (also the base of other figures' fills). */
export function intent(i: number, prefix: string): Intent {
  const at = 1_700_000_000_000 + i * 1_000;
  return {
    merchantUid: uid(prefix, i),
    attemptId: uid(`${prefix}-attempt`, i),
    kind: 'keyed',
    amount: 1_000 + (i % 500) * 100,
    taxFree: 0,
    orderName: 'Bench order',
    buyerName: 'Bench',
    cardQuota: 0,
    cardNumberMasked: '5365-10**-****-0006',
    cashier: 'bench',
    sandbox: true,
    apiEnv: 'bench',
    at,
    requestSentAt: at,
  };
}

/** Bulk-fills `size` payments in one transaction (one sync); `make` varies them. Returns the ms it took. */
export function fillLedger(ledger: Ledger, size: number, make: (i: number) => Intent = (i) => intent(i, 'fill')): number {
  const started = performance.now();
  ledger.batch(() => {
    for (let i = 0; i < size; i++) ledger.insertIntent(make(i));
  });
  return performance.now() - started;
}

interface Ops {
  insert: Latency;
  get: Latency;
  byAttempt: Latency;
  recent: Latency;
}

async function operations(ledger: Ledger, stored: number): Promise<Ops> {
  let n = 0;
  const probe = (): number => (stored === 0 ? 0 : Math.floor(Math.random() * stored));
  const insert = await measure('insert', () => ledger.insertIntent(intent(n++, 'new')), RUNS);
  const prefix = stored === 0 ? 'new' : 'fill';
  const size = stored === 0 ? n : stored;
  const pick = () => (stored === 0 ? Math.floor(Math.random() * size) : probe());
  const get = await measure('get', () => ledger.get(uid(prefix, pick())), RUNS);
  const byAttempt = await measure('byAttempt', () => ledger.findByAttempt(uid(`${prefix}-attempt`, pick())), RUNS);
  const recent = await measure('recent', () => ledger.recent(50), RUNS);
  return { insert, get, byAttempt, recent };
}

export const figure: Figure = async () => {
  const rows: Row[] = [];
  const emptyDir = benchDir();
  const empty = new Ledger({ dataDir: emptyDir.path });
  const base = await operations(empty, 0);
  empty.close();
  emptyDir.cleanup();

  for (const size of SIZES) {
    const dir = benchDir();
    const ledger = new Ledger({ dataDir: dir.path });
    try {
      const fillMs = fillLedger(ledger, size);
      const ops = await operations(ledger, size);
      const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1_000}k`;
      const line = (name: string, op: keyof Ops, note: string) =>
        row({ figure: `ledger ${name} @ ${label}`, value: ops[op].p50, unit: 'ms', baseline: base[op].p50, p50: ops[op].p50, p95: ops[op].p95, note });
      rows.push(
        row({ figure: `ledger bulk fill ${label}`, value: fillMs / 1000, unit: 's', note: `${Math.round(size / (fillMs / 1000)).toLocaleString('en')} payments/s, one transaction` }),
        line('insert intent (synced)', 'insert', 'baseline: empty ledger'),
        line('get by merchant_uid', 'get', 'random stored payment'),
        line('find by attemptId', 'byAttempt', 'the dedupe check'),
        line('recent 50', 'recent', 'the list screen'),
      );
    } finally {
      ledger.close();
      dir.cleanup();
    }
  }
  return rows;
};
