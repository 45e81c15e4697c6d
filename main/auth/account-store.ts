import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { Role } from '../../contract/schemas';
import type { PinHash } from './pin-hash';

export interface Account {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  pin: PinHash;
  failedAttempts: number;
  blockedUntil: number;
  createdAt: number;
}

const AccountRow = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  active: z.union([z.literal(0), z.literal(1)]),
  pin_salt: z.instanceof(Buffer),
  pin_hash: z.instanceof(Buffer),
  pin_peppered: z.union([z.literal(0), z.literal(1)]),
  failed_attempts: z.number().int(),
  blocked_until: z.number().int(),
  created_at: z.number().int(),
});

const toAccount = (raw: unknown): Account => {
  const row = AccountRow.parse(raw);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    pin: { salt: row.pin_salt, hash: row.pin_hash, peppered: row.pin_peppered === 1 },
    failedAttempts: row.failed_attempts,
    blockedUntil: row.blocked_until,
    createdAt: row.created_at,
  };
};

export type AttemptClaim =
  | { kind: 'unknown' }
  | { kind: 'blocked'; account: Account }
  | { kind: 'claimed'; account: Account; failures: number; blockMs: number };

const IDLE_LOCK_KEY = 'idle_lock_seconds';

/** Cashier accounts and the idle-lock setting, in the ledger's database file. */
export class AccountStore {
  private readonly stmt;

  private readonly claim: (id: string, now: number, blockFor: (failures: number) => number) => AttemptClaim;

  constructor(db: Database.Database) {
    this.stmt = {
      count: db.prepare('SELECT COUNT(*) AS n FROM cashiers').pluck(),
      all: db.prepare('SELECT * FROM cashiers ORDER BY active DESC, name'),
      get: db.prepare('SELECT * FROM cashiers WHERE id = ?'),
      byName: db.prepare('SELECT id FROM cashiers WHERE name = ?').pluck(),
      activeOwners: db.prepare("SELECT COUNT(*) FROM cashiers WHERE role = 'owner' AND active = 1").pluck(),
      insert: db.prepare(`INSERT INTO cashiers (id, name, role, pin_salt, pin_hash, pin_peppered, created_at, updated_at)
        VALUES (@id, @name, @role, @salt, @hash, @peppered, @at, @at)`),
      update: db.prepare(`UPDATE cashiers SET name = @name, role = @role, active = @active, pin_salt = @salt, pin_hash = @hash,
        pin_peppered = @peppered, failed_attempts = @failedAttempts, blocked_until = @blockedUntil, updated_at = @at WHERE id = @id`),
      failures: db.prepare('UPDATE cashiers SET failed_attempts = ?, blocked_until = ? WHERE id = ?'),
      setting: db.prepare('SELECT value FROM auth_settings WHERE key = ?').pluck(),
      setSetting: db.prepare('INSERT INTO auth_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
    // One synchronous transaction: no other guess can read the counter between the check and the write.
    this.claim = db.transaction((id: string, now: number, blockFor: (failures: number) => number): AttemptClaim => {
      const row = this.stmt.get.get(id);
      const account = row === undefined ? null : toAccount(row);
      if (!account || !account.active) return { kind: 'unknown' };
      if (account.blockedUntil > now) return { kind: 'blocked', account };
      const failures = account.failedAttempts + 1;
      const block = blockFor(failures);
      this.stmt.failures.run(failures, block > 0 ? now + block : 0, id);
      return { kind: 'claimed', account, failures, blockMs: block };
    });
  }

  /**
   * Records a PIN attempt as failed before the PIN is checked, and says whether it may be checked
   * at all. A right PIN then clears the count (`recordFailures(id, 0, 0)`); a wrong one leaves it.
   */
  claimAttempt(id: string, now: number, blockFor: (failures: number) => number): AttemptClaim {
    return this.claim(id, now, blockFor);
  }

  /** No accounts at all = single-user mode. */
  count(): number {
    return z.number().parse(this.stmt.count.get());
  }

  all(): Account[] {
    return this.stmt.all.all().map(toAccount);
  }

  get(id: string): Account | null {
    const row = this.stmt.get.get(id);
    return row === undefined ? null : toAccount(row);
  }

  nameTaken(name: string, exceptId: string | null): boolean {
    const id = this.stmt.byName.get(name);
    return id !== undefined && id !== exceptId;
  }

  activeOwners(): number {
    return z.number().parse(this.stmt.activeOwners.get());
  }

  insert(account: { name: string; role: Role; pin: PinHash }, at: number): Account {
    const id = `c_${randomBytes(6).toString('hex')}`;
    const { salt, hash, peppered } = account.pin;
    this.stmt.insert.run({ id, name: account.name, role: account.role, salt, hash, peppered: peppered ? 1 : 0, at });
    return this.get(id) as Account;
  }

  update(account: Account, at: number): Account {
    this.stmt.update.run({
      id: account.id,
      name: account.name,
      role: account.role,
      active: account.active ? 1 : 0,
      salt: account.pin.salt,
      hash: account.pin.hash,
      peppered: account.pin.peppered ? 1 : 0,
      failedAttempts: account.failedAttempts,
      blockedUntil: account.blockedUntil,
      at,
    });
    return this.get(account.id) as Account;
  }

  recordFailures(id: string, failedAttempts: number, blockedUntil: number): void {
    this.stmt.failures.run(failedAttempts, blockedUntil, id);
  }

  idleLockSeconds(fallback: number): number {
    const value = this.stmt.setting.get(IDLE_LOCK_KEY);
    const parsed = z.coerce.number().int().min(0).safeParse(value);
    return parsed.success ? parsed.data : fallback;
  }

  setIdleLockSeconds(seconds: number): void {
    this.stmt.setSetting.run(IDLE_LOCK_KEY, String(seconds));
  }
}
