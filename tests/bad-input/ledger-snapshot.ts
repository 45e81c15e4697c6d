import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LEDGER_FILE } from '../../main/ledger/ledger';

/**
 * A digest of every row of every table in the ledger file, read through a second, read-only
 * connection (WAL lets it see what the app committed): equal digests = nothing was written.
 */
export function ledgerSnapshot(dataDir: string): () => string {
  const db = new Database(join(dataDir, LEDGER_FILE), { readonly: true, fileMustExist: true });
  const tables = () =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
  return () => {
    const hash = createHash('sha256');
    for (const table of tables()) {
      hash.update(table);
      // Sorted, so the digest does not depend on scan order (some tables have no rowid).
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all().map((r) => JSON.stringify(r)).sort()) hash.update(row);
    }
    return hash.digest('hex');
  };
}
