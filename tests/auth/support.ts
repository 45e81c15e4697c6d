import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../contract/result';
import { AccessService } from '../../main/auth/access-service';
import { AccountStore } from '../../main/auth/account-store';
import { SqliteAuditLog } from '../../main/audit/sqlite-audit-log';
import { newAppKeys } from '../../main/config/app-keys';
import { Ledger } from '../../main/ledger/ledger';

/** A cheap scrypt so tests stay fast; the production cost is checked on its own. */
export const TEST_PIN_COST = { N: 1024, r: 8, p: 1 };

/** What a screen does first: the call without approval, whose refusal carries the single-use request. */
export async function approvalRequest(call: Promise<unknown>): Promise<string> {
  const refused = await call.then(
    () => null,
    (e: unknown) => e,
  );
  const requestId = refused instanceof AppError ? refused.params?.requestId : undefined;
  if (typeof requestId !== 'string') throw new Error(`expected a refusal carrying an approval request, got ${String(refused)}`);
  return requestId;
}

/** A real ledger file in a temp dir with the real account store and audit log, and a hand-moved clock. */
export function authFixture() {
  const dir = mkdtempSync(join(tmpdir(), 'pos-auth-'));
  const ledger = new Ledger({ dataDir: dir });
  const clock = { now: 1_800_000_000_000 };
  const now = () => clock.now;
  const keys = newAppKeys();
  const audit = new SqliteAuditLog(ledger.database, now, keys.audit);
  const accounts = new AccountStore(ledger.database);
  const access = new AccessService({ accounts, audit, now, pinCost: TEST_PIN_COST, pepper: keys.pepper });
  return {
    dir,
    ledger,
    clock,
    audit,
    keys,
    accounts,
    access,
    close() {
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
