import type { HistoryFilter } from '../../contract/history';

export interface SqlQuery {
  sql: string;
  params: Record<string, string | number>;
}

/** `<createdAt>:<merchantUid>` of the last row of a page. */
export const cursorOf = (createdAt: number, merchantUid: string): string => `${createdAt}:${merchantUid}`;

function parseCursor(cursor: string): { at: number; uid: string } {
  const i = cursor.indexOf(':');
  return { at: Number(cursor.slice(0, i)), uid: cursor.slice(i + 1) };
}

/**
 * The history search as one SQL statement: newest first, keyset-paged on (created_at,
 * merchant_uid) so page 1000 costs what page 1 does. Each filter is written so an index of
 * migration 4 serves it (status, kind, last 4, cashier, buyer prefix, amount, date range).
 */
export function historyQuery(filter: HistoryFilter, cursor: string | undefined, limit: number): SqlQuery {
  const where: string[] = [];
  const params: SqlQuery['params'] = { limit };
  const add = (clause: string, values: SqlQuery['params']) => {
    where.push(clause);
    Object.assign(params, values);
  };
  if (filter.from !== undefined) add('created_at >= @from', { from: filter.from });
  if (filter.to !== undefined) add('created_at < @to', { to: filter.to });
  if (filter.status !== undefined) add('status = @status', { status: filter.status });
  if (filter.kind !== undefined) add('kind = @kind', { kind: filter.kind });
  if (filter.amountMin !== undefined) add('amount >= @amountMin', { amountMin: filter.amountMin });
  if (filter.amountMax !== undefined) add('amount <= @amountMax', { amountMax: filter.amountMax });
  if (filter.last4 !== undefined) add('substr(card_number_masked, -4) = @last4', { last4: filter.last4 });
  if (filter.id !== undefined) add('(merchant_uid = @id OR imp_uid = @id)', { id: filter.id });
  // A prefix as a range, so the b-tree on buyer_name serves it (LIKE would not, being case-insensitive).
  if (filter.customer !== undefined) add('buyer_name >= @customer AND buyer_name < @customerEnd', { customer: filter.customer, customerEnd: `${filter.customer}\uffff` });
  if (filter.cashier !== undefined) add('cashier = @cashier', { cashier: filter.cashier });
  if (cursor !== undefined) {
    const { at, uid } = parseCursor(cursor);
    add('(created_at < @cursorAt OR (created_at = @cursorAt AND merchant_uid < @cursorUid))', { cursorAt: at, cursorUid: uid });
  }
  const sql = [
    'SELECT merchant_uid, created_at FROM payments',
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    'ORDER BY created_at DESC, merchant_uid DESC LIMIT @limit',
  ]
    .filter(Boolean)
    .join(' ');
  return { sql, params };
}
