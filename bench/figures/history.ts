/**
 * History search at 1M stored payments for three common filters (today's payments, refunds of
 * the last 30 days, a card's last 4 digits), first page of 50 and the page after it, against the
 * unfiltered "recent 50" list in the same ledger.
 */
import { HistorySearch } from '../../main/history/history-search';
import type { HistoryFilter } from '../../contract/history';
import { Ledger } from '../../main/ledger/ledger';
import { benchDir } from '../lib/temp';
import { measure } from '../lib/measure';
import { row, type Figure, type Row } from '../lib/types';
import { fillLedger, intent } from './ledger-scale';

const SIZE = 1_000_000;
const PAGE = 50;
const RUNS = { iterations: 300, warmupIterations: 20 };
const START = 1_700_000_000_000;
/** One payment every 30 s: 1M payments span about 347 days. */
const STEP_MS = 30_000;
const DAY_MS = 86_400_000;
const KINDS = ['keyed', 'keyed', 'keyed', 'keyed', 'keyed', 'keyed', 'keyed', 'billing', 'billing', 'window'] as const;
const CASHIERS = ['kim', 'lee', 'park', 'choi', 'jung'];
const BUYERS = ['김민준', '이서연', '박지호', '최하은', '정도윤', '강수아', '조예준', '윤지우'];

const last4 = (i: number): string => String((i * 7919) % 10_000).padStart(4, '0');

export const figure: Figure = async () => {
  const dir = benchDir();
  const ledger = new Ledger({ dataDir: dir.path });
  try {
    const fillMs = fillLedger(ledger, SIZE, (i) => ({
      ...intent(i, 'fill'),
      at: START + i * STEP_MS,
      requestSentAt: START + i * STEP_MS,
      kind: KINDS[i % KINDS.length] ?? 'keyed',
      cashier: CASHIERS[i % CASHIERS.length] ?? 'kim',
      buyerName: BUYERS[(i * 31) % BUYERS.length] ?? '김민준',
      cardNumberMasked: `5365-10**-****-${last4(i)}`,
    }));
    // Outcomes as a shop sees them: mostly approved, some declined, a few refunded.
    ledger.database.exec(`UPDATE payments SET status = CASE
      WHEN rowid % 100 < 90 THEN 'paid' WHEN rowid % 100 < 95 THEN 'failed'
      WHEN rowid % 100 < 98 THEN 'partially_cancelled' ELSE 'cancelled' END`);
    const end = START + SIZE * STEP_MS;
    const search = new HistorySearch(ledger);
    const filters: [string, () => HistoryFilter][] = [
      ['today', () => ({ from: end - DAY_MS, to: end })],
      ['refunded, last 30 days', () => ({ status: 'cancelled', from: end - 30 * DAY_MS, to: end })],
      ['card last 4', () => ({ last4: last4(Math.floor(Math.random() * SIZE)) })],
    ];
    const base = await measure('recent 50', () => ledger.recent(PAGE), RUNS);
    const rows: Row[] = [row({ figure: 'history bulk fill 1M (varied)', value: fillMs / 1000, unit: 's', note: 'one transaction, with the history indexes' })];
    for (const [name, filter] of filters) {
      const first = await measure(name, () => search.search({ filter: filter(), limit: PAGE }), RUNS);
      const cursor = search.search({ filter: filter(), limit: PAGE }).nextCursor ?? undefined;
      const next = await measure(`${name} p2`, () => search.search({ filter: filter(), limit: PAGE, ...(cursor ? { cursor } : {}) }), RUNS);
      rows.push(
        row({ figure: `history "${name}" @ 1M, page 1`, value: first.p95, unit: 'ms', baseline: base.p95, p50: first.p50, p95: first.p95, note: 'p95; baseline: unfiltered recent 50' }),
        row({ figure: `history "${name}" @ 1M, page 2`, value: next.p95, unit: 'ms', baseline: base.p95, p50: next.p50, p95: next.p95, note: 'keyset cursor' }),
      );
    }
    return rows;
  } finally {
    ledger.close();
    dir.cleanup();
  }
};
