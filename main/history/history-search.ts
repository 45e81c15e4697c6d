import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { HistoryPage, HistoryQuery } from '../../contract/history';
import type { PaymentView } from '../../contract/schemas';
import type { Ledger } from '../ledger/ledger';
import { cursorOf, historyQuery } from './history-query';

const KeyRow = z.object({ merchant_uid: z.string(), created_at: z.number().int() });

/** Runs history searches on the ledger file; statements are prepared once per filter shape. */
export class HistorySearch {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly ledger: Ledger) {}

  search(query: HistoryQuery): HistoryPage {
    // One row more than asked tells whether another page exists.
    const { sql, params } = historyQuery(query.filter, query.cursor, query.limit + 1);
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.ledger.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    const keys = statement.all(params).map((row) => KeyRow.parse(row));
    const page = keys.slice(0, query.limit);
    const items = page.map((k) => this.ledger.get(k.merchant_uid)?.payment).filter((p): p is PaymentView => p !== undefined);
    const last = page[page.length - 1];
    return { items, nextCursor: keys.length > query.limit && last ? cursorOf(last.created_at, last.merchant_uid) : null };
  }
}
