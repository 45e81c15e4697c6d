import { z } from 'zod';
import { defineReasons } from './result';
import { ManagerApproval, Role } from './schemas';

/** Cashier sign-in, the idle lock, and cashier accounts (issue 7). */

const Empty = z.strictObject({}).optional();

export const CashierId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'cashier: pick a name from the list');
export const Pin = z.string().regex(/^\d{4,8}$/, 'PIN: 4–8 digits');
const CashierName = z.string().trim().min(1, 'name is required').max(30, 'name: at most 30 characters');

/** 0 = never lock; otherwise 1 minute to 1 hour. */
export const IdleLockSeconds = z
  .number()
  .int()
  .refine((s) => s === 0 || (s >= 60 && s <= 3600), 'idle lock: 0 (never) or 60–3600 seconds');

export const ActorView = z.object({ id: z.string(), name: z.string(), role: Role });
export type ActorView = z.infer<typeof ActorView>;

export const AuthStatus = z.object({
  /** `single_user`: no accounts yet, the owner is implicitly signed in and nothing locks. */
  mode: z.enum(['single_user', 'accounts']),
  /** Who is signed in (kept while locked); null when signed out. */
  actor: ActorView.nullable(),
  locked: z.boolean(),
  idleLockSeconds: z.number().int().min(0),
  /** Active accounts, for the sign-in screen and the approval dialog (no PIN material). */
  accounts: z.array(ActorView),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

export const CashierView = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  active: z.boolean(),
  /** Blocked for a while after too many wrong PINs. */
  blocked: z.boolean(),
  createdAt: z.number().int(),
});
export type CashierView = z.infer<typeof CashierView>;

export const CreateCashierInput = z.strictObject({
  name: CashierName,
  role: Role,
  pin: Pin,
  approval: ManagerApproval.optional(),
});
export type CreateCashierInput = z.infer<typeof CreateCashierInput>;

export const UpdateCashierInput = z.strictObject({
  id: CashierId,
  name: CashierName.optional(),
  role: Role.optional(),
  pin: Pin.optional(),
  active: z.boolean().optional(),
  approval: ManagerApproval.optional(),
});
export type UpdateCashierInput = z.infer<typeof UpdateCashierInput>;

/**
 * What the refusal "needs approval" carries in its params: the single-use request and what it is
 * for, which the approval dialog shows the manager before they type their PIN.
 */
export const ApprovalRequest = z.object({
  requestId: z.string(),
  action: z.string(),
  amount: z.number().optional(),
  customer: z.string().optional(),
  payment: z.string().optional(),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;


export const authContract = {
  authStatus: { channel: 'auth:status', request: Empty, response: AuthStatus },
  signIn: { channel: 'auth:sign-in', request: z.strictObject({ cashierId: CashierId, pin: Pin }), response: AuthStatus },
  signOut: { channel: 'auth:sign-out', request: Empty, response: AuthStatus },
  /** The renderer's own idle timer fired (main also locks on its own clock). */
  lockTill: { channel: 'auth:lock', request: Empty, response: AuthStatus },
  /** The cashier is active (keys, clicks): keeps the session from locking. */
  touchSession: { channel: 'auth:touch', request: Empty, response: AuthStatus },
  setIdleLock: {
    channel: 'auth:idle-lock',
    request: z.strictObject({ seconds: IdleLockSeconds, approval: ManagerApproval.optional() }),
    response: AuthStatus,
  },
  listCashiers: {
    channel: 'cashiers:list',
    request: z.strictObject({ approval: ManagerApproval.optional() }).optional(),
    response: z.array(CashierView),
  },
  createCashier: { channel: 'cashiers:create', request: CreateCashierInput, response: CashierView },
  updateCashier: { channel: 'cashiers:update', request: UpdateCashierInput, response: CashierView },
} as const satisfies Record<string, { channel: string; request: z.ZodType; response: z.ZodType }>;

/** Why main refused a sign-in, an unlock, an approval or an account change. */
export const authReasons = defineReasons('auth', [
  'locked',
  'sign_in_required',
  'manager_approval_needed',
  'owner_approval_needed',
  'approver_not_manager',
  'approver_not_owner',
  'no_accounts_yet',
  'first_must_be_owner',
  'name_taken',
  'cashier_not_found',
  'last_owner',
  'unknown_cashier',
  'blocked',
  'wrong_pin',
  'wrong_pin_blocked',
  // issue 13: an approval request is for one action, once, for a short time
  'approval_stale',
  // issue 13: managers and owners need a longer PIN (domain/pin-rules.ts); params {min}
  'pin_too_short',
]);
