import { create } from 'zustand';
import { ApprovalRequest, type AuthStatus } from '../../../contract/auth';
import type { ErrorInfo, Result } from '../../../contract/result';
import type { ManagerApproval } from '../../../contract/schemas';
import { pos } from '../kernel/pos';

/** A screen waiting for a manager's PIN for one request main issued: resolved with the approval, or null when cancelled. */
interface PendingApproval {
  request: ApprovalRequest;
  /** Why the last PIN was refused (wrong PIN, not a manager…): the dialog stays open and says so. */
  error: ErrorInfo | null;
  /** The approved call is on its way: the dialog stays, its button waits. */
  busy: boolean;
  resolve(approval: ManagerApproval | null): void;
}

/**
 * Who is signed in, as main last said (never a PIN), and the approval a screen is waiting for.
 * Not persisted: a reload asks main again.
 */
interface AuthState {
  status: AuthStatus | null;
  /** Counts the times the person at the till left (signed out, or another signed in): screens keyed by it start afresh. */
  shift: number;
  pending: PendingApproval | null;
  set(status: AuthStatus): void;
  refresh(): Promise<void>;
  askApproval(request: ApprovalRequest, error?: ErrorInfo): Promise<ManagerApproval | null>;
  answer(approval: ManagerApproval | null): void;
  /** The approved call has its answer: the dialog goes. */
  settled(): void;
}

/** A signed-in account gone or replaced; creating the first account (single-user mode ends) is not a change of person. */
const personLeft = (before: AuthStatus | null, after: AuthStatus): boolean =>
  before?.mode === 'accounts' && before.actor !== null && before.actor.id !== after.actor?.id;

/**
 * Each status shown has a ticket: an action's answer (a lock, a sign-out) takes a new one when it
 * lands, a look (`refresh`) the one it had when it was asked. A look answered after a newer
 * status would undo it (the idle lock's answer, then an older look's "unlocked"): it is dropped.
 */
let issued = 0;
let shown = 0;

export const useAuth = create<AuthState>((set, get) => {
  const show = (status: AuthStatus, ticket: number) => {
    if (ticket < shown) return;
    shown = ticket;
    set((st) => ({ status, shift: st.shift + (personLeft(st.status, status) ? 1 : 0) }));
  };
  return {
    status: null,
    shift: 0,
    pending: null,
    set: (status) => show(status, ++issued),
    refresh: async () => {
      const ticket = ++issued;
      const res = await pos().authStatus(undefined);
      if (res.ok) show(res.data, ticket);
    },
    askApproval: (request, error) =>
      new Promise((resolve) => {
        const open = get().pending;
        // Another screen's dialog still waiting is given up; a retry of this one keeps the dialog.
        if (open && !open.busy) open.resolve(null);
        set({ pending: { request, error: error ?? null, busy: false, resolve } });
      }),
    answer: (approval) => {
      const open = get().pending;
      if (!open) return;
      open.resolve(approval);
      set({ pending: approval === null ? null : { ...open, busy: true } });
    },
    settled: () => set({ pending: null }),
  };
});

/** The fresh request a refused approval carries (wrong PIN…), so the manager can try again. */
function retryRequest(error: ErrorInfo): ApprovalRequest | null {
  if (error.code !== 'forbidden' || error.field !== 'approval') return null;
  const request = ApprovalRequest.safeParse(error.params);
  return request.success ? request.data : null;
}

/**
 * Runs a call that may need a manager: when main answers "needs approval" it names a single-use
 * request for exactly this call; the approval dialog shows what it is for and the same call is
 * sent once more with the PIN for that request. A refused PIN keeps the dialog open with main's
 * sentence and the new request main issued; cancelling returns the first refusal.
 * A "signed out / locked" answer refreshes the session so the sign-in screen appears.
 */
export async function withApproval<T>(call: (approval?: ManagerApproval) => Promise<Result<T>>): Promise<Result<T>> {
  const first = await call();
  if (first.ok || first.error.code !== 'forbidden') return first;
  if (first.error.field === 'session') {
    await useAuth.getState().refresh();
    return first;
  }
  let request = retryRequest(first.error);
  let refused: ErrorInfo | undefined;
  while (request) {
    const approval = await useAuth.getState().askApproval(request, refused);
    if (approval === null) return first;
    const next = await call(approval);
    request = next.ok ? null : retryRequest(next.error);
    if (request && !next.ok) {
      refused = next.error;
      continue;
    }
    useAuth.getState().settled();
    if (!next.ok && next.error.field === 'session') await useAuth.getState().refresh();
    return next;
  }
  return first;
}
