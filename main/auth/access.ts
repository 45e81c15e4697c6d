import type { ManagerApproval, Role } from '../../contract/schemas';
import type { ApprovalSubject } from './approval-subject';

/** Who did something: written on payments and audit entries (never a PIN). */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/**
 * Who is at the till and what they may do. Services ask it before acting; it throws
 * AppError('forbidden', …) naming the role needed. With no cashier accounts set up yet the shop
 * runs in single-user mode: the built-in owner is always signed in.
 */
export interface AccessControl {
  current(): Actor;
  /**
   * Who this call is for: the actor the session guard signed in when the call arrived (kept even
   * if the till locks meanwhile), or the single-user-mode owner. Services read it instead of
   * authorising again; called outside a guarded call it makes the guard's check itself.
   */
  caller(): Actor;
  /** The actor the action is recorded under: the signed-in one when their role suffices, else the approving manager. */
  authorize(minRole: Role, approval?: ManagerApproval): Promise<Actor>;
}

/** What the session guard needs besides: to run one call with what it would need approved. */
export interface ApprovalScope {
  withSubject<T>(subject: ApprovalSubject, run: () => Promise<T>): Promise<T>;
  /** Refuses while signed out or locked; otherwise runs the call with its actor as `caller()`. */
  signedIn<T>(subject: ApprovalSubject, run: () => Promise<T>): Promise<T>;
}

/**
 * One approval for a compound action: a void gives back every part of a sale through the refund
 * and cash services, each of which authorises; inside `asApproved` they are answered by the
 * manager who approved the void (once, for that sale and amount) instead of asking per part.
 */
export interface ApprovedScope {
  asApproved<T>(approver: Actor, run: () => Promise<T>): Promise<T>;
}

const RANK: Record<Role, number> = { cashier: 0, manager: 1, owner: 2 };

export const roleAtLeast = (role: Role, min: Role): boolean => RANK[role] >= RANK[min];

export const SINGLE_USER_OWNER: Actor = { id: 'owner', name: 'till', role: 'owner' };
