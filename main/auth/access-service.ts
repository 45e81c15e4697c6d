import { AsyncLocalStorage } from 'node:async_hooks';
import type { ScryptOptions } from 'node:crypto';
import type { AuthStatus, CashierView, CreateCashierInput, UpdateCashierInput } from '../../contract/auth';
import { AppError, type ErrorParams } from '../../contract/result';
import type { ManagerApproval, Role } from '../../contract/schemas';
import type { AuditLog } from '../audit/audit-log';
import { roleAtLeast, SINGLE_USER_OWNER, type AccessControl, type Actor, type ApprovalScope, type ApprovedScope } from './access';
import type { Account, AccountStore } from './account-store';
import { ApprovalRequests } from './approval-requests';
import type { ApprovalSubject } from './approval-subject';
import { minPinDigits, pinLongEnough } from '../../domain/pin-rules';
import { hashPin, pinMatches, PIN_SCRYPT } from './pin-hash';
import { blockAfter } from './throttle';

export const DEFAULT_IDLE_LOCK_SECONDS = 300;

/** Who `current()` names once everyone has signed out: never allowed anything. */
const SIGNED_OUT: Actor = { id: 'signed-out', name: '-', role: 'cashier' };

export interface AccessServiceDeps {
  accounts: AccountStore;
  audit: AuditLog;
  now: () => number;
  /** Mixed into every PIN hash; from the vault, never the ledger. */
  pepper: Buffer;
  /** Tests use a cheaper scrypt; production keeps PIN_SCRYPT. */
  pinCost?: ScryptOptions;
}

interface Session {
  actor: Actor;
  lastActivity: number;
  locked: boolean;
}

function assertPinFits(role: Role, pin: string): void {
  if (pinLongEnough(role, pin)) return;
  const min = minPinDigits(role);
  throw new AppError('invalid_input', `A ${role}'s PIN needs at least ${min} digits.`, { reason: 'auth.pin_too_short', field: 'pin', params: { min } });
}

const actorOf = (account: Account): Actor => ({ id: account.id, name: account.name, role: account.role });

/**
 * Who is at the till. Single-user mode while there are no accounts (the built-in owner, never
 * locked); from the first account on, a signed-in session that locks after the idle time. Every
 * privileged call goes through `authorize`, which refuses while signed out or locked.
 */
export class AccessService implements AccessControl, ApprovalScope, ApprovedScope {
  private session: Session | null = null;
  private readonly subjects = new AsyncLocalStorage<ApprovalSubject>();
  /** The actor each guarded call was signed in as. */
  private readonly callers = new AsyncLocalStorage<Actor>();
  /** The manager who approved the compound action this call is part of. */
  private readonly approvers = new AsyncLocalStorage<Actor>();
  private readonly approvals: ApprovalRequests;

  constructor(private readonly deps: AccessServiceDeps) {
    this.approvals = new ApprovalRequests(deps.now);
  }

  private get singleUser(): boolean {
    return this.deps.accounts.count() === 0;
  }

  private get idleMs(): number {
    return this.deps.accounts.idleLockSeconds(DEFAULT_IDLE_LOCK_SECONDS) * 1000;
  }

  current(): Actor {
    if (this.singleUser) return SINGLE_USER_OWNER;
    return this.session?.actor ?? SIGNED_OUT;
  }

  /** Sticky: once idle too long the session stays locked until its PIN (or another account's) is entered. */
  private locked(): boolean {
    const session = this.session;
    if (!session) return true;
    if (!session.locked && this.idleMs > 0 && this.deps.now() - session.lastActivity >= this.idleMs) session.locked = true;
    return session.locked;
  }

  withSubject<T>(subject: ApprovalSubject, run: () => Promise<T>): Promise<T> {
    return this.subjects.run(subject, run);
  }

  async signedIn<T>(subject: ApprovalSubject, run: () => Promise<T>): Promise<T> {
    const actor = this.present();
    return this.subjects.run(subject, () => this.callers.run(actor, run));
  }

  asApproved<T>(approver: Actor, run: () => Promise<T>): Promise<T> {
    return this.approvers.run(approver, run);
  }

  caller(): Actor {
    return this.callers.getStore() ?? this.present();
  }

  /** The actor at an unlocked till (counts as activity); refused while signed out or locked. */
  private present(): Actor {
    if (this.singleUser) return SINGLE_USER_OWNER;
    if (this.locked()) {
      throw new AppError('forbidden', this.session ? 'The till is locked. Enter your PIN to unlock it.' : 'Sign in first.', {
        reason: this.session ? 'auth.locked' : 'auth.sign_in_required',
        field: 'session',
      });
    }
    const session = this.session as Session;
    session.lastActivity = this.deps.now();
    return session.actor;
  }

  /** The call being authorised; a service called outside the guard (tests) is named by the role it needs. */
  private subject(minRole: Role): ApprovalSubject {
    return this.subjects.getStore() ?? { action: `role:${minRole}`, amount: null, customer: null, payment: null };
  }

  async authorize(minRole: Role, approval?: ManagerApproval): Promise<Actor> {
    if (this.singleUser) return SINGLE_USER_OWNER;
    const present = this.present();
    if (roleAtLeast(present.role, minRole)) return present;
    const approved = this.approvers.getStore();
    if (approved && roleAtLeast(approved.role, minRole)) return approved;
    const subject = this.subject(minRole);
    if (!approval) throw this.approvalNeeded(minRole, subject, present.id);
    // Spent before the PIN is checked: two calls can never share one approval.
    if (!this.approvals.spend(approval.requestId, subject, present.id)) {
      const error = this.approvalNeeded(minRole, subject, present.id);
      throw new AppError('forbidden', `This approval was for another action, was used already or has expired. ${error.message}`, {
        field: 'approval',
        reason: 'auth.approval_stale',
        ...(error.params ? { params: error.params } : {}),
      });
    }
    // A refused approval (wrong PIN, wrong approver) carries a fresh request: the dialog stays open for another try.
    const askAgain = (): ErrorParams => this.approvalNeeded(minRole, subject, present.id).params ?? {};
    const approver = await this.checkPin(approval.cashierId, approval.pin, 'approval', askAgain);
    if (!roleAtLeast(approver.role, minRole) || !roleAtLeast(approver.role, 'manager')) {
      throw new AppError('forbidden', `${approver.name} may not approve this: it needs ${minRole === 'owner' ? 'the owner' : 'a manager'}.`, {
        reason: minRole === 'owner' ? 'auth.approver_not_owner' : 'auth.approver_not_manager',
        field: 'approval',
        params: { ...askAgain(), name: approver.name },
      });
    }
    const actor = actorOf(approver);
    this.deps.audit.record(actor, 'approval', present.id, {
      for: present.name,
      role: minRole,
      action: subject.action,
      amount: subject.amount,
      customer: subject.customer,
      payment: subject.payment,
    });
    return actor;
  }

  /** The refusal that asks for a manager, carrying a fresh single-use request for exactly this call. */
  private approvalNeeded(minRole: Role, subject: ApprovalSubject, askedBy: string): AppError {
    const { requestId } = this.approvals.issue(subject, askedBy);
    const params: ErrorParams = { requestId, action: subject.action, role: minRole };
    if (subject.amount !== null) params.amount = subject.amount;
    if (subject.customer !== null) params.customer = subject.customer;
    if (subject.payment !== null) params.payment = subject.payment;
    return new AppError('forbidden', `This needs ${minRole === 'owner' ? 'the owner' : 'a manager'}'s approval (PIN).`, {
      field: 'approval',
      reason: minRole === 'owner' ? 'auth.owner_approval_needed' : 'auth.manager_approval_needed',
      params,
    });
  }

  status(): AuthStatus {
    if (this.singleUser) return { mode: 'single_user', actor: SINGLE_USER_OWNER, locked: false, idleLockSeconds: 0, accounts: [] };
    const accounts = this.deps.accounts.all().filter((a) => a.active).map(actorOf);
    return {
      mode: 'accounts',
      actor: this.session?.actor ?? null,
      locked: this.session ? this.locked() : false,
      idleLockSeconds: this.idleMs / 1000,
      accounts,
    };
  }

  async signIn(cashierId: string, pin: string): Promise<AuthStatus> {
    if (this.singleUser) throw new AppError('invalid_input', 'There are no cashier accounts yet: create the owner first.', { reason: 'auth.no_accounts_yet', field: 'cashierId' });
    const account = await this.checkPin(cashierId, pin, 'pin');
    if (this.session && this.session.actor.id !== account.id) this.deps.audit.record(this.session.actor, 'sign_out', null, { reason: 'switched' });
    const unlocked = this.session?.actor.id === account.id && this.session.locked;
    this.session = { actor: actorOf(account), lastActivity: this.deps.now(), locked: false };
    this.deps.audit.record(this.session.actor, 'sign_in', account.id, { unlock: unlocked });
    return this.status();
  }

  signOut(): AuthStatus {
    if (this.session) this.deps.audit.record(this.session.actor, 'sign_out', null, {});
    this.session = null;
    return this.status();
  }

  lock(): AuthStatus {
    if (this.session) this.session.locked = true;
    return this.status();
  }

  touch(): AuthStatus {
    if (this.session && !this.locked()) this.session.lastActivity = this.deps.now();
    return this.status();
  }

  async setIdleLock(seconds: number, approval?: ManagerApproval): Promise<AuthStatus> {
    const actor = await this.authorize('manager', approval);
    this.deps.accounts.setIdleLockSeconds(seconds);
    this.deps.audit.record(actor, 'settings_changed', null, { idleLockSeconds: seconds });
    return this.status();
  }

  async listCashiers(approval?: ManagerApproval): Promise<CashierView[]> {
    await this.authorize('manager', approval);
    return this.deps.accounts.all().map((a) => this.view(a));
  }

  /** The first account is the owner and signs in at once; after that managers add cashiers, owners anyone. */
  async createCashier(input: CreateCashierInput): Promise<CashierView> {
    const first = this.singleUser;
    if (first && input.role !== 'owner') {
      throw new AppError('invalid_input', 'The first account must be the owner.', { reason: 'auth.first_must_be_owner', field: 'role' });
    }
    const actor = await this.authorize(this.roleToManage(input.role), input.approval);
    assertPinFits(input.role, input.pin);
    if (this.deps.accounts.nameTaken(input.name, null)) throw new AppError('invalid_input', 'This name is already used; pick another.', { reason: 'auth.name_taken', field: 'name' });
    const pin = await hashPin(input.pin, this.deps.pepper, this.cost);
    const account = this.deps.accounts.insert({ name: input.name, role: input.role, pin }, this.deps.now());
    this.deps.audit.record(actor, 'cashier_changed', account.id, { action: 'created', name: account.name, role: account.role });
    if (first) {
      this.session = { actor: actorOf(account), lastActivity: this.deps.now(), locked: false };
      this.deps.audit.record(this.session.actor, 'sign_in', account.id, { unlock: false });
    }
    return this.view(account);
  }

  async updateCashier(input: UpdateCashierInput): Promise<CashierView> {
    const existing = this.deps.accounts.get(input.id);
    if (!existing) throw new AppError('not_found', 'No cashier with this id.', { reason: 'auth.cashier_not_found', field: 'id' });
    const newRole = input.role ?? existing.role;
    const higher = roleAtLeast(existing.role, newRole) ? existing.role : newRole;
    const actor = await this.authorize(this.roleToManage(higher), input.approval);
    if (input.name !== undefined && this.deps.accounts.nameTaken(input.name, existing.id)) {
      throw new AppError('invalid_input', 'This name is already used; pick another.', { reason: 'auth.name_taken', field: 'name' });
    }
    // A new PIN must fit the role it is for; a cashier promoted needs one (theirs may be 4 digits).
    // An older short manager PIN keeps working until it is changed.
    if (input.pin !== undefined) assertPinFits(newRole, input.pin);
    else if (existing.role === 'cashier' && newRole !== 'cashier') assertPinFits(newRole, '');
    const active = input.active ?? existing.active;
    const losesOwner = existing.role === 'owner' && existing.active && (newRole !== 'owner' || !active);
    if (losesOwner && this.deps.accounts.activeOwners() <= 1) {
      throw new AppError('conflict', 'The shop needs at least one active owner: make someone else owner first.', { reason: 'auth.last_owner', field: 'role' });
    }
    const pin = input.pin === undefined ? existing.pin : await hashPin(input.pin, this.deps.pepper, this.cost);
    const updated = this.deps.accounts.update(
      {
        ...existing,
        name: input.name ?? existing.name,
        role: newRole,
        active,
        pin,
        // A new PIN set by a manager lifts a block from forgotten-PIN attempts.
        ...(input.pin === undefined ? {} : { failedAttempts: 0, blockedUntil: 0 }),
      },
      this.deps.now(),
    );
    this.deps.audit.record(actor, 'cashier_changed', updated.id, {
      action: 'updated',
      name: updated.name,
      role: updated.role,
      active: updated.active,
      pinChanged: input.pin !== undefined,
    });
    if (this.session?.actor.id === updated.id) {
      this.session = updated.active ? { ...this.session, actor: actorOf(updated) } : null;
    }
    return this.view(updated);
  }

  private get cost(): ScryptOptions {
    return this.deps.pinCost ?? PIN_SCRYPT;
  }

  /** Managers manage cashiers; owner and manager accounts are the owner's business. */
  private roleToManage(role: Role): Role {
    return role === 'cashier' ? 'manager' : 'owner';
  }

  private view(account: Account): CashierView {
    return {
      id: account.id,
      name: account.name,
      role: account.role,
      active: account.active,
      blocked: account.blockedUntil > this.deps.now(),
      createdAt: account.createdAt,
    };
  }

  /**
   * PIN check with the wrong-PIN back-off; every failure is audited (never the PIN typed). The
   * attempt is counted before scrypt runs, so parallel guesses cannot outrun the limit.
   */
  private async checkPin(cashierId: string, pin: string, field: 'pin' | 'approval', askAgain?: () => ErrorParams): Promise<Account> {
    const now = this.deps.now();
    const claim = this.deps.accounts.claimAttempt(cashierId, now, blockAfter);
    if (claim.kind === 'unknown') {
      throw new AppError('forbidden', 'Unknown cashier: pick a name from the list.', { reason: 'auth.unknown_cashier', field, ...(askAgain ? { params: askAgain() } : {}) });
    }
    const { account } = claim;
    if (claim.kind === 'blocked') {
      const seconds = Math.ceil((account.blockedUntil - now) / 1000);
      throw new AppError('forbidden', `Too many wrong PINs for ${account.name}. Try again in ${seconds} s.`, { reason: 'auth.blocked', field: field, params: { ...askAgain?.(), name: account.name, seconds } });
    }
    if (await pinMatches(pin, account.pin, this.deps.pepper, this.cost)) {
      this.deps.accounts.recordFailures(account.id, 0, 0);
      // A hash from before the pepper: made again with it now that the PIN is known.
      if (!account.pin.peppered) this.deps.accounts.update({ ...account, pin: await hashPin(pin, this.deps.pepper, this.cost), failedAttempts: 0, blockedUntil: 0 }, now);
      return account;
    }
    this.deps.audit.record(actorOf(account), 'sign_in_failed', account.id, { failures: claim.failures, via: field });
    throw new AppError(
      'forbidden',
      claim.blockMs > 0 ? `Wrong PIN. ${account.name} is blocked for ${Math.ceil(claim.blockMs / 1000)} s.` : 'Wrong PIN. Try again.',
      claim.blockMs > 0
        ? { reason: 'auth.wrong_pin_blocked', field, params: { ...askAgain?.(), name: account.name, seconds: Math.ceil(claim.blockMs / 1000) } }
        : { reason: 'auth.wrong_pin', field, ...(askAgain ? { params: askAgain() } : {}) },
    );
  }
}
