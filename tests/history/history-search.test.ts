import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryFilter } from '../../contract/history';
import { historyQuery } from '../../main/history/history-query';
import { HistorySearch } from '../../main/history/history-search';
import { Ledger } from '../../main/ledger/ledger';
import { intent } from '../core/support/intent';
import { tempDir } from '../core/support/temp-dir';

const T0 = 1_800_000_000_000;

describe('HistorySearch', () => {
  let dir: ReturnType<typeof tempDir>;
  let ledger: Ledger;
  let search: HistorySearch;

  beforeEach(() => {
    dir = tempDir();
    ledger = new Ledger({ dataDir: dir.path });
    search = new HistorySearch(ledger);
    ledger.batch(() => {
      for (let i = 0; i < 120; i++) {
        ledger.insertIntent(
          intent({
            merchantUid: `h-${String(i).padStart(3, '0')}`,
            // Pairs share a timestamp, so the cursor's tie-break on merchant_uid matters.
            at: T0 + Math.floor(i / 2) * 60_000,
            kind: i % 3 === 0 ? 'billing' : 'keyed',
            amount: 1000 * (i + 1),
            cashier: i % 2 === 0 ? 'kim' : 'lee',
            buyerName: i % 4 === 0 ? '박고객' : '최고객',
            cardNumberMasked: `5365-10**-****-${String(i % 10).repeat(4)}`,
          }),
        );
      }
    });
    ledger.mark('h-007', { status: 'failed', failReason: 'x', reasonCode: 'declined' }, T0, { type: 'outcome', note: { code: 'rejected', params: { rejection: 'declined' } } });
  });
  afterEach(() => {
    ledger.close();
    dir.cleanup();
  });

  const all = (filter: HistoryFilter): string[] => {
    const uids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = search.search({ filter, limit: 7, ...(cursor ? { cursor } : {}) });
      uids.push(...page.items.map((p) => p.merchantUid));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return uids;
  };

  it('pages newest first with a keyset cursor: every payment once, none skipped at equal timestamps', () => {
    const uids = all({});
    expect(uids).toHaveLength(120);
    expect(new Set(uids).size).toBe(120);
    expect(uids.slice(0, 3)).toEqual(['h-119', 'h-118', 'h-117']);
    expect(uids.at(-1)).toBe('h-000');
  });

  it('applies each filter, alone and combined', () => {
    expect(all({ status: 'failed' })).toEqual(['h-007']);
    expect(all({ kind: 'billing' })).toHaveLength(40);
    expect(all({ cashier: 'lee', kind: 'billing' }).every((u) => Number(u.slice(2)) % 6 === 3)).toBe(true);
    expect(all({ amountMin: 100_000, amountMax: 102_000 })).toEqual(['h-101', 'h-100', 'h-099']);
    expect(all({ last4: '3333' })).toHaveLength(12);
    expect(all({ id: 'h-042' })).toEqual(['h-042']);
    expect(all({ customer: '박' })).toHaveLength(30);
    expect(all({ from: T0 + 59 * 60_000, to: T0 + 60 * 60_000 })).toEqual(['h-119', 'h-118']);
    expect(all({ status: 'failed', cashier: 'kim' })).toEqual([]);
  });

  it('finds a payment by its imp_uid too', () => {
    ledger.settle(
      'h-010',
      { status: 'paid', impUid: 'imp_123456789012', cardName: null, cardNumberMasked: null, cardQuota: 0, applyNum: null, receiptUrl: null, failReason: null, reasonCode: null, cancelAmount: 0, sandbox: true, portoneStatus: 'paid', portoneAmount: 1000 },
      T0,
      { type: 'outcome', note: { code: 'paid', params: { impUid: 'imp_123456789012', amount: 1000 } } },
    );
    expect(all({ id: 'imp_123456789012' })).toEqual(['h-010']);
  });

  it('each common filter is served by an index, not a scan of the payments table', () => {
    const filters: HistoryFilter[] = [{}, { from: T0, to: T0 + 1 }, { status: 'cancelled', from: T0 }, { last4: '1234' }, { cashier: 'kim' }, { kind: 'window' }, { id: 'x' }, { customer: '박' }];
    for (const filter of filters) {
      const { sql, params } = historyQuery(filter, `${T0}:h-050`, 51);
      const plan = ledger.database
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(params)
        .map((r) => String((r as { detail: string }).detail))
        .join(' | ');
      expect(plan, JSON.stringify(filter)).not.toMatch(/\bSCAN\b/);
    }
  });
});
